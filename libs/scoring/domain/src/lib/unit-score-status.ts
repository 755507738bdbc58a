import type { UnitScoreAction, UnitScoreStatus } from '@thidua/scoring/contracts';

const TRANSITIONS: Record<UnitScoreAction, Partial<Record<UnitScoreStatus, UnitScoreStatus>>> = {
  submit: { draft: 'submitted', returned: 'submitted' },
  check: { submitted: 'checked' },
  return: { submitted: 'returned', checked: 'returned' },
};

/** The card's next status after an action, or null when the action is not allowed from there. */
export function nextUnitScoreStatus(
  status: UnitScoreStatus,
  action: UnitScoreAction,
): UnitScoreStatus | null {
  return TRANSITIONS[action][status] ?? null;
}

/** The unit edits its own scores while its card is a draft or returned to it. */
export function isEditableByUnit(status: UnitScoreStatus): boolean {
  return status === 'draft' || status === 'returned';
}

/** The head or deputy adjusts scores while the card is submitted (before checking it). */
export function isAdjustable(status: UnitScoreStatus): boolean {
  return status === 'submitted';
}

/**
 * The conference may agree the table when every member's card is checked; the secretariat locks
 * an agreed table. Answers what the sheet becomes, or null when not allowed.
 */
export function sheetTransition(
  sheetStatus: 'draft' | 'agreed' | 'locked',
  action: 'agree' | 'lock',
  cardStatuses: readonly UnitScoreStatus[],
): 'agreed' | 'locked' | null {
  if (action === 'agree')
    return sheetStatus === 'draft' &&
      cardStatuses.length > 0 &&
      cardStatuses.every((s) => s === 'checked')
      ? 'agreed'
      : null;
  return sheetStatus === 'agreed' ? 'locked' : null;
}

/**
 * Who checks a card: the head unit, except the head's own card, which goes to the deputy. Null
 * when the bloc has no head (or no deputy for the head's card) that year.
 */
export function checkerOf(
  unitId: string,
  leadership: { headUnitId: string | null; deputyUnitId: string | null },
): string | null {
  if (unitId === leadership.headUnitId) return leadership.deputyUnitId;
  return leadership.headUnitId;
}

/**
 * Whether a unit may check a card: the head or deputy of the year, never its own card. Both
 * leading units check the members' cards; the head's card only the deputy.
 */
export function mayCheck(
  checkerUnitId: string,
  cardUnitId: string,
  leadership: { headUnitId: string | null; deputyUnitId: string | null },
): boolean {
  if (checkerUnitId === cardUnitId) return false;
  if (cardUnitId === leadership.headUnitId) return checkerUnitId === leadership.deputyUnitId;
  return checkerUnitId === leadership.headUnitId || checkerUnitId === leadership.deputyUnitId;
}
