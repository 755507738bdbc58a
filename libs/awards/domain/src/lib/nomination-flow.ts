import type { NominationAction, NominationStatus } from '@thidua/awards/contracts';

/**
 * draft → submitted (by the unit) → accepted or returned (by the bloc's secretariat) → voted (at the
 * bloc, passed or not) → sent to the province in an award list → approved or rejected (provincial
 * council) → decided (decision number and date) → awarded. A returned nomination can be edited and
 * submitted again.
 */
export const NOMINATION_FLOW: Record<
  NominationAction,
  { from: NominationStatus[]; to: NominationStatus }
> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  return: { from: ['submitted'], to: 'returned' },
  accept: { from: ['submitted'], to: 'accepted' },
  recordVote: { from: ['accepted'], to: 'voted' },
  send: { from: ['voted'], to: 'sent' },
  approve: { from: ['sent'], to: 'approved' },
  reject: { from: ['sent'], to: 'rejected' },
  decide: { from: ['approved'], to: 'decided' },
  award: { from: ['decided'], to: 'awarded' },
};

/** The next status, or null when the step is out of order. */
export function nextNominationStatus(
  status: NominationStatus,
  action: NominationAction,
): NominationStatus | null {
  const step = NOMINATION_FLOW[action];
  return step.from.includes(status) ? step.to : null;
}

/**
 * Why a step that is in order is still refused by the nomination itself, or null: only a
 * nomination that passed its vote goes on to the province.
 */
export function nominationStepRefusal(
  nomination: { votePassed: boolean | null },
  action: NominationAction,
): 'nominations.voteNotPassed' | null {
  return action === 'send' && nomination.votePassed !== true ? 'nominations.voteNotPassed' : null;
}

/** Statuses in which the content may still change. */
export const EDITABLE_STATUSES: NominationStatus[] = ['draft', 'returned'];

/** Nominations still alive for the one-award-per-achievement and quota checks. */
export const ACTIVE_STATUSES: NominationStatus[] = [
  'submitted',
  'accepted',
  'voted',
  'sent',
  'approved',
  'decided',
];
