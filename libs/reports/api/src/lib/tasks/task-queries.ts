import type { TaskKind } from '@thidua/reports/contracts';

/**
 * One query per kind of waiting item. Parameters: `$1` the user's unit (null for the board),
 * `$2` the user, `$3` the first year looked at (the working year and the one before). Each row
 * gives `ref` (and `bloc_id`, `unit_id` where the page needs them), `year`, `subject`, `context`,
 * `count` and `due_on`.
 */
export interface TaskRow {
  ref: string;
  bloc_id: string | null;
  year: number;
  subject: string;
  context: string | null;
  count: number | null;
  due_on: string | null;
}

/** The user's unit leads the row's bloc that year or the year before (as `BlocAccessService`). */
const managed = (alias: string) =>
  `EXISTS (SELECT 1 FROM bloc_leaderships l WHERE l.bloc_id = ${alias}.bloc_id
            AND l.term_year IN (${alias}.term_year, ${alias}.term_year - 1)
            AND $1::uuid IN (l.head_unit_id, l.deputy_unit_id))`;

/** Deadlines the data already has. */
const PLEDGE_DUE = `to_char(coalesce(mv.launch_date, mv.start_date), 'YYYY-MM-DD')`;
/** Scores are entered before the year-end review of the movement the bloc's pledge serves. */
const SCORING_DUE = (alias: string) =>
  `(SELECT to_char(mv.year_end_review_date, 'YYYY-MM-DD') FROM pledges p JOIN movements mv ON mv.id = p.movement_id
     WHERE p.bloc_id = ${alias}.bloc_id AND p.term_year = ${alias}.term_year)`;
/** A nomination's dossier is due at the bloc's next conference of its year. */
const DOSSIER_DUE = `(SELECT to_char(min(mt.meeting_date), 'YYYY-MM-DD') FROM meetings mt
     WHERE mt.bloc_id = n.bloc_id AND mt.term_year = n.term_year AND mt.meeting_date >= current_date)`;
const BENEFICIARY = `coalesce(bu.name, pp.full_name, hh.head_name)`;
const BENEFICIARY_JOINS = `JOIN award_types t ON t.id = n.award_type_id
  LEFT JOIN units bu ON bu.id = n.unit_id
  LEFT JOIN people pp ON pp.id = n.person_id
  LEFT JOIN households hh ON hh.id = n.household_id`;
/** A current member of the bloc in the row's year. */
const MEMBER = (alias: string) =>
  `JOIN bloc_memberships m ON m.bloc_id = ${alias}.bloc_id AND m.term_year = ${alias}.term_year
     AND m.unit_id = $1 AND m.left_on IS NULL`;

/** For the unit's own work (unit users and secretariats, who also act for their unit). */
export const UNIT_TASKS: Partial<Record<TaskKind, string>> = {
  pledgeToSign: `
    SELECT p.id AS ref, p.bloc_id, p.term_year AS year, b.name AS subject, NULL AS context,
           NULL::int AS count, ${PLEDGE_DUE} AS due_on
      FROM pledges p JOIN blocs b ON b.id = p.bloc_id ${MEMBER('p')}
      LEFT JOIN movements mv ON mv.id = p.movement_id
     WHERE p.status = 'open' AND p.term_year >= $3 AND jsonb_array_length(p.commitments) > 0
       AND NOT EXISTS (SELECT 1 FROM pledge_signatures s WHERE s.pledge_id = p.id AND s.unit_id = $1)`,
  scoresToEnter: `
    SELECT s.id AS ref, s.bloc_id, s.term_year AS year, b.name AS subject, NULL AS context,
           NULL::int AS count, ${SCORING_DUE('s')} AS due_on
      FROM score_sheets s JOIN blocs b ON b.id = s.bloc_id ${MEMBER('s')}
      LEFT JOIN unit_scores c ON c.sheet_id = s.id AND c.unit_id = $1
     WHERE s.status = 'draft' AND s.term_year >= $3 AND coalesce(c.status, 'draft') IN ('draft', 'returned')`,
  nominationToComplete: `
    SELECT n.id AS ref, n.bloc_id, n.term_year AS year, ${BENEFICIARY} AS subject, t.name AS context,
           NULL::int AS count, ${DOSSIER_DUE} AS due_on
      FROM nominations n ${BENEFICIARY_JOINS}
     WHERE n.proposing_unit_id = $1 AND n.status IN ('draft', 'returned') AND n.term_year >= $3`,
};

/** Open ballots in which the user holds a present delegate's seat and has not voted yet. */
export const DELEGATE_TASKS: Partial<Record<TaskKind, string>> = {
  ballotToVote: `
    SELECT bl.id AS ref, mt.bloc_id, mt.term_year AS year, bl.title AS subject, mt.title AS context,
           NULL::int AS count, NULL AS due_on
      FROM ballots bl JOIN meetings mt ON mt.id = bl.meeting_id
      JOIN meeting_voters v ON v.meeting_id = mt.id AND v.is_present
       AND (v.user_id = $2 OR (v.user_id IS NULL AND v.unit_id = $1))
     WHERE bl.status = 'open'
       AND NOT EXISTS (SELECT 1 FROM ballot_participations bp WHERE bp.ballot_id = bl.id AND bp.voter_id = v.id)`,
};

/** For the secretariat of the blocs its unit leads. */
export const BLOC_TASKS: Partial<Record<TaskKind, string>> = {
  pledgeAwaitingSignatures: `
    SELECT * FROM (
      SELECT p.id AS ref, p.bloc_id, p.term_year AS year, b.name AS subject, NULL AS context,
             (SELECT count(*) FROM bloc_memberships m
               WHERE m.bloc_id = p.bloc_id AND m.term_year = p.term_year AND m.left_on IS NULL
                 AND NOT EXISTS (SELECT 1 FROM pledge_signatures s WHERE s.pledge_id = p.id AND s.unit_id = m.unit_id)
             )::int AS count, ${PLEDGE_DUE} AS due_on
        FROM pledges p JOIN blocs b ON b.id = p.bloc_id LEFT JOIN movements mv ON mv.id = p.movement_id
       WHERE p.status = 'open' AND p.term_year >= $3 AND ${managed('p')}
    ) x WHERE x.count > 0`,
  scoresToCheck: `
    SELECT s.id AS ref, s.bloc_id, s.term_year AS year, b.name AS subject, NULL AS context,
           count(*)::int AS count, ${SCORING_DUE('s')} AS due_on
      FROM score_sheets s JOIN blocs b ON b.id = s.bloc_id
      JOIN bloc_leaderships l ON l.bloc_id = s.bloc_id AND l.term_year = s.term_year
      JOIN unit_scores c ON c.sheet_id = s.id AND c.status = 'submitted'
     WHERE s.status = 'draft' AND s.term_year >= $3
       AND ((l.deputy_unit_id = $1 AND c.unit_id <> $1) OR (l.head_unit_id = $1 AND c.unit_id <> l.head_unit_id))
     GROUP BY s.id, s.bloc_id, s.term_year, b.name`,
  nominationToReview: `
    SELECT n.id AS ref, n.bloc_id, n.term_year AS year, ${BENEFICIARY} AS subject, t.name AS context,
           NULL::int AS count, ${DOSSIER_DUE} AS due_on
      FROM nominations n ${BENEFICIARY_JOINS}
     WHERE n.status = 'submitted' AND n.term_year >= $3 AND ${managed('n')}`,
  ballotToRun: `
    SELECT bl.id AS ref, mt.bloc_id, mt.term_year AS year, bl.title AS subject, mt.title AS context,
           NULL::int AS count, to_char(mt.meeting_date, 'YYYY-MM-DD') AS due_on
      FROM ballots bl JOIN meetings mt ON mt.id = bl.meeting_id
     WHERE bl.status IN ('draft', 'open') AND mt.term_year >= $3 AND ${managed('mt')}`,
  awardListToSend: `
    SELECT al.id AS ref, al.bloc_id, al.term_year AS year, al.title AS subject, b.name AS context,
           NULL::int AS count, NULL AS due_on
      FROM award_lists al JOIN blocs b ON b.id = al.bloc_id
     WHERE al.status = 'draft' AND al.term_year >= $3 AND ${managed('al')}`,
};

/** For the provincial board: its own lists to send, and the blocs' lists awaiting the decision. */
export const BOARD_TASKS: Partial<Record<TaskKind, string>> = {
  awardListToSend: `
    SELECT al.id AS ref, NULL AS bloc_id, al.term_year AS year, al.title AS subject, NULL AS context,
           NULL::int AS count, NULL AS due_on
      FROM award_lists al WHERE al.status = 'draft' AND al.bloc_id IS NULL AND al.term_year >= $3`,
  awardListToDecide: `
    SELECT al.id AS ref, al.bloc_id, al.term_year AS year, al.title AS subject, b.name AS context,
           NULL::int AS count, NULL AS due_on
      FROM award_lists al LEFT JOIN blocs b ON b.id = al.bloc_id
     WHERE al.status = 'sent' AND al.term_year >= $3`,
};
