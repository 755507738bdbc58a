import type { BlocSummaryResponse, UnitRef } from '@thidua/registry/contracts';
import type { AttachmentResponse } from '@thidua/shared/contracts';

export const MOVEMENT_KINDS = ['regular', 'thematic', 'special'] as const;
/** thường xuyên (regular yearly), chuyên đề (thematic), đợt thi đua đặc biệt (special campaign). */
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export const MOVEMENT_STATUSES = ['draft', 'launched', 'ended'] as const;
export type MovementStatus = (typeof MOVEMENT_STATUSES)[number];

export interface MovementTarget {
  id?: string;
  content: string;
  /** The measure of the target value, e.g. "%", "hội nghị", "mô hình". */
  measure: string | null;
  targetValue: number | null;
}

export interface MovementListItemResponse {
  id: string;
  kind: MovementKind;
  title: string;
  launchingAuthority: string;
  launchDate: string | null;
  startDate: string;
  endDate: string;
  status: MovementStatus;
  blocCount: number;
  unitCount: number;
}

export interface ExemplaryModelResponse {
  id: string;
  name: string;
  unit: UnitRef;
  description: string | null;
  recognizedOn: string;
}

export interface MovementResultResponse {
  targetId: string;
  unit: UnitRef;
  value: number | null;
  note: string | null;
  reportedAt: string;
  /** Sent back with a change of this result (409 when someone else changed it meanwhile). */
  version: number;
}

export interface MovementResponse {
  id: string;
  kind: MovementKind;
  title: string;
  slogan: string | null;
  launchingAuthority: string;
  launchDate: string | null;
  startDate: string;
  endDate: string;
  anniversaries: string[];
  targets: Array<MovementTarget & { id: string }>;
  blocs: BlocSummaryResponse[];
  units: UnitRef[];
  status: MovementStatus;
  midYearReviewDate: string | null;
  yearEndReviewDate: string | null;
  documents: AttachmentResponse[];
  models: ExemplaryModelResponse[];
  results: MovementResultResponse[];
  /** The user may edit, launch and end it (admin, or the secretariat of the unit that created it). */
  canManage: boolean;
  /** The units the user may report results for. */
  reportableUnitIds: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface SaveMovementRequest {
  kind: MovementKind;
  title: string;
  slogan?: string | null;
  launchingAuthority: string;
  launchDate?: string | null;
  startDate: string;
  endDate: string;
  anniversaries?: string[];
  targets?: MovementTarget[];
  blocIds?: string[];
  unitIds?: string[];
  midYearReviewDate?: string | null;
  yearEndReviewDate?: string | null;
}

export interface UpdateMovementRequest extends SaveMovementRequest {
  version: number;
}

export type MovementTransition = 'launch' | 'end' | 'reopen';

export interface MovementTransitionRequest {
  action: MovementTransition;
  version: number;
}

export interface ReportMovementResultRequest {
  unitId: string;
  /** Each result with the version it was read at (0 for a target not reported yet). */
  results: Array<{ targetId: string; value: number | null; note?: string | null; version: number }>;
}

export interface SaveExemplaryModelRequest {
  name: string;
  unitId: string;
  description?: string | null;
  recognizedOn: string;
}

export interface MovementListQuery {
  q?: string;
  page?: number;
  pageSize?: number;
  sort?: string;
  kind?: MovementKind;
  status?: MovementStatus;
  year?: number;
  blocId?: string;
}

/** Titles a unit may register to strive for in its pledge. */
export const PLEDGE_TITLES = [
  'Cờ thi đua của Chính phủ',
  'Cờ thi đua của UBND tỉnh',
  'Bằng khen của Chủ tịch UBND tỉnh',
  'Tập thể lao động xuất sắc',
  'Tập thể lao động tiên tiến',
] as const;

export type PledgeStatus = 'open' | 'locked';
export type SignatureMethod = 'app' | 'paper';

export interface PledgeSignatureResponse {
  unit: UnitRef;
  signerName: string;
  signerPosition: string;
  signedOn: string;
  method: SignatureMethod;
  scan: AttachmentResponse | null;
  recordedBy: string | null;
  recordedAt: string;
}

export interface PledgeUnitResponse {
  unit: UnitRef;
  /** Trưởng khối / Phó khối this year. */
  role: 'head' | 'deputy' | null;
  targets: string[];
  titles: string[];
  signature: PledgeSignatureResponse | null;
  /** The version of the unit's registration (0 before its first save). */
  version: number;
}

export interface PledgeResponse {
  id: string;
  blocId: string;
  bloc: BlocSummaryResponse;
  year: number;
  movement: { id: string; title: string } | null;
  title: string;
  place: string;
  commitments: string[];
  status: PledgeStatus;
  lockedAt: string | null;
  units: PledgeUnitResponse[];
  signedCount: number;
  memberCount: number;
  /** The secretariat of the bloc this year (edit, record paper signatures, reopen). */
  canManage: boolean;
  /** Units the user may sign for in the app. */
  signableUnitIds: string[];
  version: number;
}

export interface SavePledgeRequest {
  title: string;
  /** The place of the date line; left out, the organisation profile's (a new pledge) or as it was. */
  place?: string;
  movementId?: string | null;
  commitments: string[];
  version?: number;
}

export interface SavePledgeUnitRequest {
  targets: string[];
  titles: string[];
  /** The registration's version that was read (0 before its first save); a stale one gets 409. */
  version: number;
}

export interface SignPledgeRequest {
  unitId: string;
  signerName: string;
  signerPosition: string;
  signedOn: string;
  /** `paper`: recorded by the secretariat from the signed original, with `scanAttachmentId`. */
  method: SignatureMethod;
  scanAttachmentId?: string | null;
}

export interface ReopenPledgeRequest {
  reason: string;
}

/** The figures a unit reports for a movement and a year (sinh hoạt chuyên đề, hội nghị, lượt người…). */
export interface ActivityFiguresInput {
  /** Thematic sessions held (buổi sinh hoạt chuyên đề). */
  sessionsHeld: number;
  /** Conferences held (hội nghị quán triệt, học tập). */
  conferencesHeld: number;
  /** Attendances over all sessions and conferences (lượt người tham dự). */
  attendees: number;
  /** Members of the unit (cán bộ, đảng viên, người lao động). */
  memberCount: number;
  /** Members who took part; at most `memberCount`. */
  participantCount: number;
  /** Exemplary models built (mô hình, công trình, phần việc). */
  modelsBuilt: number;
}

export interface SaveActivityReportRequest extends ActivityFiguresInput {
  unitId: string;
  year: number;
  summary?: string | null;
  /** The report's version that was read (0 before it is first sent); a stale one gets 409. */
  version: number;
}

/**
 * Where a unit stands with its report: sent by the due date (`onTime`), sent after it (`late`),
 * not sent and the due date not passed (`pending`) or passed (`overdue`).
 */
export type ActivityReportState = 'onTime' | 'late' | 'pending' | 'overdue';

export interface ActivityReportResponse extends ActivityFiguresInput {
  id: string;
  movementId: string;
  unit: UnitRef;
  year: number;
  summary: string | null;
  /** participantCount / memberCount in percent, one decimal; null without members. */
  participationPercent: number | null;
  submittedAt: string;
  submittedBy: string | null;
  /** Sent back with a change of this report (409 when someone else changed it meanwhile). */
  version: number;
}

export interface ActivityReportStatusRow {
  unit: UnitRef;
  state: ActivityReportState;
  report: ActivityReportResponse | null;
}

export interface ActivityReportsResponse {
  movementId: string;
  year: number;
  /** The report is due on this day (yyyy-MM-dd). */
  dueDate: string;
  expected: number;
  reported: number;
  late: number;
  overdue: number;
  rows: ActivityReportStatusRow[];
  /** Units the user may report for. */
  reportableUnitIds: string[];
}

export const MOVEMENT_ERROR_CODES = {
  notFound: 'movements.notFound',
  invalidTransition: 'movements.invalidTransition',
  endBeforeStart: 'movements.endBeforeStart',
  notParticipant: 'movements.notParticipant',
  notEditable: 'movements.notEditable',
  pledgeNotFound: 'pledges.notFound',
  pledgeExists: 'pledges.exists',
  pledgeLocked: 'pledges.locked',
  notMember: 'pledges.notMember',
  alreadySigned: 'pledges.alreadySigned',
  scanRequired: 'pledges.scanRequired',
  yearOutsideMovement: 'movements.yearOutsideMovement',
  participantsOverMembers: 'movements.participantsOverMembers',
  notReportable: 'movements.notReportable',
} as const;
