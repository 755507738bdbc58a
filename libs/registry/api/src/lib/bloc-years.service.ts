import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { proposeRotation } from '@thidua/registry/domain';
import type {
  BlocMemberResponse,
  BlocYearResponse,
  RotationProposalResponse,
  UnitRef,
} from '@thidua/registry/contracts';
import {
  ApiException,
  AuditService,
  type AuthUser,
  checkVersion,
  conflict,
  forbidden,
  invalidFields,
} from '@thidua/shared/api-core';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

import { BlocAccessService } from './bloc-access.service';
import { BlocsService } from './blocs.service';
import type {
  CopyPreviousBlocYearDto,
  PutBlocLeadershipDto,
  PutBlocMembersDto,
} from './dto/blocs.dto';

interface MemberRow {
  id: string;
  unit_id: string;
  code: string;
  name: string;
  short_name: string | null;
  is_archived: boolean;
  rotation_order: number;
  joined_on: string | null;
  left_on: string | null;
}

const MEMBERS_SQL = `
  SELECT m.id, m.unit_id, u.code, u.name, u.short_name, u.is_archived, m.rotation_order,
         to_char(m.joined_on, 'YYYY-MM-DD') AS joined_on, to_char(m.left_on, 'YYYY-MM-DD') AS left_on
    FROM bloc_memberships m JOIN units u ON u.id = m.unit_id
   WHERE m.bloc_id = $1 AND m.term_year = $2
   ORDER BY (m.left_on IS NOT NULL), m.rotation_order, u.name COLLATE "vietnamese"`;

const ref = (r: {
  unit_id: string;
  code: string;
  name: string;
  short_name: string | null;
}): UnitRef => ({
  id: r.unit_id,
  code: r.code,
  name: r.name,
  shortName: r.short_name,
});

/** A bloc's year: its members (dated joins and leaves), head and deputy, and the rotation. */
@Injectable()
export class BlocYearsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: BlocAccessService,
    private readonly blocs: BlocsService,
  ) {}

  async get(
    blocId: string,
    year: number,
    user: AuthUser,
    manager = this.dataSource.manager,
  ): Promise<BlocYearResponse> {
    await this.blocs.find(manager, blocId);
    const members: MemberRow[] = await manager.query(MEMBERS_SQL, [blocId, year]);
    const [lead] = (await manager.query(
      `SELECT head_unit_id, deputy_unit_id, version FROM bloc_leaderships WHERE bloc_id = $1 AND term_year = $2`,
      [blocId, year],
    )) as Array<{ head_unit_id: string | null; deputy_unit_id: string | null; version: number }>;
    const unitRef = (id: string | null | undefined) =>
      id ? this.unitRef(manager, id, members) : null;
    return {
      blocId,
      year,
      members: members.map(
        (m): BlocMemberResponse => ({
          unitId: m.unit_id,
          unit: { ...ref(m), isArchived: m.is_archived },
          rotationOrder: m.rotation_order,
          joinedOn: m.joined_on,
          leftOn: m.left_on,
        }),
      ),
      head: await unitRef(lead?.head_unit_id),
      deputy: await unitRef(lead?.deputy_unit_id),
      canManage: await this.access.canManageBloc(user, blocId, year),
      version: lead?.version ?? 0,
    };
  }

  /**
   * Checks the year's version the client read and moves it on, under a row lock. The version of
   * a year lives on its leadership row, created (version 1) by the year's first change; a
   * concurrent first change finds the row made and is refused as stale.
   */
  private async claimYearVersion(
    manager: EntityManager,
    blocId: string,
    year: number,
    sent: number,
  ): Promise<void> {
    const [row] = (await manager.query(
      `SELECT version FROM bloc_leaderships WHERE bloc_id = $1 AND term_year = $2 FOR UPDATE`,
      [blocId, year],
    )) as Array<{ version: number }>;
    checkVersion(sent, row?.version ?? 0);
    if (row) {
      await manager.query(
        `UPDATE bloc_leaderships SET version = version + 1, updated_at = now()
          WHERE bloc_id = $1 AND term_year = $2`,
        [blocId, year],
      );
      return;
    }
    const inserted = (await manager.query(
      `INSERT INTO bloc_leaderships (bloc_id, term_year) VALUES ($1, $2)
       ON CONFLICT (bloc_id, term_year) DO NOTHING RETURNING id`,
      [blocId, year],
    )) as unknown[];
    if (!inserted.length) throw conflict('common.staleVersion');
  }

  /**
   * Replaces the member list of a year. New units join on `effectiveDate` (or 1 January); units
   * left out leave on `effectiveDate`, or — without a date — are taken off as if never members.
   * The order of `unitIds` is the agreed rotation order.
   */
  async putMembers(
    blocId: string,
    year: number,
    dto: PutBlocMembersDto,
    actor: AuthUser,
  ): Promise<BlocYearResponse> {
    await this.assertCanManage(actor, blocId, year);
    const date = dto.effectiveDate ?? null;
    if (date && !date.startsWith(`${year}-`)) {
      throw invalidFields(
        'blocs.dateOutsideYear',
        { effectiveDate: ['blocs.dateOutsideYear'] },
        { year },
      );
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        const bloc = await this.blocs.find(manager, blocId, true);
        await this.claimYearVersion(manager, blocId, year, dto.version);
        const before: MemberRow[] = await manager.query(MEMBERS_SQL, [blocId, year]);
        const units: Array<{ id: string; name: string; is_archived: boolean }> =
          await manager.query(
            `SELECT id, name, is_archived FROM units WHERE id = ANY($1::uuid[])`,
            [dto.unitIds],
          );
        if (units.length !== dto.unitIds.length) {
          throw invalidFields('blocs.unitNotFound', { unitIds: ['blocs.unitNotFound'] });
        }
        const existing = new Map(before.map((m) => [m.unit_id, m]));
        for (const unit of units) {
          if (unit.is_archived && !existing.has(unit.id)) {
            throw invalidFields(
              'blocs.archivedUnit',
              { unitIds: ['blocs.archivedUnit'] },
              { unit: unit.name },
            );
          }
        }
        await this.assertNotInOtherBloc(
          manager,
          blocId,
          year,
          dto.unitIds.filter((id) => !existing.has(id)),
        );
        const [lead] = (await manager.query(
          `SELECT head_unit_id, deputy_unit_id FROM bloc_leaderships WHERE bloc_id = $1 AND term_year = $2`,
          [blocId, year],
        )) as Array<{ head_unit_id: string | null; deputy_unit_id: string | null }>;

        // Leavers first, so that their rotation places are free.
        const kept = new Set(dto.unitIds);
        const leavers = before.filter((m) => !kept.has(m.unit_id) && !m.left_on);
        for (const m of leavers) {
          if (date) {
            await manager.query(`UPDATE bloc_memberships SET left_on = $2 WHERE id = $1`, [
              m.id,
              date,
            ]);
          } else {
            if (lead && (lead.head_unit_id === m.unit_id || lead.deputy_unit_id === m.unit_id)) {
              throw conflict('blocs.leaderCannotBeRemoved', { unit: m.name, year });
            }
            await manager.query(`DELETE FROM bloc_memberships WHERE id = $1`, [m.id]);
          }
        }
        for (const [index, unitId] of dto.unitIds.entries()) {
          const current = existing.get(unitId);
          if (current) {
            await manager.query(
              `UPDATE bloc_memberships SET rotation_order = $2, left_on = NULL WHERE id = $1`,
              [current.id, index + 1],
            );
          } else {
            await manager.query(
              `INSERT INTO bloc_memberships (bloc_id, unit_id, term_year, rotation_order, joined_on)
               VALUES ($1, $2, $3::smallint, $4::smallint, COALESCE($5::date, make_date($3::int, 1, 1)))`,
              [blocId, unitId, year, index + 1, date],
            );
          }
        }
        // Departed members keep their places after the current ones.
        const departed = before.filter((m) => !kept.has(m.unit_id) && (m.left_on || date));
        for (const [index, m] of departed.entries()) {
          await manager.query(`UPDATE bloc_memberships SET rotation_order = $2 WHERE id = $1`, [
            m.id,
            dto.unitIds.length + index + 1,
          ]);
        }
        const after: MemberRow[] = await manager.query(MEMBERS_SQL, [blocId, year]);
        await this.audit.record(
          {
            actor,
            action: 'update',
            entity: 'blocMembership',
            entityId: bloc.id,
            before: { year, members: before.map(memberSnapshot) },
            after: { year, effectiveDate: date, members: after.map(memberSnapshot) },
          },
          manager,
        );
        return this.get(blocId, year, actor, manager);
      });
    } catch (error) {
      throw await this.explainUniqueViolation(error, blocId, year, dto.unitIds);
    }
  }

  async putLeadership(
    blocId: string,
    year: number,
    dto: PutBlocLeadershipDto,
    actor: AuthUser,
  ): Promise<BlocYearResponse> {
    await this.assertCanManage(actor, blocId, year);
    if (dto.deputyUnitId && dto.deputyUnitId === dto.headUnitId) {
      throw invalidFields('blocs.headEqualsDeputy', { deputyUnitId: ['blocs.headEqualsDeputy'] });
    }
    return this.dataSource.transaction(async (manager) => {
      await this.blocs.find(manager, blocId, true);
      await this.claimYearVersion(manager, blocId, year, dto.version);
      const members: MemberRow[] = await manager.query(MEMBERS_SQL, [blocId, year]);
      const current = new Set(members.filter((m) => !m.left_on).map((m) => m.unit_id));
      const fields: Record<string, string[]> = {};
      if (!current.has(dto.headUnitId)) fields['headUnitId'] = ['blocs.leaderNotMember'];
      if (dto.deputyUnitId && !current.has(dto.deputyUnitId))
        fields['deputyUnitId'] = ['blocs.leaderNotMember'];
      if (Object.keys(fields).length) throw invalidFields('blocs.leaderNotMember', fields);
      const [before] = (await manager.query(
        `SELECT head_unit_id, deputy_unit_id FROM bloc_leaderships WHERE bloc_id = $1 AND term_year = $2`,
        [blocId, year],
      )) as Array<{ head_unit_id: string | null; deputy_unit_id: string | null }>;
      await manager.query(
        `UPDATE bloc_leaderships SET head_unit_id = $3, deputy_unit_id = $4
          WHERE bloc_id = $1 AND term_year = $2`,
        [blocId, year, dto.headUnitId, dto.deputyUnitId ?? null],
      );
      await this.audit.record(
        {
          actor,
          action: 'update',
          entity: 'blocLeadership',
          entityId: blocId,
          before: before
            ? { year, headUnitId: before.head_unit_id, deputyUnitId: before.deputy_unit_id }
            : null,
          after: { year, headUnitId: dto.headUnitId, deputyUnitId: dto.deputyUnitId ?? null },
        },
        manager,
      );
      return this.get(blocId, year, actor, manager);
    });
  }

  /** Copies last year's members who had not left into an empty year, in one transaction. */
  async copyPrevious(
    blocId: string,
    year: number,
    dto: CopyPreviousBlocYearDto,
    actor: AuthUser,
  ): Promise<BlocYearResponse> {
    await this.assertCanManage(actor, blocId, year);
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.blocs.find(manager, blocId, true);
        await this.claimYearVersion(manager, blocId, year, dto.version);
        const [{ n }] = (await manager.query(
          `SELECT count(*)::int AS n FROM bloc_memberships WHERE bloc_id = $1 AND term_year = $2`,
          [blocId, year],
        )) as Array<{ n: number }>;
        if (n > 0) throw conflict('blocs.yearNotEmpty', { year });
        const previous = (
          (await manager.query(MEMBERS_SQL, [blocId, year - 1])) as MemberRow[]
        ).filter((m) => !m.left_on && !m.is_archived);
        if (!previous.length) throw conflict('blocs.nothingToCopy', { year: year - 1 });
        await this.assertNotInOtherBloc(
          manager,
          blocId,
          year,
          previous.map((m) => m.unit_id),
        );
        for (const [index, m] of previous.entries()) {
          await manager.query(
            `INSERT INTO bloc_memberships (bloc_id, unit_id, term_year, rotation_order, joined_on)
             VALUES ($1, $2, $3::smallint, $4::smallint, make_date($3::int, 1, 1))`,
            [blocId, m.unit_id, year, index + 1],
          );
        }
        await this.audit.record(
          {
            actor,
            action: 'create',
            entity: 'blocMembership',
            entityId: blocId,
            after: { year, copiedFrom: year - 1, members: previous.map(memberSnapshot) },
          },
          manager,
        );
        return this.get(blocId, year, actor, manager);
      });
    } catch (error) {
      throw await this.explainUniqueViolation(error, blocId, year, []);
    }
  }

  /** The planner's proposal for `year`, from the year before (members, head, deputy, history). */
  async rotationProposal(blocId: string, year: number): Promise<RotationProposalResponse> {
    const manager = this.dataSource.manager;
    const bloc = await this.blocs.find(manager, blocId);
    let members: MemberRow[] = await manager.query(MEMBERS_SQL, [blocId, year]);
    const previous: MemberRow[] = await manager.query(MEMBERS_SQL, [blocId, year - 1]);
    if (!members.length) members = previous;
    const history: Array<{
      term_year: number;
      head_unit_id: string | null;
      deputy_unit_id: string | null;
    }> = await manager.query(
      `SELECT term_year, head_unit_id, deputy_unit_id FROM bloc_leaderships WHERE bloc_id = $1 AND term_year < $2`,
      [blocId, year],
    );
    const last = history.find((h) => Number(h.term_year) === year - 1);
    const result = proposeRotation({
      targetYear: year,
      members: members.map((m) => ({
        unitId: m.unit_id,
        name: m.name,
        order: m.rotation_order,
        isArchived: m.is_archived,
        hasLeft: m.left_on !== null,
      })),
      currentHeadId: last?.head_unit_id ?? null,
      currentDeputyId: last?.deputy_unit_id ?? null,
      headHistory: history
        .filter((h) => h.head_unit_id)
        .map((h) => ({ year: Number(h.term_year), unitId: h.head_unit_id as string })),
      cooldownYears: bloc.headCooldownYears,
    });
    const known = new Map([...previous, ...members].map((m) => [m.unit_id, ref(m)]));
    const lookup = (id: string | null | undefined) => (id ? (known.get(id) ?? null) : null);
    return {
      year,
      basedOnYear: year - 1,
      head: lookup(result.headUnitId),
      deputy: lookup(result.deputyUnitId),
      cooldownYears: result.cooldownYears,
      reasons: result.reasons.map((r) => ({
        code: r.code,
        role: r.role,
        unit: lookup(r.unitId),
        year: r.year ?? null,
      })),
    };
  }

  private async assertCanManage(actor: AuthUser, blocId: string, year: number): Promise<void> {
    if (await this.access.canManageBloc(actor, blocId, year)) return;
    await this.blocs.find(this.dataSource.manager, blocId);
    throw forbidden();
  }

  /** 409 naming the bloc a unit already belongs to in that year. */
  private async assertNotInOtherBloc(
    manager: EntityManager,
    blocId: string,
    year: number,
    unitIds: string[],
  ) {
    if (!unitIds.length) return;
    const [clash] = (await manager.query(
      `SELECT u.name AS unit, b.name AS bloc FROM bloc_memberships m
         JOIN units u ON u.id = m.unit_id JOIN blocs b ON b.id = m.bloc_id
        WHERE m.unit_id = ANY($1::uuid[]) AND m.term_year = $2 AND m.bloc_id <> $3
        ORDER BY u.name LIMIT 1`,
      [unitIds, year, blocId],
    )) as Array<{ unit: string; bloc: string }>;
    if (clash)
      throw conflict('blocs.unitInOtherBloc', { unit: clash.unit, bloc: clash.bloc, year });
  }

  /** A concurrent write can still hit the unique constraint: answer it as the same 409. */
  private async explainUniqueViolation(
    error: unknown,
    blocId: string,
    year: number,
    unitIds: string[],
  ) {
    const code =
      error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
    if (code !== '23505') return error;
    try {
      await this.assertNotInOtherBloc(this.dataSource.manager, blocId, year, unitIds);
    } catch (explained) {
      if (explained instanceof ApiException) return explained;
    }
    return error;
  }

  private async unitRef(
    manager: EntityManager,
    id: string,
    members: MemberRow[],
  ): Promise<UnitRef | null> {
    const member = members.find((m) => m.unit_id === id);
    if (member) return ref(member);
    const [row] = (await manager.query(
      `SELECT id AS unit_id, code, name, short_name FROM units WHERE id = $1`,
      [id],
    )) as MemberRow[];
    return row ? ref(row) : null;
  }
}

function memberSnapshot(m: MemberRow): Record<string, unknown> {
  return {
    unitId: m.unit_id,
    code: m.code,
    order: m.rotation_order,
    joinedOn: m.joined_on,
    leftOn: m.left_on,
  };
}
