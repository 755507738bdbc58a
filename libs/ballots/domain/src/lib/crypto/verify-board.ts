import { assertParams } from './ballot-params';
import { type BallotBoard, boardParams } from './board';
import { checkBoardShape } from './board-shape';
import { checkBoardVotes } from './board-votes';
import type { GroupOps } from './group';
import { aggregateBallots, checkDecryption } from './homomorphic-tally';

export interface BoardCheck {
  ok: boolean;
  /** Stable English sentences naming the field, the vote's tracker or the candidate position. */
  errors: string[];
  votes: number;
  /** Per candidate: the proved electronic count plus the paper count. */
  counts: number[];
}

/**
 * Everything a stranger can check on a bulletin board (docs/ballot-verification.md § Verifying):
 * its form, every vote's tracker and proofs, no vote or ciphertext twice, the totals recomputed
 * from the votes, every decryption's proof and count, and result = electronic + paper.
 */
export function verifyBoard<P>(g: GroupOps<P>, input: unknown): BoardCheck {
  const shapeErrors = checkBoardShape(input);
  if (shapeErrors.length > 0) return { ok: false, errors: shapeErrors, votes: 0, counts: [] };
  const board = input as BallotBoard;
  const errors = checkHeader(g, board);
  if (errors.length > 0) return { ok: false, errors, votes: board.votes.length, counts: [] };

  const params = boardParams(board);
  const n = params.candidateCount;
  const summable = checkBoardVotes(g, board, params, errors);
  const totals = aggregateBallots(g, summable, n);
  const electronic: number[] = [];
  for (let i = 0; i < n; i++) {
    const position = i + 1;
    const given = board.tally.totals[i];
    if (given.alpha !== totals[i].alpha || given.beta !== totals[i].beta) {
      errors.push(`The total for candidate position ${position} is not the sum of the votes.`);
    }
    const decryption = board.tally.decryptions[i];
    const problem = checkDecryption(g, params, totals[i], decryption, board.votes.length);
    if (problem) errors.push(decryptionError(problem, position));
    const count = problem ? board.tally.electronic[i] : (decryption as { count: number }).count;
    if (board.tally.electronic[i] !== count) {
      errors.push(
        `The electronic count for candidate position ${position} is ${board.tally.electronic[i]}, but its decryption says ${count}.`,
      );
    }
    electronic.push(count);
  }

  const paper = board.paper;
  if (paper) checkPaper(board, errors);
  const returned = paper ? paper.returned : 0;
  if (board.votes.length + returned > board.ballot.eligible) {
    errors.push(
      `There are more ballots (${board.votes.length} electronic + ${returned} paper) than eligible voters (${board.ballot.eligible}).`,
    );
  }
  const counts = electronic.map((e, i) => e + (paper ? paper.votes[i] : 0));
  counts.forEach((expected, i) => {
    if (board.result.counts[i] !== expected) {
      errors.push(
        `The result for candidate position ${i + 1} is ${board.result.counts[i]}, but electronic ${electronic[i]} + paper ${paper ? paper.votes[i] : 0} = ${expected}.`,
      );
    }
  });
  const valid = board.votes.length + (paper ? paper.valid : 0);
  if (board.result.valid !== valid) {
    errors.push(
      `The result counts ${board.result.valid} valid ballots, but electronic ${board.votes.length} + valid paper ${paper ? paper.valid : 0} = ${valid}.`,
    );
  }
  return { ok: errors.length === 0, errors, votes: board.votes.length, counts };
}

/** What must hold before any vote can be checked: parameters, key, and one entry per candidate. */
function checkHeader<P>(g: GroupOps<P>, board: BallotBoard): string[] {
  const errors: string[] = [];
  const { ballot } = board;
  const n = ballot.candidates.length;
  try {
    assertParams(boardParams(board));
  } catch {
    errors.push(
      `The ballot's marks (minMarks ${ballot.minMarks}, maxMarks ${ballot.maxMarks}) are not possible with ${n} candidates.`,
    );
  }
  if (ballot.method === 'approval' && ballot.maxMarks !== null) {
    errors.push('An approval ballot has no maxMarks (it must be null).');
  }
  if (
    ballot.method === 'chooseK' &&
    (ballot.maxMarks === null || ballot.maxMarks > ballot.maxWinners)
  ) {
    errors.push('A chooseK ballot needs maxMarks, at most maxWinners.');
  }
  ballot.candidates.forEach((candidate, i) => {
    if (candidate.position !== i + 1) {
      errors.push(`Candidate ${i + 1} ("${candidate.name}") has position ${candidate.position}.`);
    }
  });
  try {
    g.decode(board.publicKey);
  } catch {
    errors.push('The public key is not a valid ristretto255 point.');
  }
  if (board.committee.threshold < 1 || board.committee.threshold > board.committee.size) {
    errors.push('The committee threshold must be between 1 and the committee size.');
  }
  const lists: Array<[string, unknown[] | undefined]> = [
    ['tally.totals', board.tally.totals],
    ['tally.decryptions', board.tally.decryptions],
    ['tally.electronic', board.tally.electronic],
    ['paper.votes', board.paper?.votes],
    ['result.counts', board.result.counts],
  ];
  for (const [name, list] of lists) {
    if (list && list.length !== n)
      errors.push(`Field ${name} must have one entry per candidate (${n}).`);
  }
  return errors;
}

function checkPaper(board: BallotBoard, errors: string[]): void {
  const paper = board.paper;
  if (!paper) return;
  if (paper.valid + paper.invalid !== paper.returned) {
    errors.push(
      `Paper ballots: valid ${paper.valid} + invalid ${paper.invalid} is not the ${paper.returned} returned.`,
    );
  }
  if (paper.returned > paper.issued) {
    errors.push(`Paper ballots: ${paper.returned} returned but only ${paper.issued} issued.`);
  }
  paper.votes.forEach((votes, i) => {
    if (votes > paper.valid) {
      errors.push(
        `Paper votes for candidate position ${i + 1} (${votes}) exceed the valid paper ballots (${paper.valid}).`,
      );
    }
  });
}

function decryptionError(problem: string, position: number): string {
  switch (problem) {
    case 'shape':
      return `The decryption for candidate position ${position} is malformed.`;
    case 'point':
      return `The decryption for candidate position ${position} has an invalid point.`;
    case 'proof':
      return `The decryption proof for candidate position ${position} does not verify against the total of the votes.`;
    default:
      return `The decrypted count for candidate position ${position} is not the count in its total.`;
  }
}
