import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BlocAccessService } from '@thidua/registry/api';
import type { BlocSummaryResponse } from '@thidua/registry/contracts';
import { type AuthUser, forbidden, notFound } from '@thidua/shared/api-core';
import { DataSource } from 'typeorm';

/** What a dashboard or report looks at: every bloc (`blocId` null) or one bloc. */
export interface ReportScope {
  year: number;
  blocId: string | null;
  bloc: BlocSummaryResponse | null;
}

/**
 * Who may look at what: the board (admin) and viewers every bloc or any one; a secretariat only
 * a bloc its unit heads or deputises that year (or prepared the year before), by default that
 * bloc; unit users no dashboard (their unit's record only).
 */
@Injectable()
export class ReportScopeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly blocAccess: BlocAccessService,
  ) {}

  async resolve(user: AuthUser, year: number, blocId?: string): Promise<ReportScope> {
    if (user.role === 'unit') throw forbidden();
    if (!blocId) {
      if (user.role === 'admin' || user.role === 'viewer')
        return { year, blocId: null, bloc: null };
      const [grant] = await this.blocAccess.secretariatGrants(user, [year]);
      if (!grant) throw forbidden();
      return { year, blocId: grant.blocId, bloc: await this.bloc(grant.blocId) };
    }
    const bloc = await this.bloc(blocId);
    if (user.role === 'secretariat' && !(await this.blocAccess.canManageBloc(user, blocId, year)))
      throw forbidden();
    return { year, blocId, bloc };
  }

  /** A unit's record: admins and viewers any unit; unit users their own; secretariats also their blocs' members. */
  async canReadUnit(user: AuthUser, unitId: string): Promise<boolean> {
    if (user.role === 'admin' || user.role === 'viewer') return true;
    if (user.unitId === unitId) return true;
    return user.role === 'secretariat' && this.blocAccess.canManageUnit(user, unitId);
  }

  private async bloc(id: string): Promise<BlocSummaryResponse> {
    const [row]: BlocSummaryResponse[] = await this.dataSource.query(
      `SELECT id, name, kind FROM blocs WHERE id = $1`,
      [id],
    );
    if (!row) throw notFound('reports.blocNotFound');
    return row;
  }
}
