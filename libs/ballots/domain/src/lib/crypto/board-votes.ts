import type { BallotCheck, BallotCryptoParams, EncryptedBallot } from './ballot.types';
import type { BallotBoard } from './board';
import type { GroupOps } from './group';
import { trackerOf, verifyBallot } from './verify-ballot';

/**
 * Checks the board's votes: sorted by tracker with no tracker twice, each tracker the SHA-256 of
 * its ballot, each ballot's proofs, and no ciphertext reused from another vote (a copied
 * ciphertext would repeat someone else's choice without knowing it). Returns the ballots whose
 * points are sound, to add up.
 */
export function checkBoardVotes<P>(
  g: GroupOps<P>,
  board: BallotBoard,
  params: BallotCryptoParams,
  errors: string[],
): EncryptedBallot[] {
  const summable: EncryptedBallot[] = [];
  const alphas = new Map<string, { tracker: string; position: number }>();
  board.votes.forEach((vote, i) => {
    const previous = i > 0 ? board.votes[i - 1].tracker : null;
    // Still checked and added up: the totals must be the sum of every vote the board lists.
    const isRepeated = vote.tracker === previous;
    if (isRepeated) errors.push(`Vote ${vote.tracker} appears more than once.`);
    if (previous !== null && vote.tracker < previous) {
      errors.push(`Votes are not sorted by tracker: ${vote.tracker} comes after ${previous}.`);
    }
    const check = verifyBallot(g, params, vote.ballot);
    if (!check.ok) errors.push(`Vote ${vote.tracker}: ${describe(check, params)}`);
    if (!check.ok && (check.reason === 'shape' || check.reason === 'point')) return;

    const ballot = vote.ballot;
    const tracker = trackerOf(ballot);
    if (tracker !== vote.tracker) {
      errors.push(
        `Vote ${vote.tracker}: the tracker does not match the encrypted ballot, whose SHA-256 is ${tracker}.`,
      );
    }
    ballot.choices.forEach((choice, index) => {
      const earlier = alphas.get(choice.alpha);
      if (earlier && !isRepeated) {
        errors.push(
          `Vote ${vote.tracker} repeats the ciphertext of vote ${earlier.tracker} (candidate position ${earlier.position}).`,
        );
      } else {
        alphas.set(choice.alpha, { tracker: vote.tracker, position: index + 1 });
      }
    });
    summable.push(ballot);
  });
  return summable;
}

function describe(check: Exclude<BallotCheck, { ok: true }>, params: BallotCryptoParams): string {
  const where = check.index === undefined ? '' : ` (candidate position ${check.index + 1})`;
  switch (check.reason) {
    case 'shape':
      return `the encrypted ballot is malformed${where}.`;
    case 'point':
      return `the encrypted ballot has an invalid point${where || ' (overall proof)'}.`;
    case 'proof':
      return `the proof that candidate position ${(check.index ?? 0) + 1} is marked 0 or 1 does not verify.`;
    case 'overall':
      return `the proof that the ballot has ${params.minMarks} to ${params.maxMarks} marks does not verify.`;
  }
}
