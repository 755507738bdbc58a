import { HttpHeaders, HttpResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';

import type { BallotResultsResponse } from '@thidua/ballots/contracts';
import { ballotFixture, BallotsApi } from '@thidua/ballots/data-access';
import { boardFingerprint } from '@thidua/ballots/domain';
import { keepReceipt, VotingCodeMemory } from '@thidua/ballots/feature-vote';

import { boardFixture } from '../testing/board-fixture';
import { BOARD_VERIFIER } from './board-verifier';
import { checkBoardText } from './board-report';
import { boardProblemText } from './board-problem-text';
import { VerifyStore } from './verify.store';

const CANDIDATES = [
  { nominationId: 'n1', name: 'Sở Tư pháp' },
  { nominationId: 'n2', name: 'Sở Y tế' },
  { nominationId: 'n3', name: 'Sở Tài chính' },
];

function results(votes: number[]): BallotResultsResponse {
  return {
    ballotId: 'b1',
    status: 'closed',
    rule: { threshold: 50, denominator: 'eligible', comparator: 'gt' },
    maxWinners: 2,
    eligible: 9,
    present: 9,
    cast: 3,
    valid: 3,
    rows: CANDIDATES.map((c, i) => ({
      nominationId: c.nominationId,
      name: c.name,
      votes: votes[i],
      percent: 0,
      denominator: 9,
      denominatorKind: 'eligible',
      passed: false,
      elected: false,
      rank: i + 1,
    })),
    tiedForLast: [],
    runoffBallotId: null,
    fingerprint: null,
    electronicVotes: 3,
    paperValid: 0,
  };
}

describe('VerifyStore', () => {
  // One board for the suite: proofs take a moment to make.
  const { text, trackers } = boardFixture({
    candidates: CANDIDATES,
    maxWinners: 2,
    votes: [['n1', 'n2'], ['n1'], ['n3', 'n1']],
  });
  const fingerprint = boardFingerprint(text);
  let api: Record<string, jest.Mock>;
  let store: VerifyStore;

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    api = {
      getBallot: jest.fn(() =>
        of(
          ballotFixture({
            status: 'closed',
            isTallied: true,
            seal: {
              publicKey: 'e'.repeat(64),
              committeeSize: 3,
              committeeThreshold: 2,
              fingerprint,
            },
          }),
        ),
      ),
      results: jest.fn(() => of(results([3, 1, 1]))),
      board: jest.fn(() =>
        of(
          new HttpResponse({
            body: new Blob([text], { type: 'application/json' }),
            headers: new HttpHeaders(),
          }),
        ),
      ),
    };
    TestBed.configureTestingModule({
      providers: [
        VerifyStore,
        { provide: BallotsApi, useValue: api },
        // The page-thread check (jsdom has no Web Worker).
        { provide: BOARD_VERIFIER, useValue: async (t: string) => checkBoardText(t) },
      ],
    });
    store = TestBed.inject(VerifyStore);
  });

  it('should check this ballot’s record from the server: valid, counts, fingerprint and my vote', async () => {
    keepReceipt('b1', { receipt: trackers[1], via: 'account', castAt: null });
    await store.load('b1', false);
    await store.verifyFromServer();
    expect(api['board']).toHaveBeenCalledWith('b1', null);
    expect(store.phase()).toBe('done');
    const report = store.report();
    expect(report?.ok).toBe(true);
    expect(report?.problems).toEqual([]);
    expect(report?.votes).toBe(3);
    expect(report?.fingerprint).toBe(fingerprint);
    expect(store.fingerprintMatches()).toBe(true);
    expect(store.isMyVoteInBox()).toBe(true);
    expect(store.rows().map((r) => [r.name, r.count, r.matches])).toEqual([
      ['Sở Tư pháp', 3, true],
      ['Sở Y tế', 1, true],
      ['Sở Tài chính', 1, true],
    ]);
  }, 30_000);

  it('should send a code voter’s code to fetch the record', async () => {
    TestBed.inject(VotingCodeMemory).remember('ABCD2345');
    await store.load('b1', true);
    expect(api['getBallot']).toHaveBeenCalledWith('b1', 'ABCD2345');
    await store.verifyFromServer();
    expect(api['board']).toHaveBeenCalledWith('b1', 'ABCD2345');
  }, 30_000);

  it('should not ask the server without this device’s code or a session, and say why', async () => {
    await store.load('b1', true);
    expect(api['getBallot']).not.toHaveBeenCalled();
    expect(store.loadError()).toEqual(
      expect.objectContaining({ statusCode: 401, code: 'ballots.verifyWithoutCode' }),
    );
  });

  it('should report the errors of a tampered file and a fingerprint that is not the published one', async () => {
    await store.load('b1', false);
    const tampered = text.replace(/"counts": \[\n\s+3,/, '"counts": [\n      4,');
    expect(tampered).not.toBe(text);
    await store.verifyFile(new File([tampered], 'ho-so.json'));
    const report = store.report();
    expect(report?.ok).toBe(false);
    expect(report?.problems).toContainEqual(
      expect.objectContaining({ code: 'result.count', position: 1, recorded: 4, expected: 3 }),
    );
    expect(report?.problems.map(boardProblemText)).toContain(
      'Kết quả của ứng viên thứ 1 ghi 4, nhưng điện tử 3 + giấy 0 = 3.',
    );
    expect(store.fingerprintMatches()).toBe(false);
    expect(store.source()).toEqual({ kind: 'file', name: 'ho-so.json' });
  }, 30_000);

  it('should say a file is not a record at all', async () => {
    await store.load('b1', false);
    await store.verifyFile(new File(['not json'], 'x.json'));
    expect(store.report()?.isUnreadable).toBe(true);
    expect(store.report()?.ok).toBe(false);
  });

  it('should say when the published result differs from the recomputed counts', async () => {
    api['results'].mockReturnValue(of(results([2, 1, 1])));
    await store.load('b1', false);
    await store.verifyFromServer();
    expect(store.rows()[0]).toMatchObject({ count: 3, published: 2, matches: false });
  }, 30_000);
});
