import type { BeneficiaryKind, NominationStatus } from '@thidua/awards/contracts';
import type { ActivityReportState } from '@thidua/movements/contracts';
import type { BlocSummaryResponse, UnitRef } from '@thidua/registry/contracts';

/** Counts per beneficiary kind (tập thể, cá nhân, hộ gia đình) and their sum. */
export interface KindCounts {
  collective: number;
  individual: number;
  household: number;
  total: number;
}

/** `?year=&blocId=`: the whole province (board, viewers) or one bloc (its secretariat). */
export interface DashboardQuery {
  year: number;
  blocId?: string;
}

export interface AwardTypeCount extends KindCounts {
  awardTypeId: string;
  code: string;
  name: string;
}

export interface BlocFigures {
  bloc: BlocSummaryResponse;
  memberCount: number;
  pledgeSigned: number;
  awards: KindCounts;
}

export interface YearAwards extends KindCounts {
  year: number;
}

/** Activity figures summed over the units' reports of the year (sinh hoạt chuyên đề, hội nghị…). */
export interface ActivityFigures {
  expectedReports: number;
  reports: number;
  lateReports: number;
  sessionsHeld: number;
  conferencesHeld: number;
  attendees: number;
  memberCount: number;
  participantCount: number;
  /** participants / members, in percent with one decimal; null when no member was reported. */
  participationPercent: number | null;
  modelsBuilt: number;
}

export interface DashboardResponse {
  year: number;
  /** The bloc looked at, or null for every bloc. */
  bloc: BlocSummaryResponse | null;
  blocCount: number;
  memberUnits: number;
  pledges: {
    /** Blocs with a pledge this year. */
    pledges: number;
    locked: number;
    /** Member units that signed / member units of blocs with a pledge. */
    signed: number;
    members: number;
  };
  nominations: Array<{ status: NominationStatus; count: number }>;
  ballots: {
    held: number;
    open: number;
    /** Votes cast over voters eligible, in the closed ballots, in percent with one decimal. */
    turnoutPercent: number | null;
    votes: number;
    eligible: number;
  };
  awards: {
    totals: KindCounts;
    byType: AwardTypeCount[];
    /** The five years up to `year`, for the trend. */
    byYear: YearAwards[];
  };
  /** Per bloc (every-bloc view only; empty for one bloc). */
  blocs: BlocFigures[];
  activity: ActivityFigures;
  scoring: ScoringFigures;
}

/** The year's scoring (chấm điểm thi đua) in the scope: score sheets and the units' cards. */
export interface ScoringFigures {
  /** Blocs with a score sheet this year. */
  sheets: number;
  /** Sheets the conference agreed, and those locked (ranking final). */
  agreed: number;
  locked: number;
  /** Member units of blocs with a sheet; of them, cards submitted (or further), checked, locked. */
  units: number;
  submitted: number;
  checked: number;
}

export const AWARD_REPORT_GROUPS = ['award', 'bloc', 'unit'] as const;
/** Rows of the awards report: per award type, per bloc or per unit. */
export type AwardReportGroup = (typeof AWARD_REPORT_GROUPS)[number];

export interface AwardsReportQuery {
  year: number;
  groupBy?: AwardReportGroup;
  blocId?: string;
}

export interface AwardsReportRow extends KindCounts {
  key: string;
  label: string;
  /** The bloc of a unit row; the award's code of an award row. */
  detail: string | null;
}

export interface AwardsReportResponse {
  year: number;
  groupBy: AwardReportGroup;
  bloc: BlocSummaryResponse | null;
  rows: AwardsReportRow[];
  totals: KindCounts;
}

export interface MovementReportQuery {
  movementId: string;
  year: number;
  blocId?: string;
}

export interface ParticipationRow {
  unit: UnitRef;
  state: ActivityReportState;
  sessionsHeld: number | null;
  conferencesHeld: number | null;
  attendees: number | null;
  memberCount: number | null;
  participantCount: number | null;
  participationPercent: number | null;
  modelsBuilt: number | null;
  submittedAt: string | null;
}

export interface ParticipationReportResponse {
  movement: { id: string; title: string };
  year: number;
  bloc: BlocSummaryResponse | null;
  dueDate: string;
  rows: ParticipationRow[];
  totals: ActivityFigures;
}

export interface TargetComparisonRow {
  targetId: string;
  content: string;
  measure: string | null;
  targetValue: number | null;
  /** Units that reported a value against the target. */
  reported: number;
  /** Units whose value reached the target value. */
  reached: number;
  /** Units expected to report. */
  expected: number;
  average: number | null;
  /** reached / expected, in percent with one decimal. */
  reachedPercent: number | null;
}

export interface TargetsReportResponse {
  movement: { id: string; title: string };
  year: number;
  bloc: BlocSummaryResponse | null;
  rows: TargetComparisonRow[];
  /** What the units registered in their pledges that year (bloc pledges of the movement). */
  pledgedTargets: Array<{ unit: UnitRef; targets: string[]; titles: string[] }>;
}

export const REPORT_FORMATS = ['xlsx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface AwardRecordRow {
  id: string;
  year: number;
  award: { id: string; code: string; name: string };
  kind: BeneficiaryKind;
  /** The person's or household's name for rows of a unit's people; the unit's name otherwise. */
  beneficiary: string;
  /** The person, for a link to their record. */
  personId: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
}

export interface NominationRecordRow {
  id: string;
  year: number;
  award: { id: string; code: string; name: string };
  kind: BeneficiaryKind;
  beneficiary: string;
  personId: string | null;
  status: NominationStatus;
  votes: number | null;
  voteDenominator: number | null;
}

/** A unit's whole record, year by year. */
export interface UnitRecordResponse {
  unit: UnitRef & { kindName: string | null; isArchived: boolean };
  memberships: Array<{
    year: number;
    bloc: BlocSummaryResponse;
    role: 'head' | 'deputy' | null;
    /** The unit's place in the bloc's locked score table that year (`of` units ranked), if any. */
    score: { rank: number; total: number; of: number } | null;
  }>;
  pledges: Array<{
    year: number;
    bloc: BlocSummaryResponse;
    title: string;
    signedOn: string | null;
    targets: string[];
    titles: string[];
  }>;
  nominations: NominationRecordRow[];
  /** One row per round: a runoff is a ballot of its own, with its own count. */
  ballots: Array<{
    ballotId: string;
    year: number;
    title: string;
    /** 1, or 2 and more for a runoff. */
    round: number;
    award: string;
    votes: number | null;
    denominator: number | null;
    elected: boolean;
  }>;
  awards: AwardRecordRow[];
  activityReports: Array<{
    movement: { id: string; title: string };
    year: number;
    sessionsHeld: number;
    conferencesHeld: number;
    attendees: number;
    participationPercent: number | null;
    modelsBuilt: number;
  }>;
}

export interface PersonRecordResponse {
  person: {
    id: string;
    fullName: string;
    birthYear: number | null;
    sex: 'male' | 'female';
    position: string | null;
    unit: UnitRef | null;
  };
  nominations: NominationRecordRow[];
  awards: AwardRecordRow[];
}
