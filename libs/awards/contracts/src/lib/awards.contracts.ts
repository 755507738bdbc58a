import type { BlocSummaryResponse, UnitRef } from '@thidua/registry/contracts';
import type { AttachmentResponse, MessageParams } from '@thidua/shared/contracts';

export const BENEFICIARY_KINDS = ['collective', 'individual', 'household'] as const;
/** tập thể, cá nhân, hộ gia đình. */
export type BeneficiaryKind = (typeof BENEFICIARY_KINDS)[number];

export const AWARD_KINDS = ['regular', 'sudden', 'thematic'] as const;
/** thường xuyên (công trạng), đột xuất, chuyên đề (theo phong trào). */
export type AwardKind = (typeof AWARD_KINDS)[number];

export const BALLOT_DENOMINATORS = ['eligible', 'present', 'valid'] as const;
/** All eligible voters, voters present, or valid ballots. */
export type BallotDenominator = (typeof BALLOT_DENOMINATORS)[number];
export type BallotComparator = 'gt' | 'gte';

export interface BallotRule {
  /** Percentage, e.g. 50 (with `gt`: more than half), 66.67 (two thirds), 70, 90. */
  threshold: number;
  denominator: BallotDenominator;
  comparator: BallotComparator;
}

/**
 * Prerequisites the eligibility rules check, as data an admin can edit:
 * - `consecutiveTitles`: N consecutive years of `awardCode` (e.g. CSTĐ tỉnh: 3 × CSTĐCS).
 * - `consecutiveTitlesOrExcellence`: N consecutive years of `awardCode`, or N consecutive years of
 *   "hoàn thành xuất sắc nhiệm vụ" with `initiatives` recognised initiatives (Bằng khen, cá nhân).
 * - `leadsBloc`: the unit leads its bloc in the year (Cờ thi đua).
 * - `memberShares`: collective titles — at least `minLdttPercent` % of members LĐTT, all complete
 *   their tasks when `allComplete`, at least `minCstdcs` CSTĐCS, nobody disciplined.
 */
export type Prerequisite = (
  | { kind: 'consecutiveTitles'; awardCode: string; years: number }
  | { kind: 'consecutiveTitlesOrExcellence'; awardCode: string; years: number; initiatives: number }
  | { kind: 'leadsBloc' }
  | { kind: 'memberShares'; minLdttPercent: number; allComplete: boolean; minCstdcs: number }
) & {
  /** The beneficiary kinds the prerequisite applies to; all when absent. */
  appliesTo?: BeneficiaryKind[];
};

export interface AwardRuleVersion {
  id: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  legalCitation: string;
  /** × the base salary (mức lương cơ sở). */
  bonusCoefficient: number;
  ballot: BallotRule;
  /** Most nominations per bloc and year; null = no cap. */
  quotaPerBloc: number | null;
  prerequisites: Prerequisite[];
}

export interface AwardTypeResponse {
  id: string;
  code: string;
  name: string;
  /** Danh hiệu thi đua (title) or hình thức khen thưởng (form of commendation). */
  category: 'title' | 'commendation';
  beneficiaryKinds: BeneficiaryKind[];
  decidingAuthority: string;
  kind: AwardKind;
  sortOrder: number;
  isActive: boolean;
  versions: AwardRuleVersion[];
  version: number;
}

export interface SaveAwardTypeRequest {
  code: string;
  name: string;
  category: 'title' | 'commendation';
  beneficiaryKinds: BeneficiaryKind[];
  decidingAuthority: string;
  kind: AwardKind;
  sortOrder?: number;
  isActive?: boolean;
  version?: number;
}

export interface SaveAwardRuleVersionRequest {
  effectiveFrom: string;
  effectiveTo?: string | null;
  legalCitation: string;
  bonusCoefficient: number;
  ballot: BallotRule;
  quotaPerBloc?: number | null;
  prerequisites: Prerequisite[];
  /** The award's version that was read (its rules are part of it); a stale one gets 409. */
  version: number;
}

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];

export interface PersonResponse {
  id: string;
  fullName: string;
  birthYear: number | null;
  sex: Sex;
  position: string | null;
  unit: UnitRef | null;
  version: number;
}

export interface SavePersonRequest {
  fullName: string;
  birthYear?: number | null;
  sex: Sex;
  position?: string | null;
  unitId?: string | null;
  version?: number;
}

export interface HouseholdResponse {
  id: string;
  headName: string;
  address: string;
  unit: UnitRef | null;
  version: number;
}

export interface SaveHouseholdRequest {
  headName: string;
  address: string;
  unitId?: string | null;
  version?: number;
}

export interface BeneficiaryRef {
  kind: BeneficiaryKind;
  id: string;
  name: string;
  /** Unit of the person or household; the unit itself for a collective. */
  unit: UnitRef | null;
}

export interface AwardHistoryResponse {
  id: string;
  year: number;
  award: { id: string; code: string; name: string };
  beneficiary: BeneficiaryRef;
  decisionNumber: string | null;
  decisionDate: string | null;
  source: 'import' | 'nomination' | 'manual';
}

export interface SaveAwardHistoryRequest {
  year: number;
  awardTypeId: string;
  beneficiaryKind: BeneficiaryKind;
  beneficiaryId: string;
  decisionNumber?: string | null;
  decisionDate?: string | null;
}

/** Yearly assessment of a person or unit, the basis of several chains. */
export const PERFORMANCE_RATINGS = ['excellent', 'good', 'complete', 'incomplete'] as const;
export type PerformanceRating = (typeof PERFORMANCE_RATINGS)[number];

export const REVIEW_FLAG_KINDS = [
  'discipline',
  'investigation',
  'inspection',
  'complaint',
] as const;
export type ReviewFlagKind = (typeof REVIEW_FLAG_KINDS)[number];

export const NOMINATION_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'accepted',
  'voted',
  'sent',
  'approved',
  'rejected',
  'decided',
  'awarded',
] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

export const NOMINATION_ACTIONS = [
  'submit',
  'return',
  'accept',
  'recordVote',
  'send',
  'approve',
  'reject',
  'decide',
  'award',
] as const;
export type NominationAction = (typeof NOMINATION_ACTIONS)[number];

export type EligibilityStatus = 'pass' | 'warning' | 'blocker';

export interface EligibilityResult {
  rule: string;
  status: EligibilityStatus;
  /** The explanation as a code (`eligibility.*`) and its parameters: the web shows it in its language. */
  code: string;
  params: MessageParams;
  /** The explanation in Vietnamese. */
  message: string;
  /** The legal basis: the catalogue's citation (data), or the domain's own in Vietnamese… */
  citation: string | null;
  /** …then also as a code (`eligibility.citation.*`) that the web translates. */
  citationCode: string | null;
}

export interface NominationVote {
  votes: number;
  denominator: number;
  percent: number;
  passed: boolean;
}

export interface NominationEvent {
  at: string;
  actor: string | null;
  action: NominationAction | 'create' | 'update' | 'override';
  from: NominationStatus | null;
  to: NominationStatus;
  reason: string | null;
}

export interface CollectiveFigures {
  memberCount: number;
  ldttCount: number;
  cstdcsCount: number;
  allCompleted: boolean;
  disciplinedCount: number;
  womenCount: number;
}

export interface NominationResponse {
  id: string;
  year: number;
  award: { id: string; code: string; name: string; kind: AwardKind };
  beneficiary: BeneficiaryRef;
  proposingUnit: UnitRef;
  bloc: BlocSummaryResponse | null;
  movement: { id: string; title: string } | null;
  summary: string;
  figures: CollectiveFigures | null;
  report: AttachmentResponse | null;
  status: NominationStatus;
  vote: NominationVote | null;
  returnReason: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  overrideReason: string | null;
  eligibility: EligibilityResult[];
  timeline: NominationEvent[];
  /** Actions the user may take now. */
  allowedActions: NominationAction[];
  canEdit: boolean;
  version: number;
  createdAt: string;
}

export interface NominationListItemResponse {
  id: string;
  year: number;
  award: { id: string; code: string; name: string };
  beneficiary: BeneficiaryRef;
  proposingUnit: UnitRef;
  bloc: BlocSummaryResponse | null;
  status: NominationStatus;
  blockers: number;
  warnings: number;
  vote: NominationVote | null;
}

export interface SaveNominationRequest {
  year: number;
  awardTypeId: string;
  beneficiaryKind: BeneficiaryKind;
  beneficiaryId: string;
  proposingUnitId: string;
  movementId?: string | null;
  summary: string;
  figures?: CollectiveFigures | null;
  reportAttachmentId?: string | null;
  version?: number;
}

export interface NominationTransitionRequest {
  action: NominationAction;
  reason?: string | null;
  /** For `recordVote`. */
  vote?: { votes: number; denominator: number; passed: boolean } | null;
  /** For `decide`. */
  decisionNumber?: string | null;
  decisionDate?: string | null;
  /** An admin overriding the eligibility blockers on `submit`/`accept`, with the reason. */
  overrideBlockers?: boolean;
  version: number;
}

export interface NominationListQuery {
  q?: string;
  page?: number;
  pageSize?: number;
  sort?: string;
  year?: number;
  blocId?: string;
  awardTypeId?: string;
  status?: NominationStatus;
  beneficiaryKind?: BeneficiaryKind;
}
