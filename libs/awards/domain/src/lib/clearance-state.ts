import type { ClearanceAnswer, ClearanceKind, ClearanceState } from '@thidua/awards/contracts';

/** One office's answer (or silence) about a nominee, in one request. */
export interface ClearanceFact {
  kind: ClearanceKind;
  office: string;
  answer: ClearanceAnswer | null;
  /** `YYYY-MM-DD`: the request's due date. */
  dueDate: string;
}

export interface ClearanceOutcome {
  state: ClearanceState;
  /** The facts that keep the nominee out of a decision (objections, silences past the due date). */
  holding: Array<ClearanceFact & { state: 'objection' | 'overdue' }>;
}

/**
 * A nominee's clearance over every request sent about it, on `today` (`YYYY-MM-DD`, Vietnam): an
 * open objection, or an office silent after its due date, holds the nominee back (Nghị định
 * 152/2025 Art. 4) unless the council overrode; silence before the due date is only pending.
 */
export function clearanceOutcome(
  facts: readonly ClearanceFact[],
  isOverridden: boolean,
  today: string,
): ClearanceOutcome {
  if (!facts.length) return { state: 'none', holding: [] };
  const holding: ClearanceOutcome['holding'] = [];
  for (const f of facts) {
    if (f.answer === 'objection') holding.push({ ...f, state: 'objection' });
    else if (f.answer === null && f.dueDate < today) holding.push({ ...f, state: 'overdue' });
  }
  if (holding.length) {
    if (isOverridden) return { state: 'overridden', holding: [] };
    const state = holding.some((h) => h.state === 'objection') ? 'objection' : 'overdue';
    return { state, holding };
  }
  return { state: facts.some((f) => f.answer === null) ? 'pending' : 'cleared', holding: [] };
}

/** Whether a nominee in this state may go into a decision. */
export const isClearedForDecision = (state: ClearanceState) =>
  state !== 'objection' && state !== 'overdue';
