import {
  type BallotBoard,
  aggregateBallots,
  decryptTotals,
  encryptBallot,
  generateKeyPair,
  marksOf,
  nobleGroup,
  sealParams,
  serializeBoard,
  trackerOf,
} from '@thidua/ballots/domain';

/**
 * A counted secret ballot's public record, built the way the server builds one: the votes
 * encrypted, the totals summed and decrypted with proofs, the file's text as published.
 */
export function boardFixture(options: {
  ballotId?: string;
  candidates: Array<{ nominationId: string; name: string }>;
  maxWinners: number;
  /** The chosen nominations of each electronic vote. */
  votes: string[][];
}): { text: string; board: BallotBoard; trackers: string[] } {
  const { secretKey, publicKey } = generateKeyPair();
  const ids = options.candidates.map((c) => c.nominationId);
  const params = sealParams({
    id: options.ballotId ?? 'b1',
    method: 'chooseK',
    maxWinners: options.maxWinners,
    candidateCount: ids.length,
    publicKey,
  });
  const ballots = options.votes.map((choices) => encryptBallot(params, marksOf(ids, { choices })));
  const totals = aggregateBallots(nobleGroup, ballots, ids.length);
  const decryptions = decryptTotals(nobleGroup, secretKey, params, totals, ballots.length);
  const electronic = decryptions.map((d) => d.count);
  const board: BallotBoard = {
    format: 'thidua-ballot-board',
    version: 1,
    group: 'ristretto255',
    ballot: {
      id: params.ballotId,
      title: 'Suy tôn Cờ thi đua năm 2025',
      meeting: { id: 'm1', title: 'Hội nghị tổng kết', date: '2025-12-20', place: 'Hội trường' },
      method: 'chooseK',
      round: 1,
      maxWinners: options.maxWinners,
      minMarks: params.minMarks,
      maxMarks: params.maxMarks,
      rule: { threshold: 50, denominator: 'eligible', comparator: 'gt' },
      eligible: 9,
      present: 9,
      openedAt: '2025-12-20T02:00:00.000Z',
      closedAt: '2025-12-20T02:30:00.000Z',
      candidates: options.candidates.map((c, i) => ({ position: i + 1, ...c })),
    },
    publicKey,
    committee: { size: 3, threshold: 2 },
    votes: ballots.map((ballot) => ({ tracker: trackerOf(ballot), ballot })),
    tally: { totals, decryptions, electronic },
    paper: null,
    result: { counts: [...electronic], valid: ballots.length },
  };
  return { text: serializeBoard(board), board, trackers: board.votes.map((v) => v.tracker) };
}
