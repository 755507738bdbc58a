import type { BlocSummaryResponse, UnitRef } from '@thidua/registry/contracts';
import type { AttachmentResponse } from '@thidua/shared/contracts';

/** Scales in use: 100 or 1,000 points for the criteria (bonus and penalty come on top). */
export const SCORE_SCALES = [100, 1000] as const;
export type ScoreScale = (typeof SCORE_SCALES)[number];

/** A criterion scores towards its group; a bonus item adds; a penalty item subtracts. */
export const SCORE_ITEM_KINDS = ['criterion', 'bonus', 'penalty'] as const;
export type ScoreItemKind = (typeof SCORE_ITEM_KINDS)[number];

/**
 * Tie-breaks between equal totals, in the bloc's order; a tie they leave is decided by the
 * conference's ballot.
 * - `firstGroup`: higher score in the first group of criteria;
 * - `fewerPenalties`: fewer penalty points;
 * - `moreBonus`: more bonus points.
 */
export const TIE_BREAKS = ['firstGroup', 'fewerPenalties', 'moreBonus'] as const;
export type TieBreak = (typeof TIE_BREAKS)[number];
export const DEFAULT_TIE_BREAKS: readonly TieBreak[] = ['firstGroup', 'fewerPenalties'];

/**
 * A unit's score card: `draft` → `submitted` → `checked` (or `returned` with a reason, then
 * submitted again) → `agreed` (the conference agrees the table) → `locked` (the secretariat locks).
 */
export const UNIT_SCORE_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'checked',
  'agreed',
  'locked',
] as const;
export type UnitScoreStatus = (typeof UNIT_SCORE_STATUSES)[number];

export const UNIT_SCORE_ACTIONS = ['submit', 'check', 'return'] as const;
export type UnitScoreAction = (typeof UNIT_SCORE_ACTIONS)[number];

/** The sheet: `draft` while units score and are checked, `agreed` by the conference, then `locked`. */
export const SCORE_SHEET_STATUSES = ['draft', 'agreed', 'locked'] as const;
export type ScoreSheetStatus = (typeof SCORE_SHEET_STATUSES)[number];

export interface ScoreItem {
  /** Present for an item that already exists (keeps the units' scores on it). */
  id?: string;
  content: string;
  /** The maximum of a criterion, or the cap of a bonus or penalty item. */
  maxPoints: number;
  /** How it is scored, shown to the units (optional). */
  guidance?: string | null;
}

export interface ScoreGroup {
  id?: string;
  title: string;
  criteria: ScoreItem[];
}

export interface SaveScoreSheetRequest {
  scale: ScoreScale;
  groups: ScoreGroup[];
  bonusItems: ScoreItem[];
  penaltyItems: ScoreItem[];
  /** Cap of all bonus points together (null: the sum of the items' caps). */
  bonusCap: number | null;
  /** Cap of all penalty points together (null: the sum of the items' caps). */
  penaltyCap: number | null;
  tieBreaks: TieBreak[];
  /** The sheet's version that was read (0 before the sheet exists); a stale one gets 409. */
  version: number;
}

/** A sheet's content: what a save writes, without the version it was read at. */
export type ScoreSheetContent = Omit<SaveScoreSheetRequest, 'version'>;

export interface ScoreItemResponse {
  id: string;
  kind: ScoreItemKind;
  content: string;
  maxPoints: number;
  guidance: string | null;
}

export interface ScoreGroupResponse {
  id: string;
  title: string;
  maxPoints: number;
  criteria: ScoreItemResponse[];
}

export interface ScoreSheetResponse {
  id: string;
  bloc: BlocSummaryResponse;
  year: number;
  scale: ScoreScale;
  status: ScoreSheetStatus;
  groups: ScoreGroupResponse[];
  bonusItems: ScoreItemResponse[];
  penaltyItems: ScoreItemResponse[];
  bonusCap: number | null;
  penaltyCap: number | null;
  tieBreaks: TieBreak[];
  /** Where the sheet started from: blank, last year's sheet, or the pledge's targets. */
  source: 'blank' | 'previousYear' | 'pledge';
  agreedAt: string | null;
  lockedAt: string | null;
  /** Whether the criteria may still change (no unit has submitted yet). */
  isEditable: boolean;
  canManage: boolean;
  version: number;
}

export interface ScoreEntryRequest {
  itemId: string;
  points: number | null;
  explanation?: string | null;
}

export interface SaveSelfAssessmentRequest {
  entries: ScoreEntryRequest[];
  /** The card's version that was read; a stale one gets 409. */
  version: number;
}

export interface ScoreAdjustmentRequest {
  itemId: string;
  points: number;
  reason: string;
}

export interface SaveAdjustmentsRequest {
  adjustments: ScoreAdjustmentRequest[];
  /** The card's version that was read; a stale one gets 409. */
  version: number;
}

export interface UnitScoreTransitionRequest {
  action: UnitScoreAction;
  /** Required to return a card. */
  reason?: string | null;
  version: number;
}

export interface ScoreEntryResponse {
  itemId: string;
  selfPoints: number | null;
  explanation: string | null;
  /** The checked score where the head or deputy adjusted it, with the reason. */
  checkedPoints: number | null;
  adjustReason: string | null;
  adjustedBy: string | null;
  /** `checkedPoints` when adjusted, else `selfPoints`. */
  finalPoints: number | null;
  evidence: AttachmentResponse[];
}

export interface ScoreTotals {
  criteria: number;
  /** Each group's points, in the sheet's order. */
  groups: number[];
  bonus: number;
  penalty: number;
  total: number;
}

export interface UnitScoreResponse {
  id: string;
  unit: UnitRef;
  role: 'head' | 'deputy' | null;
  status: UnitScoreStatus;
  entries: ScoreEntryResponse[];
  selfTotals: ScoreTotals;
  finalTotals: ScoreTotals;
  returnReason: string | null;
  submittedAt: string | null;
  checkedAt: string | null;
  checkedBy: UnitRef | null;
  /** The unit that checks this card: the deputy for the head's own card, else the head. */
  checker: UnitRef | null;
  canEdit: boolean;
  canCheck: boolean;
  version: number;
}

export interface ScoreBoardRowResponse {
  unit: UnitRef;
  role: 'head' | 'deputy' | null;
  status: UnitScoreStatus;
  scoredCount: number;
  itemCount: number;
  selfTotal: number;
  finalTotal: number;
  submittedAt: string | null;
  checkedAt: string | null;
  canEdit: boolean;
  canCheck: boolean;
}

/** The progress board: every member unit's card in the year. */
export interface ScoreBoardResponse {
  sheet: ScoreSheetResponse;
  rows: ScoreBoardRowResponse[];
  counts: Record<UnitScoreStatus, number>;
  canAgree: boolean;
  canLock: boolean;
}

export interface RankingItemResponse {
  rank: number;
  unit: UnitRef;
  total: number;
  groups: number[];
  bonus: number;
  penalty: number;
  /** Tied with another unit after every tie-break: the ballot decides between them. */
  isTiedForBallot: boolean;
  /** Ranked first: the unit leading the bloc (condition of the Emulation Flag). */
  leadsBloc: boolean;
}

export interface RankingResponse {
  bloc: BlocSummaryResponse;
  year: number;
  scale: ScoreScale;
  status: ScoreSheetStatus;
  /** Whether the ranking is final (the table is locked). */
  isFinal: boolean;
  tieBreaks: TieBreak[];
  groupTitles: string[];
  items: RankingItemResponse[];
}

export interface TargetComparisonRowResponse {
  unit: UnitRef;
  /** The targets the unit registered in the year's pledge. */
  pledgedTargets: string[];
  /** Its results against the movement's targets, in the order of `targets`. */
  results: Array<{ value: number | null; note: string | null }>;
  /** Its final points on each criterion that came from the pledge, in the order of `criteria`. */
  points: Array<number | null>;
  total: number | null;
}

/** What the units pledged beside what they achieved and scored. */
export interface TargetComparisonResponse {
  year: number;
  targets: Array<{ content: string; measure: string | null; targetValue: number | null }>;
  criteria: Array<{ id: string; content: string; maxPoints: number }>;
  rows: TargetComparisonRowResponse[];
}

export type RankingFormat = 'json' | 'xlsx' | 'pdf';

export const SCORING_ERROR_CODES = {
  sheetNotFound: 'scoring.sheetNotFound',
  sheetExists: 'scoring.sheetExists',
  sheetInUse: 'scoring.sheetInUse',
  locked: 'scoring.locked',
  aboveMax: 'scoring.aboveMax',
  invalidTransition: 'scoring.invalidTransition',
  ownSheet: 'scoring.ownSheet',
  notAllChecked: 'scoring.notAllChecked',
  incomplete: 'scoring.incomplete',
} as const;
