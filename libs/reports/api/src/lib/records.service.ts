import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BeneficiaryKind } from '@thidua/awards/contracts';
import { BallotCountingService, BallotsService, isTallied } from '@thidua/ballots/api';
import type { BallotResultsResponse } from '@thidua/ballots/contracts';
import { participationPercent } from '@thidua/movements/domain';
import type {
  AwardRecordRow,
  NominationRecordRow,
  PersonRecordResponse,
  UnitRecordResponse,
} from '@thidua/reports/contracts';
import { type AuthUser, forbidden, notFound } from '@thidua/shared/api-core';
import { DataSource } from 'typeorm';

import { ReportScopeService } from './report-scope.service';

const KIND_SQL = `CASE WHEN x.unit_id IS NOT NULL THEN 'collective' WHEN x.person_id IS NOT NULL THEN 'individual' ELSE 'household' END`;
const BENEFICIARY_SQL = `coalesce(bu.name, bp.full_name, bh.head_name)`;
const BENEFICIARY_JOINS = `LEFT JOIN units bu ON bu.id = x.unit_id
  LEFT JOIN people bp ON bp.id = x.person_id
  LEFT JOIN households bh ON bh.id = x.household_id`;

interface AwardRow {
  id: string;
  year: number;
  award_id: string;
  code: string;
  award_name: string;
  kind: BeneficiaryKind;
  beneficiary: string;
  person_id: string | null;
  decision_number: string | null;
  decision_date: string | null;
}

type NominationRow = Omit<AwardRow, 'decision_number' | 'decision_date'> & {
  status: NominationRecordRow['status'];
  votes: number | null;
  vote_denominator: number | null;
};

/** A unit's whole record and a person's nominations and awards. */
@Injectable()
export class RecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ReportScopeService,
    private readonly ballots: BallotsService,
    private readonly counting: BallotCountingService,
  ) {}

  async unit(unitId: string, user: AuthUser): Promise<UnitRecordResponse> {
    const [u]: Array<{
      id: string;
      code: string;
      name: string;
      short_name: string | null;
      kind_name: string | null;
      is_archived: boolean;
    }> = await this.dataSource.query(
      `SELECT u.id, u.code, u.name, u.short_name, k.name AS kind_name, u.is_archived
         FROM units u LEFT JOIN unit_kinds k ON k.id = u.kind_id WHERE u.id = $1`,
      [unitId],
    );
    if (!u) throw notFound('reports.unitNotFound');
    if (!(await this.scope.canReadUnit(user, unitId))) throw forbidden();
    const q = <T>(sql: string) => this.dataSource.query(sql, [unitId]) as Promise<T[]>;
    const [memberships, pledges, nominations, ballots, awards, activity] = await Promise.all([
      q<{
        year: number;
        id: string;
        name: string;
        kind: 'khoi' | 'cum';
        role: 'head' | 'deputy' | null;
        rank: number | null;
        total: string | null;
        ranked: number | null;
      }>(
        `SELECT m.term_year AS year, b.id, b.name, b.kind,
                CASE WHEN l.head_unit_id = m.unit_id THEN 'head' WHEN l.deputy_unit_id = m.unit_id THEN 'deputy' END AS role,
                r.rank, r.total,
                (SELECT count(*)::int FROM score_rankings a WHERE a.bloc_id = m.bloc_id AND a.term_year = m.term_year) AS ranked
           FROM bloc_memberships m JOIN blocs b ON b.id = m.bloc_id
           LEFT JOIN bloc_leaderships l ON l.bloc_id = m.bloc_id AND l.term_year = m.term_year
           LEFT JOIN score_rankings r ON r.bloc_id = m.bloc_id AND r.term_year = m.term_year AND r.unit_id = m.unit_id
          WHERE m.unit_id = $1 ORDER BY m.term_year DESC`,
      ),
      q<{
        year: number;
        id: string;
        name: string;
        kind: 'khoi' | 'cum';
        title: string;
        signed_on: string | null;
        targets: string[];
        titles: string[];
      }>(
        `SELECT p.term_year AS year, b.id, b.name, b.kind, p.title,
                to_char(s.signed_on, 'YYYY-MM-DD') AS signed_on,
                coalesce(pu.targets, '[]'::jsonb) AS targets, coalesce(pu.titles, '[]'::jsonb) AS titles
           FROM bloc_memberships m
           JOIN pledges p ON p.bloc_id = m.bloc_id AND p.term_year = m.term_year
           JOIN blocs b ON b.id = p.bloc_id
           LEFT JOIN pledge_units pu ON pu.pledge_id = p.id AND pu.unit_id = m.unit_id
           LEFT JOIN pledge_signatures s ON s.pledge_id = p.id AND s.unit_id = m.unit_id
          WHERE m.unit_id = $1 ORDER BY p.term_year DESC`,
      ),
      this.nominations(`x.proposing_unit_id = $1 OR x.unit_id = $1`, unitId),
      this.ballotRounds(unitId),
      this.awards(`x.beneficiary_unit_id = $1`, unitId),
      q<{
        movement_id: string;
        title: string;
        year: number;
        sessions_held: number;
        conferences_held: number;
        attendees: number;
        member_count: number;
        participant_count: number;
        models_built: number;
      }>(
        `SELECT r.movement_id, mv.title, r.term_year AS year, r.sessions_held, r.conferences_held, r.attendees,
                r.member_count, r.participant_count, r.models_built
           FROM activity_reports r JOIN movements mv ON mv.id = r.movement_id
          WHERE r.unit_id = $1 ORDER BY r.term_year DESC, mv.title COLLATE "vietnamese"`,
      ),
    ]);
    return {
      unit: {
        id: u.id,
        code: u.code,
        name: u.name,
        shortName: u.short_name,
        kindName: u.kind_name,
        isArchived: u.is_archived,
      },
      memberships: memberships.map((m) => ({
        year: Number(m.year),
        bloc: { id: m.id, name: m.name, kind: m.kind },
        role: m.role,
        score: m.rank === null ? null : { rank: m.rank, total: Number(m.total), of: m.ranked ?? 0 },
      })),
      pledges: pledges.map((p) => ({
        year: Number(p.year),
        bloc: { id: p.id, name: p.name, kind: p.kind },
        title: p.title,
        signedOn: p.signed_on,
        targets: p.targets,
        titles: p.titles,
      })),
      nominations,
      ballots,
      awards,
      activityReports: activity.map((r) => ({
        movement: { id: r.movement_id, title: r.title },
        year: Number(r.year),
        sessionsHeld: r.sessions_held,
        conferencesHeld: r.conferences_held,
        attendees: r.attendees,
        participationPercent: participationPercent(r.participant_count, r.member_count),
        modelsBuilt: r.models_built,
      })),
    };
  }

  async person(personId: string, user: AuthUser): Promise<PersonRecordResponse> {
    const [p]: Array<{
      id: string;
      full_name: string;
      birth_year: number | null;
      sex: 'male' | 'female';
      position: string | null;
      unit_id: string | null;
      code: string | null;
      unit_name: string | null;
      short_name: string | null;
    }> = await this.dataSource.query(
      `SELECT p.id, p.full_name, p.birth_year, p.sex, p.position, u.id AS unit_id, u.code,
              u.name AS unit_name, u.short_name
         FROM people p LEFT JOIN units u ON u.id = p.unit_id WHERE p.id = $1`,
      [personId],
    );
    if (!p) throw notFound('reports.personNotFound');
    const readable =
      user.role === 'admin' ||
      user.role === 'viewer' ||
      (!!p.unit_id && (await this.scope.canReadUnit(user, p.unit_id)));
    if (!readable) throw forbidden();
    const [nominations, awards] = await Promise.all([
      this.nominations(`x.person_id = $1`, personId),
      this.awards(`x.person_id = $1`, personId),
    ]);
    return {
      person: {
        id: p.id,
        fullName: p.full_name,
        birthYear: p.birth_year,
        sex: p.sex,
        position: p.position,
        unit:
          p.unit_id && p.code && p.unit_name
            ? { id: p.unit_id, code: p.code, name: p.unit_name, shortName: p.short_name }
            : null,
      },
      nominations,
      awards,
    };
  }

  /**
   * The unit's collective nominations in closed ballots, each round with its own count (a runoff
   * is a ballot of its own; the nomination keeps only the last round's votes).
   */
  private async ballotRounds(unitId: string): Promise<UnitRecordResponse['ballots']> {
    const rows: Array<{
      ballot_id: string;
      nomination_id: string;
      year: number;
      title: string;
      round: number;
      award: string;
    }> = await this.dataSource.query(
      `SELECT b.id AS ballot_id, n.id AS nomination_id, mt.term_year AS year, b.title, b.round,
              t.name AS award
         FROM nominations n
         JOIN ballot_candidates bc ON bc.nomination_id = n.id
         JOIN ballots b ON b.id = bc.ballot_id AND b.status = 'closed'
         JOIN meetings mt ON mt.id = b.meeting_id
         JOIN award_types t ON t.id = b.award_type_id
        WHERE n.unit_id = $1 ORDER BY mt.term_year DESC, b.created_at DESC`,
      [unitId],
    );
    const manager = this.dataSource.manager;
    const counts = new Map<string, BallotResultsResponse | null>();
    for (const id of new Set(rows.map((r) => r.ballot_id))) {
      const ballot = await this.ballots.find(manager, id);
      // A secret ballot closed but not yet tallied has no count to show.
      counts.set(id, isTallied(ballot) ? await this.counting.count(manager, ballot) : null);
    }
    return rows.map((r) => {
      const row = counts.get(r.ballot_id)?.rows.find((c) => c.nominationId === r.nomination_id);
      return {
        ballotId: r.ballot_id,
        year: Number(r.year),
        title: r.title,
        round: r.round,
        award: r.award,
        votes: row?.votes ?? null,
        denominator: row?.denominator ?? null,
        elected: !!row?.elected,
      };
    });
  }

  private async awards(where: string, id: string): Promise<AwardRecordRow[]> {
    const rows: AwardRow[] = await this.dataSource.query(
      `SELECT x.id, x.term_year AS year, t.id AS award_id, t.code, t.name AS award_name,
              ${KIND_SQL} AS kind, ${BENEFICIARY_SQL} AS beneficiary, x.person_id,
              x.decision_number, to_char(x.decision_date, 'YYYY-MM-DD') AS decision_date
         FROM award_history x JOIN award_types t ON t.id = x.award_type_id ${BENEFICIARY_JOINS}
        WHERE ${where}
        ORDER BY x.term_year DESC, t.sort_order, ${BENEFICIARY_SQL} COLLATE "vietnamese"`,
      [id],
    );
    return rows.map((r) => ({
      id: r.id,
      year: Number(r.year),
      award: { id: r.award_id, code: r.code, name: r.award_name },
      kind: r.kind,
      beneficiary: r.beneficiary,
      personId: r.person_id,
      decisionNumber: r.decision_number,
      decisionDate: r.decision_date,
    }));
  }

  private async nominations(where: string, id: string): Promise<NominationRecordRow[]> {
    const rows: NominationRow[] = await this.dataSource.query(
      `SELECT x.id, x.term_year AS year, t.id AS award_id, t.code, t.name AS award_name,
              ${KIND_SQL} AS kind, ${BENEFICIARY_SQL} AS beneficiary, x.person_id, x.status, x.votes, x.vote_denominator
         FROM nominations x JOIN award_types t ON t.id = x.award_type_id ${BENEFICIARY_JOINS}
        WHERE ${where}
        ORDER BY x.term_year DESC, t.sort_order, ${BENEFICIARY_SQL} COLLATE "vietnamese"`,
      [id],
    );
    return rows.map((r) => ({
      id: r.id,
      year: Number(r.year),
      award: { id: r.award_id, code: r.code, name: r.award_name },
      kind: r.kind,
      beneficiary: r.beneficiary,
      personId: r.person_id,
      status: r.status,
      votes: r.votes,
      voteDenominator: r.vote_denominator,
    }));
  }
}
