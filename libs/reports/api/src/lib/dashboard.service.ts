import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NominationStatus } from '@thidua/awards/contracts';
import type { BlocKind } from '@thidua/registry/contracts';
import type { BlocFigures, DashboardResponse, ScoringFigures } from '@thidua/reports/contracts';
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

/** Years of the awards trend, up to the chosen year. */
export const TREND_YEARS = 5;
/** Blocs listed on the every-bloc dashboard (most awards first); the report by bloc has them all. */
export const DASHBOARD_BLOCS = 30;

/**
 * The year at a glance for the board (every bloc) or a bloc's secretariat. Each section is one
 * query on its own pool connection, so they run side by side.
 *
 * Figures for every bloc come from the counts the triggers keep (`award_year_counts`,
 * `award_bloc_counts`, `bloc_member_counts`, `activity_report_totals`); one bloc's from its
 * members' rows.
 */
@Injectable()
export class DashboardService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async dashboard(scope: ReportScope): Promise<DashboardResponse> {
    const [members, pledges, nominations, ballots, byType, byYear, blocs, activity, scoring] =
      await Promise.all([
        this.members(scope),
        this.pledges(scope),
        this.nominations(scope),
        this.ballots(scope),
        this.awardsByType(scope),
        this.awardsByYear(scope),
        scope.blocId ? Promise.resolve([]) : this.blocs(scope.year),
        activityFigures(this.dataSource.manager, scope.year, scope.blocId),
        this.scoring(scope),
      ]);
    return {
      year: scope.year,
      bloc: scope.bloc,
      blocCount: members.blocs,
      memberUnits: members.units,
      pledges,
      nominations,
      ballots,
      awards: { totals: sumCounts(byType), byType, byYear },
      blocs,
      activity,
      scoring,
    };
  }

  /** Score sheets by state and the units' cards: submitted (or further), checked, locked. */
  private async scoring(scope: ReportScope): Promise<ScoringFigures> {
    const [row]: ScoringFigures[] = await this.dataSource.query(
      `WITH s AS (SELECT id, bloc_id, status FROM score_sheets WHERE term_year = $1 AND ($2::uuid IS NULL OR bloc_id = $2))
       SELECT (SELECT count(*) FROM s)::int AS sheets,
              (SELECT count(*) FROM s WHERE status IN ('agreed', 'locked'))::int AS agreed,
              (SELECT count(*) FROM s WHERE status = 'locked')::int AS locked,
              (SELECT count(*) FROM bloc_memberships m JOIN s ON s.bloc_id = m.bloc_id WHERE m.term_year = $1)::int AS units,
              (SELECT count(*) FROM unit_scores c JOIN s ON s.id = c.sheet_id
                WHERE c.status IN ('submitted', 'checked', 'agreed', 'locked'))::int AS submitted,
              (SELECT count(*) FROM unit_scores c JOIN s ON s.id = c.sheet_id
                WHERE c.status IN ('checked', 'agreed', 'locked'))::int AS checked`,
      [scope.year, scope.blocId],
    );
    return row;
  }

  private async members(scope: ReportScope): Promise<{ units: number; blocs: number }> {
    const [row]: Array<{ units: number; blocs: number }> = await this.dataSource.query(
      `SELECT coalesce(sum(members), 0)::int AS units, count(*) FILTER (WHERE members > 0)::int AS blocs
         FROM bloc_member_counts WHERE term_year = $1 AND ($2::uuid IS NULL OR bloc_id = $2)`,
      [scope.year, scope.blocId],
    );
    return row;
  }

  private async pledges(scope: ReportScope): Promise<DashboardResponse['pledges']> {
    const [row]: Array<DashboardResponse['pledges']> = await this.dataSource.query(
      `WITH p AS (SELECT id, bloc_id, status FROM pledges WHERE term_year = $1 AND ($2::uuid IS NULL OR bloc_id = $2))
       SELECT (SELECT count(*) FROM p)::int AS pledges,
              (SELECT count(*) FROM p WHERE status = 'locked')::int AS locked,
              (SELECT count(*) FROM pledge_signatures s JOIN p ON p.id = s.pledge_id)::int AS signed,
              (SELECT count(*) FROM bloc_memberships m JOIN p ON p.bloc_id = m.bloc_id WHERE m.term_year = $1)::int AS members`,
      [scope.year, scope.blocId],
    );
    return row;
  }

  private async nominations(scope: ReportScope): Promise<DashboardResponse['nominations']> {
    const rows: Array<{ status: NominationStatus; count: number }> = await this.dataSource.query(
      `SELECT status, count(*)::int AS count FROM nominations
        WHERE term_year = $1 AND ($2::uuid IS NULL OR bloc_id = $2) GROUP BY status`,
      [scope.year, scope.blocId],
    );
    return rows;
  }

  private async ballots(scope: ReportScope): Promise<DashboardResponse['ballots']> {
    const [row]: Array<{ held: number; open: number; votes: number; eligible: number }> =
      await this.dataSource.query(
        `SELECT count(*) FILTER (WHERE b.status = 'closed')::int AS held,
                count(*) FILTER (WHERE b.status = 'open')::int AS open,
                coalesce(sum(CASE WHEN b.status = 'closed' THEN
                  CASE WHEN b.mode IN ('paper', 'hands') THEN coalesce((b.paper_counts->>'returned')::int, 0)
                       ELSE (SELECT count(*) FROM ballot_participations bp WHERE bp.ballot_id = b.id) END
                END), 0)::int AS votes,
                coalesce(sum(b.eligible_count) FILTER (WHERE b.status = 'closed'), 0)::int AS eligible
           FROM ballots b JOIN meetings mt ON mt.id = b.meeting_id
          WHERE mt.term_year = $1 AND ($2::uuid IS NULL OR mt.bloc_id = $2)`,
        [scope.year, scope.blocId],
      );
    return { ...row, turnoutPercent: percentOf(row.votes, row.eligible) };
  }

  private async awardsByType(scope: ReportScope) {
    // Every bloc: the province's counts (a few rows); one bloc: its members' awards of the year.
    const counts = scope.blocId
      ? `SELECT h.award_type_id, ${KIND_COUNTS_SQL} FROM ${blocAwards()} GROUP BY h.award_type_id`
      : `SELECT c.award_type_id, c.collective, c.individual, c.household,
                c.collective + c.individual + c.household AS total
           FROM award_year_counts c WHERE c.term_year = ANY($1::smallint[]) AND $2::uuid IS NULL`;
    const rows: Array<KindCountsRow & { id: string; code: string; name: string }> =
      await this.dataSource.query(
        `SELECT t.id, t.code, t.name, c.collective, c.individual, c.household, c.total
           FROM (${counts}) c JOIN award_types t ON t.id = c.award_type_id
          WHERE c.total > 0
          ORDER BY t.sort_order, t.name COLLATE "vietnamese"`,
        [[scope.year], scope.blocId],
      );
    return rows.map((r) => ({ awardTypeId: r.id, code: r.code, name: r.name, ...kindCounts(r) }));
  }

  private async awardsByYear(scope: ReportScope) {
    const years = Array.from({ length: TREND_YEARS }, (_, i) => scope.year - TREND_YEARS + 1 + i);
    const rows: Array<KindCountsRow & { year: number }> = await this.dataSource.query(
      `SELECT term_year AS year, sum(collective)::int AS collective, sum(individual)::int AS individual,
              sum(household)::int AS household, sum(collective + individual + household)::int AS total
         FROM ${scope.blocId ? 'award_bloc_counts' : 'award_year_counts'}
        WHERE term_year = ANY($1::smallint[]) AND ($2::uuid IS NULL OR ${scope.blocId ? 'bloc_id = $2' : 'false'})
        GROUP BY term_year`,
      [years, scope.blocId],
    );
    return years.map((year) => ({
      year,
      ...kindCounts(rows.find((r) => Number(r.year) === year)),
    }));
  }

  /**
   * The blocs with most awards, from the per-bloc counts; when fewer than `DASHBOARD_BLOCS` have
   * awards, blocs without any fill the list (by name).
   */
  private async blocs(year: number): Promise<BlocFigures[]> {
    const top: Array<KindCountsRow & { bloc_id: string }> = await this.dataSource.query(
      `SELECT bloc_id, collective, individual, household, collective + individual + household AS total
         FROM award_bloc_counts WHERE term_year = $1 AND collective + individual + household > 0
        ORDER BY collective + individual + household DESC LIMIT $2`,
      [year, DASHBOARD_BLOCS],
    );
    const fill: Array<{ bloc_id: string }> =
      top.length < DASHBOARD_BLOCS
        ? await this.dataSource.query(
            `SELECT b.id AS bloc_id FROM blocs b
              WHERE EXISTS (SELECT 1 FROM bloc_memberships m WHERE m.bloc_id = b.id AND m.term_year = $1)
                AND b.id <> ALL($3::uuid[])
              ORDER BY b.name COLLATE "vietnamese" LIMIT $2`,
            [year, DASHBOARD_BLOCS - top.length, top.map((t) => t.bloc_id)],
          )
        : [];
    const ids = [...top.map((t) => t.bloc_id), ...fill.map((f) => f.bloc_id)];
    const details: Array<{
      id: string;
      name: string;
      kind: BlocKind;
      members: number;
      signed: number;
    }> = await this.dataSource.query(
      `SELECT b.id, b.name, b.kind,
                (SELECT count(*) FROM bloc_memberships m WHERE m.bloc_id = b.id AND m.term_year = $2)::int AS members,
                (SELECT count(*) FROM pledges p JOIN pledge_signatures s ON s.pledge_id = p.id
                  WHERE p.bloc_id = b.id AND p.term_year = $2)::int AS signed
           FROM blocs b WHERE b.id = ANY($1::uuid[])`,
      [ids, year],
    );
    const counts = new Map(top.map((t) => [t.bloc_id, kindCounts(t)]));
    return details
      .map((b) => ({
        bloc: { id: b.id, name: b.name, kind: b.kind },
        memberCount: b.members,
        pledgeSigned: b.signed,
        awards: counts.get(b.id) ?? kindCounts(),
      }))
      .sort(
        (a, b) => b.awards.total - a.awards.total || a.bloc.name.localeCompare(b.bloc.name, 'vi'),
      );
  }
}
