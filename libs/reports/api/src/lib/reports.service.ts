import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ActivityReportsService } from '@thidua/movements/api';
import { participationPercent } from '@thidua/movements/domain';
import type {
  AwardReportGroup,
  AwardsReportResponse,
  ParticipationReportResponse,
  TargetsReportResponse,
} from '@thidua/reports/contracts';
import { type AuthUser, invalidFields, notFound } from '@thidua/shared/api-core';
import { DataSource } from 'typeorm';

import { activityFigures } from './activity-figures';
import {
  KIND_COUNTS_SQL,
  type KindCountsRow,
  kindCounts,
  percentOf,
  blocAwards,
  sumCounts,
} from './award-figures';
import type { ReportScope } from './report-scope.service';

const GROUPS: Record<
  AwardReportGroup,
  { key: string; label: string; detail: string; join: string; order: string }
> = {
  award: {
    key: 't.id',
    label: 't.name',
    detail: 't.code',
    join: 'JOIN award_types t ON t.id = h.award_type_id',
    order: 'min(t.sort_order), t.name COLLATE "vietnamese"',
  },
  bloc: {
    key: 'b.id',
    label: 'b.name',
    detail: 'NULL::text',
    join: 'JOIN blocs b ON b.id = m.bloc_id',
    order: 'b.name COLLATE "vietnamese"',
  },
  unit: {
    key: 'u.id',
    label: 'u.name',
    detail: 'NULL::text',
    join: 'JOIN units u ON u.id = h.beneficiary_unit_id',
    order: 'u.name COLLATE "vietnamese"',
  },
};

/** Every bloc: from the counts the triggers keep, a row per award type or per bloc. */
const COUNTED_ROWS: Record<'award' | 'bloc', string> = {
  award: `SELECT t.id AS key, t.name AS label, t.code AS detail, c.collective, c.individual, c.household,
                 c.collective + c.individual + c.household AS total
            FROM award_year_counts c JOIN award_types t ON t.id = c.award_type_id
           WHERE c.term_year = ANY($1::smallint[]) AND $2::uuid IS NULL
             AND c.collective + c.individual + c.household > 0
           ORDER BY t.sort_order, t.name COLLATE "vietnamese"`,
  bloc: `SELECT b.id AS key, b.name AS label, NULL::text AS detail, c.collective, c.individual, c.household,
                c.collective + c.individual + c.household AS total
           FROM award_bloc_counts c JOIN blocs b ON b.id = c.bloc_id
          WHERE c.term_year = ANY($1::smallint[]) AND $2::uuid IS NULL
            AND c.collective + c.individual + c.household > 0
          ORDER BY b.name COLLATE "vietnamese"`,
};

/** The reports: awards by year × award × beneficiary kind, by bloc or unit; a movement's figures. */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activityReports: ActivityReportsService,
  ) {}

  async awards(
    scope: ReportScope,
    groupBy: AwardReportGroup = 'award',
  ): Promise<AwardsReportResponse> {
    if (groupBy === 'unit' && !scope.blocId)
      throw invalidFields('reports.blocRequired', { blocId: ['reports.blocRequired'] });
    const g = GROUPS[groupBy];
    const rows: Array<KindCountsRow & { key: string; label: string; detail: string | null }> =
      await this.dataSource.query(
        scope.blocId ? this.awardRowsOfBloc(g) : COUNTED_ROWS[groupBy as 'award' | 'bloc'],
        [[scope.year], scope.blocId],
      );
    const items = rows.map((r) => ({
      key: r.key,
      label: r.label,
      detail: r.detail,
      ...kindCounts(r),
    }));
    return {
      year: scope.year,
      groupBy,
      bloc: scope.bloc,
      rows: items,
      totals: sumCounts(items),
    };
  }

  /** One bloc's awards, from its members' rows of the year. */
  private awardRowsOfBloc(g: (typeof GROUPS)[AwardReportGroup]): string {
    return `SELECT ${g.key} AS key, ${g.label} AS label, ${g.detail} AS detail, ${KIND_COUNTS_SQL}
              FROM ${blocAwards(g.join)}
             GROUP BY ${g.key}, ${g.label}, ${g.detail}
             ORDER BY ${g.order}`;
  }

  async participation(
    scope: ReportScope,
    movementId: string,
    user: AuthUser,
  ): Promise<ParticipationReportResponse> {
    const movement = await this.movement(movementId);
    const list = await this.activityReports.list(movementId, scope.year, user);
    const inScope = await this.scopeUnits(scope);
    const rows = list.rows
      .filter((r) => !inScope || inScope.has(r.unit.id))
      .map((r) => ({
        unit: r.unit,
        state: r.state,
        sessionsHeld: r.report?.sessionsHeld ?? null,
        conferencesHeld: r.report?.conferencesHeld ?? null,
        attendees: r.report?.attendees ?? null,
        memberCount: r.report?.memberCount ?? null,
        participantCount: r.report?.participantCount ?? null,
        participationPercent: r.report
          ? participationPercent(r.report.participantCount, r.report.memberCount)
          : null,
        modelsBuilt: r.report?.modelsBuilt ?? null,
        submittedAt: r.report?.submittedAt ?? null,
      }));
    return {
      movement,
      year: scope.year,
      bloc: scope.bloc,
      dueDate: list.dueDate,
      rows,
      totals: await activityFigures(this.dataSource.manager, scope.year, scope.blocId, movementId),
    };
  }

  async targets(
    scope: ReportScope,
    movementId: string,
    user: AuthUser,
  ): Promise<TargetsReportResponse> {
    const movement = await this.movement(movementId);
    const list = await this.activityReports.list(movementId, scope.year, user);
    const inScope = await this.scopeUnits(scope);
    const expected = list.rows.map((r) => r.unit.id).filter((id) => !inScope || inScope.has(id));
    const targets: Array<{
      id: string;
      content: string;
      measure: string | null;
      target_value: string | null;
      reported: number;
      reached: number;
      average: string | null;
    }> = await this.dataSource.query(
      `SELECT t.id, t.content, t.measure, t.target_value,
              count(r.value)::int AS reported,
              count(*) FILTER (WHERE t.target_value IS NOT NULL AND r.value >= t.target_value)::int AS reached,
              round(avg(r.value), 2) AS average
         FROM movement_targets t
         LEFT JOIN movement_results r ON r.target_id = t.id AND r.unit_id = ANY($2::uuid[])
        WHERE t.movement_id = $1
        GROUP BY t.id ORDER BY t.position`,
      [movementId, expected],
    );
    const pledged: Array<{
      id: string;
      code: string;
      name: string;
      short_name: string | null;
      targets: string[];
      titles: string[];
    }> = await this.dataSource.query(
      `SELECT u.id, u.code, u.name, u.short_name, pu.targets, pu.titles
         FROM pledges p JOIN pledge_units pu ON pu.pledge_id = p.id JOIN units u ON u.id = pu.unit_id
        WHERE p.movement_id = $1 AND p.term_year = $2 AND ($3::uuid IS NULL OR p.bloc_id = $3)
        ORDER BY u.name COLLATE "vietnamese"`,
      [movementId, scope.year, scope.blocId],
    );
    return {
      movement,
      year: scope.year,
      bloc: scope.bloc,
      rows: targets.map((t) => ({
        targetId: t.id,
        content: t.content,
        measure: t.measure,
        targetValue: t.target_value === null ? null : Number(t.target_value),
        reported: t.reported,
        reached: t.reached,
        expected: expected.length,
        average: t.average === null ? null : Number(t.average),
        reachedPercent: t.target_value === null ? null : percentOf(t.reached, expected.length),
      })),
      pledgedTargets: pledged.map((p) => ({
        unit: { id: p.id, code: p.code, name: p.name, shortName: p.short_name },
        targets: p.targets,
        titles: p.titles,
      })),
    };
  }

  private async movement(id: string): Promise<{ id: string; title: string }> {
    const [row]: Array<{ id: string; title: string }> = await this.dataSource.query(
      `SELECT id, title FROM movements WHERE id = $1`,
      [id],
    );
    if (!row) throw notFound('reports.movementNotFound');
    return row;
  }

  /** The bloc's members that year, or null for every bloc. */
  private async scopeUnits(scope: ReportScope): Promise<Set<string> | null> {
    if (!scope.blocId) return null;
    const rows: Array<{ unit_id: string }> = await this.dataSource.query(
      `SELECT unit_id FROM bloc_memberships WHERE bloc_id = $1 AND term_year = $2`,
      [scope.blocId, scope.year],
    );
    return new Set(rows.map((r) => r.unit_id));
  }
}
