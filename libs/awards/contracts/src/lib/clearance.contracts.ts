import type { BeneficiaryKind, ReviewFlagKind } from './awards.contracts';

/**
 * Clearance (xác nhận, Nghị định 152/2025 Art. 4) and concurrence (hiệp y): the board asks offices
 * (police, tax, the inspectorate…, or the nominee's locality) about its nominees before a decision.
 * Both kinds share one model: a request, its offices, one answer per office and nominee.
 */
export const CLEARANCE_KINDS = ['clearance', 'concurrence'] as const;
export type ClearanceKind = (typeof CLEARANCE_KINDS)[number];

export const CLEARANCE_ANSWERS = ['noObjection', 'objection'] as const;
export type ClearanceAnswer = (typeof CLEARANCE_ANSWERS)[number];

/**
 * A nominee's state over every request sent about it: `none` (never asked), `pending` (an office
 * has not answered, due date not passed), `cleared`, `objection` (an open objection), `overdue` (an
 * office has not answered by its due date), `overridden` (the council let it through with a reason).
 * `objection` and `overdue` keep the nominee out of a decision.
 */
export const CLEARANCE_STATES = [
  'none',
  'pending',
  'cleared',
  'objection',
  'overdue',
  'overridden',
] as const;
export type ClearanceState = (typeof CLEARANCE_STATES)[number];

export interface CreateClearanceRequest {
  title: string;
  year: number;
  /** The award list whose nominees are asked about; or `nominationIds` (a batch). */
  awardListId?: string | null;
  nominationIds?: string[];
  /** The offices (units of the registry) asked. */
  officeIds: string[];
  dueDate: string;
  note?: string | null;
}

export interface AnswerClearanceRequest {
  nominationId: string;
  answer: ClearanceAnswer;
  /** Required with an objection: what is pending (becomes the review flag's kind). */
  flagKind?: ReviewFlagKind | null;
  /** Required with an objection. */
  reason?: string | null;
  /** An uploaded document (`POST …/:id/documents`). */
  attachmentId?: string | null;
  /** The answer being replaced (0 for the first answer). */
  version: number;
}

export interface ClearanceOverrideRequest {
  nominationId: string;
  reason: string;
}

export interface ClearanceOfficeRef {
  id: string;
  code: string;
  name: string;
}

/** One office's answer about one nominee. */
export interface ClearanceAnswerResponse {
  id: string;
  office: ClearanceOfficeRef;
  answer: ClearanceAnswer | null;
  flagKind: ReviewFlagKind | null;
  reason: string | null;
  document: { id: string; fileName: string; url: string } | null;
  answeredAt: string | null;
  answeredBy: string | null;
  /** Past the due date without an answer. */
  isOverdue: boolean;
  version: number;
}

export interface ClearanceNomineeResponse {
  nominationId: string;
  kind: BeneficiaryKind;
  name: string;
  unitName: string | null;
  award: string;
  state: ClearanceState;
  /** Only the caller's own office's answer for a clearance office; every office's for the board. */
  answers: ClearanceAnswerResponse[];
  override: { reason: string; by: string | null; at: string } | null;
}

export interface ClearanceRequestSummaryResponse {
  id: string;
  kind: ClearanceKind;
  title: string;
  year: number;
  awardList: { id: string; title: string } | null;
  dueDate: string;
  offices: ClearanceOfficeRef[];
  nomineeCount: number;
  /** Answers given / expected (for a clearance office: its own). */
  answered: number;
  expected: number;
  createdAt: string;
}

export interface ClearanceRequestResponse extends ClearanceRequestSummaryResponse {
  note: string | null;
  nominees: ClearanceNomineeResponse[];
  /** The caller may answer (a clearance office the request was sent to). */
  canAnswer: boolean;
  canManage: boolean;
}

/** A nominee the decision gate refuses, with why. */
export interface ClearanceBlocker {
  nominationId: string;
  name: string;
  reasons: Array<{ state: 'objection' | 'overdue'; kind: ClearanceKind; office: string }>;
}

/** A nominee's state on an award list row. */
export interface ClearanceSummary {
  state: ClearanceState;
  /** The offices holding it back (objection or overdue), by name. */
  offices: string[];
}
