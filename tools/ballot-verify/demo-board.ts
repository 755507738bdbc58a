import {
  type BallotBoard,
  type BallotCryptoParams,
  type GroupOps,
  aggregateBallots,
  decryptTotals,
  encryptBallot,
  generateKeyPair,
  serializeBoard,
  trackerOf,
} from '@thidua/ballots/domain';

/**
 * A sample counted ballot, built the way the server builds one: choose 2 of 4, a few random
 * electronic votes and some paper ballots. For trying the verifier (`--demo <file>`) and its tests.
 */
export function buildDemoBoard<P>(g: GroupOps<P>, voters = 6): BallotBoard {
  const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Minh Châu', 'Phạm Quốc Dũng'];
  const { secretKey, publicKey } = generateKeyPair();
  const params: BallotCryptoParams = {
    ballotId: 'demo-ballot-0001',
    publicKey,
    candidateCount: names.length,
    minMarks: 0,
    maxMarks: 2,
  };
  const ballots = Array.from({ length: voters }, (_, v) =>
    encryptBallot(
      params,
      names.map((_, i) => (i === v % names.length || i === (v * 3 + 1) % names.length ? 1 : 0)),
    ),
  );
  const totals = aggregateBallots(g, ballots, names.length);
  const decryptions = decryptTotals(g, secretKey, params, totals, ballots.length);
  const electronic = decryptions.map((d) => d.count);
  const paper = { issued: 5, returned: 4, valid: 3, invalid: 1, votes: [2, 1, 0, 3] };
  return {
    format: 'thidua-ballot-board',
    version: 1,
    group: 'ristretto255',
    ballot: {
      id: params.ballotId,
      title: 'Bầu Ban Chấp hành Công đoàn (thử)',
      meeting: {
        id: 'demo-meeting',
        title: 'Đại hội thi đua',
        date: '2025-03-01',
        place: 'Hà Nội',
      },
      method: 'chooseK',
      round: 1,
      maxWinners: 2,
      minMarks: 0,
      maxMarks: 2,
      rule: { threshold: 50, denominator: 'valid', comparator: 'gt' },
      eligible: 20,
      present: 15,
      openedAt: '2025-03-01T08:00:00.000Z',
      closedAt: '2025-03-01T08:20:00.000Z',
      candidates: names.map((name, i) => ({
        position: i + 1,
        nominationId: `demo-${i + 1}`,
        name,
      })),
    },
    publicKey,
    committee: { size: 3, threshold: 2 },
    votes: ballots.map((ballot) => ({ tracker: trackerOf(ballot), ballot })),
    tally: { totals, decryptions, electronic },
    paper,
    result: {
      counts: electronic.map((e, i) => e + paper.votes[i]),
      valid: ballots.length + paper.valid,
    },
  };
}

export function demoBoardText<P>(g: GroupOps<P>, voters?: number): string {
  return serializeBoard(buildDemoBoard(g, voters));
}
