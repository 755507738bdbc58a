import type { BeneficiaryKind, ClearanceSummary, NominationStatus } from '@thidua/awards/contracts';
import type { BlocSummaryResponse, UnitRef } from '@thidua/registry/contracts';

export const AWARD_LIST_ORDERS = ['units', 'names'] as const;
/** The units' order (the bloc's rotation order), or names in Vietnamese order. */
export type AwardListOrder = (typeof AWARD_LIST_ORDERS)[number];
export type AwardListStatus = 'draft' | 'sent' | 'decided';

/** The cover letter (tờ trình đề nghị khen thưởng): every field editable before printing. */
export interface CoverLetter {
  parentAgency: string;
  issuingAgency: string;
  /**
   * The issuer as named in running text ("Sở Nội vụ tỉnh Bắc Ninh kính đề nghị …"), where the
   * header line is in capitals. Absent in letters saved before it existed: the bloc's name or the
   * header line on one line stand in.
   */
  issuerName?: string;
  /** e.g. "15/TTr-KTĐ". */
  number: string;
  place: string;
  date: string;
  /** Kính gửi. */
  recipients: string[];
  /** Căn cứ. */
  bases: string[];
  /** The request, e.g. "Đề nghị Chủ tịch UBND tỉnh tặng Cờ thi đua …". */
  subject: string;
  /** Extra body text before the counts. */
  body: string;
  attachmentsLine: string;
  /** Nơi nhận. */
  copyTo: string[];
  signerTitle: string;
  signerPosition: string;
  signerName: string;
}

export interface AwardListRow {
  nominationId: string;
  /** Continuous within its section. */
  stt: number;
  kind: BeneficiaryKind;
  award: { id: string; code: string; name: string };
  name: string;
  birthYear: number | null;
  sex: 'male' | 'female' | null;
  position: string | null;
  unit: UnitRef | null;
  summary: string;
  votes: number | null;
  denominator: number | null;
  percent: number | null;
  note: string | null;
  status: NominationStatus;
  /** Clearance and concurrence: what the offices answered (Nghị định 152/2025 Art. 4). */
  clearance: ClearanceSummary;
}

export interface AwardListSection {
  /** I. Tập thể, II. Cá nhân, III. Hộ gia đình. */
  numeral: 'I' | 'II' | 'III';
  kind: BeneficiaryKind;
  title: string;
  groups: Array<{ award: { id: string; code: string; name: string }; rows: AwardListRow[] }>;
}

export interface AwardListResponse {
  id: string;
  title: string;
  year: number;
  bloc: BlocSummaryResponse | null;
  order: AwardListOrder;
  status: AwardListStatus;
  sections: AwardListSection[];
  counts: { collective: number; individual: number; household: number };
  coverLetter: CoverLetter;
  decision: { number: string; date: string; signer: string; rejected: string[] } | null;
  canManage: boolean;
  version: number;
  createdAt: string;
}

export interface AwardListSummaryResponse {
  id: string;
  title: string;
  year: number;
  bloc: BlocSummaryResponse | null;
  status: AwardListStatus;
  counts: { collective: number; individual: number; household: number };
  createdAt: string;
}

export interface SaveAwardListRequest {
  title: string;
  year: number;
  blocId?: string | null;
  order: AwardListOrder;
  nominationIds: string[];
  notes?: Record<string, string>;
  coverLetter?: Partial<CoverLetter>;
  version?: number;
}

/** Send a draft list to the province, from the version that was read. */
export interface SendAwardListRequest {
  version: number;
}

export interface RecordDecisionRequest {
  number: string;
  date: string;
  signer: string;
  /** The rows the province did not approve. */
  rejectedNominationIds: string[];
  version: number;
}

export const EXPORT_FORMATS = ['pdf', 'docx', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** What a background export renders: the list, its cover letter or its certificates. */
export const EXPORT_JOB_KINDS = ['list', 'coverLetter', 'certificates'] as const;
export type ExportJobKind = (typeof EXPORT_JOB_KINDS)[number];
export type ExportJobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface ExportJobResponse {
  id: string;
  status: ExportJobStatus;
  /** 0–100. */
  progress: number;
  format: ExportFormat;
  fileName: string;
  url: string | null;
  /** Attempts started so far (a failed attempt is retried a few times, with a growing delay). */
  attempts: number;
  /** Why it failed: a server message code (`exportJobs.failed`, `awardLists.notDecided`…). */
  error: string | null;
  /** The failure in Vietnamese, for clients without the message catalogue. */
  errorMessage: string | null;
}

export const CERTIFICATE_FIELDS = [
  'title',
  'name',
  'unit',
  'achievement',
  'decision',
  'dateLine',
  'signer',
] as const;
export type CertificateField = (typeof CERTIFICATE_FIELDS)[number];

/** Where each field is printed on a pre-printed blank, in millimetres from the top-left corner. */
export interface CertificateFieldPosition {
  x: number;
  y: number;
  width: number;
  fontSize: number;
  align: 'left' | 'center' | 'right';
  bold?: boolean;
  italic?: boolean;
}

export interface CertificateLayoutResponse {
  awardTypeId: string;
  orientation: 'portrait' | 'landscape';
  fields: Record<CertificateField, CertificateFieldPosition>;
  /** 0 while the award still has the default layout; sent back with a change (409 when stale). */
  version: number;
}

export type SaveCertificateLayoutRequest = Omit<CertificateLayoutResponse, 'awardTypeId'>;
