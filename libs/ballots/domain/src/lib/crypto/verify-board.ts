import { assertParams } from './ballot-params';
import { type BallotBoard, boardParams } from './board';
import { type BoardProblem, englishOf } from './board-problems';
import { checkBoardShape } from './board-shape';
import { checkBoardVotes } from './board-votes';
import type { GroupOps } from './group';
import { aggregateBallots, checkDecryption, type DecryptionProblem } from './homomorphic-tally';

export interface BoardCheck {
  ok: boolean;
  /** What is wrong, as data to word in the reader's language. */
  problems: BoardProblem[];
  /** The same as stable English sentences naming the field, the vote's tracker or the position. */
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
  const shapeProblems = checkBoardShape(input);
  if (shapeProblems.length > 0) return result(shapeProblems, 0, []);
  const board = input as BallotBoard;
  const problems = checkHeader(g, board);
  if (problems.length > 0) return result(problems, board.votes.length, []);

  const params = boardParams(board);
  const n = params.candidateCount;
  const summable = checkBoardVotes(g, board, params, problems);
  const totals = aggregateBallots(g, summable, n);
  const electronic: number[] = [];
  for (let i = 0; i < n; i++) {
    const position = i + 1;
    const given = board.tally.totals[i];
    if (given.alpha !== totals[i].alpha || given.beta !== totals[i].beta) {
      problems.push({ code: 'total.notSum', position });
    }
    const decryption = board.tally.decryptions[i];
    const problem = checkDecryption(g, params, totals[i], decryption, board.votes.length);
    if (problem) problems.push({ code: DECRYPTION_PROBLEMS[problem], position });
    const count = problem ? board.tally.electronic[i] : (decryption as { count: number }).count;
    if (board.tally.electronic[i] !== count) {
      problems.push({
        code: 'count.mismatch',
        position,
        recorded: board.tally.electronic[i],
        decrypted: count,
      });
    }
    electronic.push(count);
  }

  const paper = board.paper;
  if (paper) checkPaper(board, problems);
  const returned = paper ? paper.returned : 0;
  if (board.votes.length + returned > board.ballot.eligible) {
    problems.push({
      code: 'ballots.tooMany',
      electronic: board.votes.length,
      paper: returned,
      eligible: board.ballot.eligible,
    });
  }
  const counts = electronic.map((e, i) => e + (paper ? paper.votes[i] : 0));
  counts.forEach((expected, i) => {
    if (board.result.counts[i] !== expected) {
      problems.push({
        code: 'result.count',
        position: i + 1,
        recorded: board.result.counts[i],
        electronic: electronic[i],
        paper: paper ? paper.votes[i] : 0,
        expected,
      });
    }
  });
  const valid = board.votes.length + (paper ? paper.valid : 0);
  if (board.result.valid !== valid) {
    problems.push({
      code: 'result.valid',
      recorded: board.result.valid,
      electronic: board.votes.length,
      paper: paper ? paper.valid : 0,
      expected: valid,
    });
  }
  return result(problems, board.votes.length, counts);
}

/** What must hold before any vote can be checked: parameters, key, and one entry per candidate. */
function checkHeader<P>(g: GroupOps<P>, board: BallotBoard): BoardProblem[] {
  const problems: BoardProblem[] = [];
  const { ballot } = board;
  const n = ballot.candidates.length;
  try {
    assertParams(boardParams(board));
  } catch {
    problems.push({
      code: 'header.marks',
      minMarks: ballot.minMarks,
      maxMarks: ballot.maxMarks,
      candidates: n,
    });
  }
  if (ballot.method === 'approval' && ballot.maxMarks !== null) {
    problems.push({ code: 'header.approvalMaxMarks' });
  }
  if (
    ballot.method === 'chooseK' &&
    (ballot.maxMarks === null || ballot.maxMarks > ballot.maxWinners)
  ) {
    problems.push({ code: 'header.chooseKMaxMarks' });
  }
  ballot.candidates.forEach((candidate, i) => {
    if (candidate.position !== i + 1) {
      problems.push({
        code: 'header.position',
        index: i + 1,
        name: candidate.name,
        position: candidate.position,
      });
    }
  });
  try {
    g.decode(board.publicKey);
  } catch {
    problems.push({ code: 'header.publicKey' });
  }
  if (board.committee.threshold < 1 || board.committee.threshold > board.committee.size) {
    problems.push({ code: 'header.threshold' });
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
      problems.push({ code: 'header.perCandidate', field: name, candidates: n });
  }
  return problems;
}

function checkPaper(board: BallotBoard, problems: BoardProblem[]): void {
  const paper = board.paper;
  if (!paper) return;
  if (paper.valid + paper.invalid !== paper.returned) {
    problems.push({
      code: 'paper.sum',
      valid: paper.valid,
      invalid: paper.invalid,
      returned: paper.returned,
    });
  }
  if (paper.returned > paper.issued) {
    problems.push({ code: 'paper.returned', returned: paper.returned, issued: paper.issued });
  }
  paper.votes.forEach((votes, i) => {
    if (votes > paper.valid) {
      problems.push({ code: 'paper.votes', position: i + 1, votes, valid: paper.valid });
    }
  });
}

const DECRYPTION_PROBLEMS = {
  shape: 'decryption.malformed',
  point: 'decryption.point',
  proof: 'decryption.proof',
  count: 'decryption.count',
} as const satisfies Record<DecryptionProblem, BoardProblem['code']>;

function result(problems: BoardProblem[], votes: number, counts: number[]): BoardCheck {
  return { ok: problems.length === 0, problems, errors: problems.map(englishOf), votes, counts };
}
