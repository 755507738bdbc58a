import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthUser } from '@thidua/shared/api-core';
import { DataSource } from 'typeorm';

export interface SecretariatGrant {
  blocId: string;
  blocName: string;
  year: number;
  position: 'head' | 'deputy';
}

/**
 * Bloc rights derived from the rotation: in a given year, `secretariat` users of the bloc's head
 * and deputy units act as its secretariat. Admins act for every bloc.
 */
@Injectable()
export class BlocAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The blocs (and years) for which the user's unit is head or deputy. */
  async secretariatGrants(
    user: Pick<AuthUser, 'role' | 'unitId'>,
    years?: number[],
  ): Promise<SecretariatGrant[]> {
    if (user.role !== 'secretariat' || !user.unitId) return [];
    const rows: Array<{
      bloc_id: string;
      bloc_name: string;
      term_year: number;
      position: 'head' | 'deputy';
    }> = await this.dataSource.query(
      `SELECT l.bloc_id, b.name AS bloc_name, l.term_year,
                CASE WHEN l.head_unit_id = $1 THEN 'head' ELSE 'deputy' END AS position
           FROM bloc_leaderships l JOIN blocs b ON b.id = l.bloc_id
          WHERE (l.head_unit_id = $1 OR l.deputy_unit_id = $1)
            AND ($2::smallint[] IS NULL OR l.term_year = ANY($2::smallint[]))
          ORDER BY l.term_year DESC, b.name COLLATE "vietnamese"`,
      [user.unitId, years ?? null],
    );
    return rows.map((r) => ({
      blocId: r.bloc_id,
      blocName: r.bloc_name,
      year: Number(r.term_year),
      position: r.position,
    }));
  }

  /**
   * Whether the user may manage the bloc in that year: admins always; a secretariat whose unit is
   * the bloc's head or deputy that year, or the year before (the outgoing secretariat prepares the
   * next year: members, rotation).
   */
  async canManageBloc(
    user: Pick<AuthUser, 'role' | 'unitId'>,
    blocId: string,
    year: number,
  ): Promise<boolean> {
    if (user.role === 'admin') return true;
    if (user.role !== 'secretariat' || !user.unitId) return false;
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM bloc_leaderships
        WHERE bloc_id = $1 AND term_year IN ($2, $2 - 1) AND (head_unit_id = $3 OR deputy_unit_id = $3)`,
      [blocId, year, user.unitId],
    );
    return rows.length > 0;
  }

  /**
   * Whether the user has any part in the bloc's year: it manages it (see `canManageBloc`), or its
   * unit is one of the bloc's members that year. Who may do what inside is each service's check.
   */
  async takesPartIn(
    user: Pick<AuthUser, 'role' | 'unitId'>,
    blocId: string,
    year: number,
  ): Promise<boolean> {
    if (await this.canManageBloc(user, blocId, year)) return true;
    if (!user.unitId) return false;
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM bloc_memberships WHERE bloc_id = $1 AND term_year = $2 AND unit_id = $3`,
      [blocId, year, user.unitId],
    );
    return rows.length > 0;
  }

  /** Whether the user manages the bloc in any year (edits its name, description, rotation N). */
  async canManageBlocAnyYear(
    user: Pick<AuthUser, 'role' | 'unitId'>,
    blocId: string,
  ): Promise<boolean> {
    if (user.role === 'admin') return true;
    if (user.role !== 'secretariat' || !user.unitId) return false;
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM bloc_leaderships WHERE bloc_id = $1 AND (head_unit_id = $2 OR deputy_unit_id = $2) LIMIT 1`,
      [blocId, user.unitId],
    );
    return rows.length > 0;
  }

  /**
   * Whether the user may edit a unit: admins any; a secretariat its own unit and the units that
   * are members of a bloc in a year in which the user acts as that bloc's secretariat.
   */
  async canManageUnit(user: Pick<AuthUser, 'role' | 'unitId'>, unitId: string): Promise<boolean> {
    if (user.role === 'admin') return true;
    if (user.role !== 'secretariat' || !user.unitId) return false;
    if (user.unitId === unitId) return true;
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM bloc_memberships m
         JOIN bloc_leaderships l ON l.bloc_id = m.bloc_id AND l.term_year = m.term_year
        WHERE m.unit_id = $1 AND (l.head_unit_id = $2 OR l.deputy_unit_id = $2) LIMIT 1`,
      [unitId, user.unitId],
    );
    return rows.length > 0;
  }
}
