import { activityReportDueDate } from '@thidua/movements/domain';
import type { ActivityFigures } from '@thidua/reports/contracts';
import type { EntityManager } from 'typeorm';

import { percentOf } from './award-figures';

interface MovementDatesRow {
  id: string;
  start_date: string;
  end_date: string;
  year_end_review_date: string | null;
}

/**
 * The movements with their due dates; a report is late from the start of the next day in
 * Vietnam (one timestamp per movement, so the reports are compared without converting each).
 */
const DUE_SQL = `SELECT movement_id, ((due_date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AS late_from
  FROM unnest($1::uuid[], $2::date[]) AS d(movement_id, due_date)`;

/** Sums over the reports `r` of the units `d` expected to report (one bloc). */
const SUMS = `count(r.id) AS reports,
  count(r.id) FILTER (WHERE r.submitted_at >= d.late_from) AS late,
  coalesce(sum(r.sessions_held), 0) AS sessions, coalesce(sum(r.conferences_held), 0) AS conferences,
  coalesce(sum(r.attendees), 0) AS attendees, coalesce(sum(r.member_count), 0) AS members,
  coalesce(sum(r.participant_count), 0) AS participants, coalesce(sum(r.models_built), 0) AS models`;

/**
 * Every bloc, from the kept counts: the units expected are those taking part through their bloc
 * (one bloc per unit and year, so counted once) plus those taking part directly and not through a
 * bloc; the figures are the movements' yearly totals; late reports an index range each.
 * $1 movements, $2 their due dates, $3 year.
 */
const EVERY_BLOC_SQL = `
  WITH d AS (${DUE_SQL})
  SELECT (SELECT coalesce(sum(c.members), 0) FROM d JOIN movement_blocs mb ON mb.movement_id = d.movement_id
            JOIN bloc_member_counts c ON c.bloc_id = mb.bloc_id AND c.term_year = $3)
       + (SELECT count(*) FROM d JOIN movement_units mu ON mu.movement_id = d.movement_id
           WHERE NOT EXISTS (SELECT 1 FROM movement_blocs mb
                               JOIN bloc_memberships bm ON bm.bloc_id = mb.bloc_id AND bm.term_year = $3
                              WHERE mb.movement_id = d.movement_id AND bm.unit_id = mu.unit_id)) AS expected,
         (SELECT count(*) FROM d JOIN activity_reports r ON r.movement_id = d.movement_id AND r.term_year = $3
           WHERE r.submitted_at >= d.late_from) AS late,
         s.*
    FROM (SELECT coalesce(sum(t.reports), 0) AS reports, coalesce(sum(t.sessions_held), 0) AS sessions,
                 coalesce(sum(t.conferences_held), 0) AS conferences, coalesce(sum(t.attendees), 0) AS attendees,
                 coalesce(sum(t.member_count), 0) AS members, coalesce(sum(t.participant_count), 0) AS participants,
                 coalesce(sum(t.models_built), 0) AS models
            FROM d JOIN activity_report_totals t ON t.movement_id = d.movement_id AND t.term_year = $3) s`;

/** One bloc: its members of the year that take part (directly or through the bloc). $4 bloc. */
const ONE_BLOC_SQL = `
  WITH d AS (${DUE_SQL}),
       p AS (SELECT d.movement_id, d.late_from, m.unit_id
               FROM d CROSS JOIN bloc_memberships m
              WHERE m.bloc_id = $4 AND m.term_year = $3
                AND (EXISTS (SELECT 1 FROM movement_blocs mb WHERE mb.movement_id = d.movement_id AND mb.bloc_id = $4)
                  OR EXISTS (SELECT 1 FROM movement_units mu WHERE mu.movement_id = d.movement_id AND mu.unit_id = m.unit_id)))
  SELECT count(*) AS expected, ${SUMS}
    FROM p d
    LEFT JOIN activity_reports r ON r.movement_id = d.movement_id AND r.unit_id = d.unit_id AND r.term_year = $3`;

/**
 * Activity figures of a year summed over the units expected to report (the participants of the
 * launched or ended movements running that year, directly or through their bloc), in one bloc or
 * every bloc; `movementId` narrows it to one movement.
 */
export async function activityFigures(
  manager: EntityManager,
  year: number,
  blocId: string | null,
  movementId?: string,
): Promise<ActivityFigures> {
  const movements: MovementDatesRow[] = await manager.query(
    `SELECT id, to_char(start_date, 'YYYY-MM-DD') AS start_date, to_char(end_date, 'YYYY-MM-DD') AS end_date,
            to_char(year_end_review_date, 'YYYY-MM-DD') AS year_end_review_date
       FROM movements
      WHERE status <> 'draft' AND extract(year FROM start_date) <= $1 AND extract(year FROM end_date) >= $1
        AND ($2::uuid IS NULL OR id = $2)`,
    [year, movementId ?? null],
  );
  const dueDates = movements.map((m) =>
    activityReportDueDate(
      { startDate: m.start_date, endDate: m.end_date, yearEndReviewDate: m.year_end_review_date },
      year,
    ),
  );
  const params: unknown[] = [movements.map((m) => m.id), dueDates, year];
  const [row]: Array<Record<string, string | null>> = await manager.query(
    blocId ? ONE_BLOC_SQL : EVERY_BLOC_SQL,
    blocId ? [...params, blocId] : params,
  );
  const n = (k: string) => Number(row?.[k] ?? 0);
  return {
    expectedReports: n('expected'),
    reports: n('reports'),
    lateReports: n('late'),
    sessionsHeld: n('sessions'),
    conferencesHeld: n('conferences'),
    attendees: n('attendees'),
    memberCount: n('members'),
    participantCount: n('participants'),
    participationPercent: percentOf(n('participants'), n('members')),
    modelsBuilt: n('models'),
  };
}
