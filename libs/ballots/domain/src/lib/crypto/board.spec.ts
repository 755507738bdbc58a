import { type BallotBoard, boardFingerprint, serializeBoard } from './board';
import { englishOf } from './board-problems';
import { buildTestBoard } from './board.fixture';
import { encryptBallot } from './encrypt-ballot';
import { nobleVerifyGroup as g } from './group';
import { trackerOf } from './verify-ballot';
import { verifyBoard } from './verify-board';

const good = buildTestBoard(g, {
  method: 'chooseK',
  candidates: ['An', 'Bình', 'Chi'],
  maxWinners: 2,
  marks: [
    [1, 1, 0],
    [0, 1, 0],
    [1, 0, 1],
    [0, 0, 0],
  ],
  paper: { issued: 10, returned: 6, valid: 5, invalid: 1, votes: [3, 1, 4] },
});

const copy = (): BallotBoard => JSON.parse(JSON.stringify(good));

describe('verifyBoard', () => {
  it('passes a good board and gives its counts', () => {
    const check = verifyBoard(g, good);
    expect(check).toEqual({ ok: true, problems: [], errors: [], votes: 4, counts: [5, 3, 5] });
    expect(good.tally.electronic).toEqual([2, 2, 1]);
  });

  it('passes an approval board without paper', () => {
    const approval = buildTestBoard(g, {
      method: 'approval',
      candidates: ['An', 'Bình'],
      marks: [
        [1, 1],
        [0, 1],
      ],
    });
    expect(verifyBoard(g, approval)).toMatchObject({ ok: true, counts: [1, 2] });
  });

  it('names a changed ciphertext', () => {
    const board = copy();
    const vote = board.votes[1];
    vote.ballot.choices[0].beta = g.encode(
      g.add(g.decode(vote.ballot.choices[0].beta), g.base(1n)),
    );
    const { ok, errors, problems } = verifyBoard(g, board);
    expect(ok).toBe(false);
    expect(problems).toContainEqual({ code: 'vote.proof', tracker: vote.tracker, position: 1 });
    expect(problems.map(englishOf)).toEqual(errors);
    expect(errors).toContain(
      `Vote ${vote.tracker}: the proof that candidate position 1 is marked 0 or 1 does not verify.`,
    );
    expect(errors.join('\n')).toContain(`Vote ${vote.tracker}: the tracker does not match`);
  });

  it('names a removed vote by the totals it no longer makes', () => {
    const board = copy();
    board.votes.splice(2, 1);
    const { errors } = verifyBoard(g, board);
    expect(errors).toContain('The total for candidate position 1 is not the sum of the votes.');
    expect(errors.join('\n')).toMatch(/decryption proof for candidate position 1 does not verify/);
  });

  it('names a duplicated vote', () => {
    const board = copy();
    board.votes.splice(1, 0, board.votes[1]);
    const { errors } = verifyBoard(g, board);
    expect(errors).toContain(`Vote ${board.votes[1].tracker} appears more than once.`);
    expect(errors).toContain('The total for candidate position 2 is not the sum of the votes.');
  });

  it('names a vote that copies another vote’s ciphertext', () => {
    const board = copy();
    const params = { ballotId: board.ballot.id, publicKey: board.publicKey };
    const copied = encryptBallot(
      { ...params, candidateCount: 3, minMarks: 0, maxMarks: 2 },
      [0, 0, 0],
    );
    // The copied choice's own proof still verifies; only the repeat gives it away.
    copied.choices[2] = board.votes[0].ballot.choices[2];
    board.votes.push({ tracker: 'f'.repeat(64), ballot: copied });
    const { errors } = verifyBoard(g, board);
    expect(errors.join('\n')).toContain(`repeats the ciphertext of vote ${board.votes[0].tracker}`);
  });

  it('names a changed count, wherever it was changed', () => {
    const result = copy();
    result.result.counts[1] += 1;
    expect(verifyBoard(g, result).errors).toEqual([
      'The result for candidate position 2 is 4, but electronic 2 + paper 1 = 3.',
    ]);
    const electronic = copy();
    electronic.tally.electronic[0] = 3;
    expect(verifyBoard(g, electronic).errors).toContain(
      'The electronic count for candidate position 1 is 3, but its decryption says 2.',
    );
    const decrypted = copy();
    decrypted.tally.decryptions[2].count = 2;
    expect(verifyBoard(g, decrypted).errors).toContain(
      'The decrypted count for candidate position 3 is not the count in its total.',
    );
  });

  it('names a changed decryption factor', () => {
    const board = copy();
    const d = board.tally.decryptions[0];
    d.factor = g.encode(g.add(g.decode(d.factor), g.base(1n)));
    expect(verifyBoard(g, board).errors).toEqual([
      'The decryption proof for candidate position 1 does not verify against the total of the votes.',
    ]);
  });

  it('names a changed paper count', () => {
    const board = copy();
    const paper = board.paper as NonNullable<BallotBoard['paper']>;
    paper.votes[2] = 2;
    expect(verifyBoard(g, board).errors).toEqual([
      'The result for candidate position 3 is 5, but electronic 1 + paper 2 = 3.',
    ]);
    paper.invalid = 0;
    expect(verifyBoard(g, board).errors).toContain(
      'Paper ballots: valid 5 + invalid 0 is not the 6 returned.',
    );
  });

  it('names fields of the wrong form without doing any arithmetic', () => {
    type Loose = Record<string, unknown>;
    const board = copy() as unknown as { ballot: Loose; result: Loose; extra?: boolean };
    board.ballot.title = 7;
    board.extra = true;
    delete board.result.valid;
    expect(verifyBoard(g, board).errors).toEqual([
      'Field board.extra is not part of the format.',
      'Field board.ballot.title must be a string.',
      'Field board.result.valid is missing.',
    ]);
    expect(verifyBoard(g, null).ok).toBe(false);
    expect(verifyBoard(g, { ...copy(), version: 2 }).errors).toEqual([
      'Field board.version must be 1.',
    ]);
  });

  it('recomputes every tracker', () => {
    for (const vote of good.votes) expect(trackerOf(vote.ballot)).toBe(vote.tracker);
    const board = copy();
    board.votes[0].tracker = '0'.repeat(64);
    expect(verifyBoard(g, board).errors.join('\n')).toMatch(/tracker does not match/);
  });
});

describe('serializeBoard', () => {
  it('gives the same bytes whatever the key and vote order', () => {
    const text = serializeBoard(good);
    const shuffled = JSON.parse(JSON.stringify(good), function (key, value) {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        return Object.fromEntries(Object.entries(value).reverse());
      }
      return value;
    });
    shuffled.votes.reverse();
    expect(serializeBoard(shuffled)).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "format": "thidua-ballot-board",\n  "version": 1,')).toBe(true);
    expect(boardFingerprint(text)).toMatch(/^[0-9a-f]{64}$/);
    expect(boardFingerprint(text)).toBe(boardFingerprint(serializeBoard(JSON.parse(text))));
  });
});
