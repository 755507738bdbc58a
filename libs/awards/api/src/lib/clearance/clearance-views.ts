import type {
  ClearanceAnswerResponse,
  ClearanceKind,
  ClearanceNomineeResponse,
  ClearanceOfficeRef,
  ClearanceRequestSummaryResponse,
  ClearanceState,
} from '@thidua/awards/contracts';
import { clearanceOutcome } from '@thidua/awards/domain';
import { attachmentUrl } from '@thidua/shared/api-core';
import type { EntityManager } from 'typeorm';

import { TODAY_SQL } from './clearance-gate.service';
import type { ClearanceRequestEntity } from './clearance.entities';

export interface AnswerRow {
  id: string;
  nomination_id: string;
  office_id: string;
  office_code: string;
  office_name: string;
  answer: ClearanceAnswerResponse['answer'];
  flag_kind: ClearanceAnswerResponse['flagKind'];
  reason: string | null;
  attachment_id: string | null;
  file_name: string | null;
  answered_at: Date | null;
  answered_by: string | null;
  version: number;
  is_overdue: boolean;
  due_date: string;
  today: string;
}

/** The answers of a request, only those of one office when `officeId` is given. */
export async function answerRows(
  manager: EntityManager,
  requestId: string,
  officeId: string | null,
): Promise<AnswerRow[]> {
  return manager.query(
    `SELECT a.id, a.nomination_id, a.office_id, u.code AS office_code, u.name AS office_name, a.answer,
            a.flag_kind, a.reason, a.attachment_id, f.file_name, a.answered_at, a.answered_by, a.version,
            (a.answer IS NULL AND r.due_date < ${TODAY_SQL}) AS is_overdue,
            to_char(r.due_date, 'YYYY-MM-DD') AS due_date, to_char(${TODAY_SQL}, 'YYYY-MM-DD') AS today
       FROM clearance_answers a
       JOIN clearance_requests r ON r.id = a.request_id
       JOIN units u ON u.id = a.office_id
       LEFT JOIN attachments f ON f.id = a.attachment_id
      WHERE a.request_id = $1 AND ($2::uuid IS NULL OR a.office_id = $2)
      ORDER BY u.name COLLATE "vietnamese"`,
    [requestId, officeId],
  );
}

export function toAnswerResponse(r: AnswerRow): ClearanceAnswerResponse {
  return {
    id: r.id,
    office: { id: r.office_id, code: r.office_code, name: r.office_name },
    answer: r.answer,
    flagKind: r.flag_kind,
    reason: r.reason,
    document:
      r.attachment_id && r.file_name
        ? { id: r.attachment_id, fileName: r.file_name, url: attachmentUrl(r.attachment_id) }
        : null,
    answeredAt: r.answered_at?.toISOString() ?? null,
    answeredBy: r.answered_by,
    isOverdue: r.is_overdue,
    version: r.version,
  };
}

/** The nominees of a request with their names, units and awards. */
export async function nomineeRows(manager: EntityManager, requestId: string) {
  return (await manager.query(
    `SELECT DISTINCT n.id, n.beneficiary_kind AS kind, coalesce(bu.name, p.full_name, hh.head_name) AS name,
            CASE WHEN n.beneficiary_kind = 'collective' THEN NULL ELSE u.name END AS unit_name, t.name AS award
       FROM clearance_answers a
       JOIN nominations n ON n.id = a.nomination_id
       JOIN award_types t ON t.id = n.award_type_id
       LEFT JOIN units bu ON bu.id = n.unit_id
       LEFT JOIN people p ON p.id = n.person_id
       LEFT JOIN households hh ON hh.id = n.household_id
       LEFT JOIN units u ON u.id = coalesce(n.unit_id, p.unit_id, hh.unit_id)
      WHERE a.request_id = $1
      ORDER BY name`,
    [requestId],
  )) as Array<{
    id: string;
    kind: ClearanceNomineeResponse['kind'];
    name: string;
    unit_name: string | null;
    award: string;
  }>;
}

/** The state of a nominee over the given answers of one request (an office's own view). */
export function stateOver(rows: AnswerRow[], kind: ClearanceKind): ClearanceState {
  const facts = rows.map((r) => ({
    kind,
    office: r.office_name,
    answer: r.answer,
    dueDate: r.due_date,
  }));
  return clearanceOutcome(facts, false, rows[0]?.today ?? '').state;
}

export async function summaryOf(
  manager: EntityManager,
  r: ClearanceRequestEntity,
  officeId: string | null,
): Promise<ClearanceRequestSummaryResponse> {
  const [stats] = (await manager.query(
    `SELECT count(DISTINCT a.nomination_id)::int AS nominees, count(a.answer)::int AS answered,
            count(*)::int AS expected,
            coalesce(json_agg(DISTINCT jsonb_build_object('id', u.id, 'code', u.code, 'name', u.name))
              FILTER (WHERE u.id IS NOT NULL), '[]') AS offices,
            (SELECT json_build_object('id', l.id, 'title', l.title) FROM award_lists l WHERE l.id = $3) AS award_list
       FROM clearance_answers a JOIN units u ON u.id = a.office_id
      WHERE a.request_id = $1 AND ($2::uuid IS NULL OR a.office_id = $2)`,
    [r.id, officeId, r.awardListId],
  )) as Array<{
    nominees: number;
    answered: number;
    expected: number;
    offices: ClearanceOfficeRef[];
    award_list: { id: string; title: string } | null;
  }>;
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    year: r.termYear,
    awardList: stats.award_list,
    dueDate: r.dueDate,
    offices: stats.offices.sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    nomineeCount: stats.nominees,
    answered: stats.answered,
    expected: stats.expected,
    createdAt: r.createdAt.toISOString(),
  };
}
