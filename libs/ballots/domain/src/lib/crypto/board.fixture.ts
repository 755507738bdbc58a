import type { BallotCryptoParams } from './ballot.types';
import { type BallotBoard, serializeBoard } from './board';
import { encryptBallot } from './encrypt-ballot';
import type { GroupOps } from './group';
import { aggregateBallots, decryptTotals } from './homomorphic-tally';
import { generateKeyPair } from './keys';
import { trackerOf } from './verify-ballot';

/** For tests: a counted ballot's board, built the way the server builds one. */
export interface FixtureOptions {
  method: 'chooseK' | 'approval';
  candidates: string[];
  /** chooseK: K. */
  maxWinners?: number;
  /** One array of 0/1 marks per electronic voter. */
  marks: number[][];
  paper?: BallotBoard['paper'];
  ballotId?: string;
}

export function buildTestBoard<P>(g: GroupOps<P>, options: FixtureOptions): BallotBoard {
  const { secretKey, publicKey } = generateKeyPair();
  const n = options.candidates.length;
  const maxWinners = options.maxWinners ?? 1;
  const params: BallotCryptoParams = {
    ballotId: options.ballotId ?? 'ballot-fixture-1',
    publicKey,
    candidateCount: n,
    minMarks: 0,
    maxMarks: options.method === 'chooseK' ? Math.min(maxWinners, n) : null,
  };
  const ballots = options.marks.map((marks) => encryptBallot(params, marks));
  const totals = aggregateBallots(g, ballots, n);
  const decryptions = decryptTotals(g, secretKey, params, totals, ballots.length);
  const electronic = decryptions.map((d) => d.count);
  const paper = options.paper ?? null;
  const board: BallotBoard = {
    format: 'thidua-ballot-board',
    version: 1,
    group: 'ristretto255',
    ballot: {
      id: params.ballotId,
      title: 'Bầu Ban Chấp hành',
      meeting: { id: 'meeting-1', title: 'Đại hội thi đua', date: '2025-03-01', place: 'Hà Nội' },
      method: options.method,
      round: 1,
      maxWinners,
      minMarks: params.minMarks,
      maxMarks: params.maxMarks,
      rule: { threshold: 50, denominator: 'valid', comparator: 'gt' },
      eligible: 100,
      present: 90,
      openedAt: '2025-03-01T08:00:00.000Z',
      closedAt: '2025-03-01T08:30:00.000Z',
      candidates: options.candidates.map((name, i) => ({
        position: i + 1,
        nominationId: `nomination-${i + 1}`,
        name,
      })),
    },
    publicKey,
    committee: { size: 3, threshold: 2 },
    votes: ballots.map((ballot) => ({ tracker: trackerOf(ballot), ballot })),
    tally: { totals, decryptions, electronic },
    paper,
    result: {
      counts: electronic.map((e, i) => e + (paper ? paper.votes[i] : 0)),
      valid: ballots.length + (paper ? paper.valid : 0),
    },
  };
  // As published: sorted, and parsed back from the file's text.
  return JSON.parse(serializeBoard(board)) as BallotBoard;
}
