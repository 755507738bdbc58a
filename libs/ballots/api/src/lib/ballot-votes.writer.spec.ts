import type { DataSource } from 'typeorm';

import { BallotVotesWriter, type VoteToWrite, newReceipt } from './ballot-votes.writer';

/**
 * The writer's batching: the SQL itself runs against PostgreSQL in apps/api-e2e (ballots spec);
 * here a stand-in database answers each statement's rows, so that batches can be observed.
 */
function fakeDatabase(answer: (codes: Array<string | null>) => Promise<unknown[]>) {
  const statements: Array<Array<string | null>> = [];
  const dataSource = {
    query: jest.fn(async (_sql: string, params: unknown[]) => {
      const codes = params[4] as Array<string | null>;
      statements.push(codes);
      return answer(codes);
    }),
  } as unknown as DataSource;
  return { statements, writer: new BallotVotesWriter(dataSource) };
}

const vote = (code: string): VoteToWrite => ({
  ballotId: '00000000-0000-4000-8000-000000000001',
  meetingId: '00000000-0000-4000-8000-000000000002',
  voterId: null,
  codeHash: code,
  receipt: `R-${code}`,
  choices: ['a'],
  ciphertext: null,
  alphas: null,
  isNamed: false,
  voteKey: null,
  via: 'code',
});

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

const written = (codes: Array<string | null>) =>
  Promise.resolve(codes.map((_, idx) => ({ idx, found: true, status: 'open', written: true })));

describe('BallotVotesWriter', () => {
  it('should write votes that arrive together in one statement and answer each its own row', async () => {
    const { statements, writer } = fakeDatabase(async (codes) =>
      codes.map((code, idx) => ({
        idx,
        found: code !== 'unknown',
        status: 'open',
        written: code === 'first',
      })),
    );
    const answers = await Promise.all(
      ['first', 'again', 'unknown'].map((c) => writer.write(vote(c))),
    );
    expect(statements).toEqual([['first', 'again', 'unknown']]);
    expect(answers).toEqual([
      { isVoterFound: true, status: 'open', isWritten: true },
      { isVoterFound: true, status: 'open', isWritten: false },
      { isVoterFound: false, status: 'open', isWritten: false },
    ]);
  });

  it('should let a vote on a quiet server go at once, alone', async () => {
    const { statements, writer } = fakeDatabase(written);
    await writer.write(vote('one'));
    await writer.write(vote('two'));
    expect(statements).toEqual([['one'], ['two']]);
  });

  it('should keep at most four statements in flight and gather the votes that wait', async () => {
    const releases: Array<() => void> = [];
    const { statements, writer } = fakeDatabase(
      (codes) => new Promise((resolve) => releases.push(() => resolve(written(codes)))),
    );
    const first: Array<Promise<unknown>> = [];
    for (let i = 0; i < 4; i += 1) {
      first.push(writer.write(vote(`a${i}`)));
      await nextTurn();
    }
    expect(statements).toEqual([['a0'], ['a1'], ['a2'], ['a3']]);
    const waiting = ['b0', 'b1', 'b2'].map((c) => writer.write(vote(c)));
    await nextTurn();
    expect(statements).toHaveLength(4);
    releases.splice(0).forEach((release) => release());
    await Promise.all(first);
    await nextTurn();
    expect(statements.slice(4)).toEqual([['b0', 'b1', 'b2']]);
    releases.splice(0).forEach((release) => release());
    await expect(Promise.all(waiting)).resolves.toHaveLength(3);
  });

  it('should retry the votes of a failed statement one by one, so one bad vote refuses no other', async () => {
    const { statements, writer } = fakeDatabase(async (codes) => {
      if (codes.includes('bad')) throw new Error('duplicate receipt');
      return written(codes);
    });
    const answers = await Promise.allSettled(
      ['ok1', 'bad', 'ok2'].map((c) => writer.write(vote(c))),
    );
    expect(answers.map((a) => a.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(statements).toEqual([['ok1', 'bad', 'ok2'], ['ok1'], ['bad'], ['ok2']]);
  });

  it('should cut a burst into statements of at most 250 votes', async () => {
    const { statements, writer } = fakeDatabase(written);
    await Promise.all(Array.from({ length: 600 }, (_, i) => writer.write(vote(`c${i}`))));
    expect(statements.map((s) => s.length)).toEqual([250, 250, 100]);
  });

  it('should write the votes still waiting before the application stops', async () => {
    const { statements, writer } = fakeDatabase(written);
    const pending = ['x', 'y'].map((c) => writer.write(vote(c)));
    await writer.onApplicationShutdown();
    expect(statements.flat()).toEqual(['x', 'y']);
    await expect(Promise.all(pending)).resolves.toHaveLength(2);
  });

  it('should draw receipts of 12 hexadecimal digits that do not repeat', () => {
    const receipts = Array.from({ length: 5000 }, () => newReceipt());
    expect(receipts.every((r) => /^[0-9A-F]{12}$/.test(r))).toBe(true);
    expect(new Set(receipts).size).toBe(5000);
  });
});
