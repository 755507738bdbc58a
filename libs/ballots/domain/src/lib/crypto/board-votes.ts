import type { BallotCheck, BallotCryptoParams, EncryptedBallot } from './ballot.types';
import type { BallotBoard } from './board';
import type { BoardProblem } from './board-problems';
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
  problems: BoardProblem[],
): EncryptedBallot[] {
  const summable: EncryptedBallot[] = [];
  const alphas = new Map<string, { tracker: string; position: number }>();
  board.votes.forEach((vote, i) => {
    const previous = i > 0 ? board.votes[i - 1].tracker : null;
    // Still checked and added up: the totals must be the sum of every vote the board lists.
    const isRepeated = vote.tracker === previous;
    if (isRepeated) problems.push({ code: 'vote.repeated', tracker: vote.tracker });
    if (previous !== null && vote.tracker < previous) {
      problems.push({ code: 'vote.unsorted', tracker: vote.tracker, previous });
    }
    const check = verifyBallot(g, params, vote.ballot);
    if (!check.ok) problems.push(problemOf(check, vote.tracker, params));
    if (!check.ok && (check.reason === 'shape' || check.reason === 'point')) return;

    const ballot = vote.ballot;
    const tracker = trackerOf(ballot);
    if (tracker !== vote.tracker) {
      problems.push({ code: 'vote.tracker', tracker: vote.tracker, computed: tracker });
    }
    ballot.choices.forEach((choice, index) => {
      const earlier = alphas.get(choice.alpha);
      if (earlier && !isRepeated) {
        problems.push({
          code: 'vote.replayed',
          tracker: vote.tracker,
          earlier: earlier.tracker,
          position: earlier.position,
        });
      } else {
        alphas.set(choice.alpha, { tracker: vote.tracker, position: index + 1 });
      }
    });
    summable.push(ballot);
  });
  return summable;
}

function problemOf(
  check: Exclude<BallotCheck, { ok: true }>,
  tracker: string,
  params: BallotCryptoParams,
): BoardProblem {
  const position = check.index === undefined ? null : check.index + 1;
  switch (check.reason) {
    case 'shape':
      return { code: 'vote.malformed', tracker, position };
    case 'point':
      return { code: 'vote.point', tracker, position };
    case 'proof':
      return { code: 'vote.proof', tracker, position: position ?? 1 };
    case 'overall':
      return {
        code: 'vote.overall',
        tracker,
        minMarks: params.minMarks,
        maxMarks: params.maxMarks,
      };
  }
}
