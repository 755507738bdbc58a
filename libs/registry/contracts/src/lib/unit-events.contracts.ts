import type { UnitRef } from './registry.contracts';

export const UNIT_EVENT_KIND_VALUES = [
  'rename',
  'merge',
  'absorb',
  'split',
  'move',
  'dissolve',
] as const;
/** Rename, merge (A + B → C), absorb (B into A), split (A → B + C, or A → A + B), move, dissolve. */
export type UnitEventKindValue = (typeof UNIT_EVENT_KIND_VALUES)[number];

export const LINEAGE_RULE_VALUES = ['all', 'main', 'none'] as const;
export type LineageRuleValue = (typeof LINEAGE_RULE_VALUES)[number];

/** The decision that made an event: its number, date and the authority that signed it. */
export interface UnitEventDecision {
  number: string;
  /** yyyy-MM-dd */
  date: string;
  decidedBy: string;
}

export interface UnitEventResponse {
  id: string;
  kind: UnitEventKindValue;
  /** yyyy-MM-dd */
  effectiveDate: string;
  decision: UnitEventDecision;
  note: string | null;
  sources: UnitRef[];
  targets: UnitRef[];
  mainSource: UnitRef | null;
  previousName: string | null;
  newName: string | null;
  previousParent: UnitRef | null;
  newParent: UnitRef | null;
  createdAt: string;
  /** Only the newest event of its units can be undone, and only until they change again. */
  canUndo: boolean;
}

/** A new unit that a merge or a split brings into being. */
export interface NewUnitOfEvent {
  code: string;
  name: string;
  shortName?: string | null;
}

export interface CreateUnitEventRequest {
  kind: UnitEventKindValue;
  effectiveDate: string;
  decision: UnitEventDecision;
  note?: string | null;
  /** Units the event takes, besides the unit of the URL (which is always one of them). */
  otherSourceIds?: string[];
  /** Existing units the event gives to: the absorbing unit; for a split that goes on, the unit itself. */
  targetIds?: string[];
  /** New units it creates (merge: exactly one; split: one or more). */
  newUnits?: NewUnitOfEvent[];
  /** The main predecessor of a merge (its history is the main line). */
  mainSourceId?: string | null;
  /** rename */
  newName?: string;
  /** move: the new parent, or null for the top level. */
  newParentId?: string | null;
}

export interface LineageLinkResponse {
  unit: UnitRef;
  event: { id: string; kind: UnitEventKindValue; effectiveDate: string; decisionNumber: string };
  depth: number;
  main: boolean;
}

export interface UnitLineageResponse {
  unit: UnitRef;
  names: Array<{ name: string; from: string | null; to: string | null }>;
  predecessors: LineageLinkResponse[];
  successors: LineageLinkResponse[];
  /** The rule in force and whose history counts for this unit under it, up to which year. */
  rule: LineageRuleValue;
  inherits: Array<{ unit: UnitRef; untilYear: number }>;
}

export interface LineageSettingsResponse {
  rule: LineageRuleValue;
  /** The guidance the rule follows, as the admin cites it. */
  citation: string;
  version: number;
}

export interface UpdateLineageSettingsRequest {
  rule: LineageRuleValue;
  citation: string;
  version: number;
}
