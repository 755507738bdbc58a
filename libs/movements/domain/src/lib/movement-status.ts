import type { MovementStatus, MovementTransition } from '@thidua/movements/contracts';

const TRANSITIONS: Record<MovementTransition, { from: MovementStatus; to: MovementStatus }> = {
  launch: { from: 'draft', to: 'launched' },
  end: { from: 'launched', to: 'ended' },
  reopen: { from: 'ended', to: 'launched' },
};

/** draft → launched → ended (and an ended movement may be reopened). Null when not allowed. */
export function nextMovementStatus(
  status: MovementStatus,
  action: MovementTransition,
): MovementStatus | null {
  const rule = TRANSITIONS[action];
  return rule.from === status ? rule.to : null;
}

/** The emulation years a movement spans (a campaign may straddle two). */
export function movementYears(startDate: string, endDate: string): number[] {
  const from = Number(startDate.slice(0, 4));
  const to = Number(endDate.slice(0, 4));
  return Array.from({ length: Math.max(0, to - from) + 1 }, (_, i) => from + i);
}
