import { TestBed } from '@angular/core/testing';
import { NEVER, of } from 'rxjs';

import type { CastVoteRequest, VoteReceiptResponse } from '@thidua/ballots/contracts';
import {
  type EncryptedBallot,
  generateKeyPair,
  nobleGroup,
  sealParams,
  verifyBallot,
} from '@thidua/ballots/domain';
import {
  BALLOT_EVENT_SOURCE,
  BallotsApi,
  FakeEventSources,
  apiFailure,
  ballotFixture,
  sealFixture,
} from '@thidua/ballots/data-access';

import { keepReceipt } from './vote-keeping';
import { POLL_MS, VOTE_TIMEOUT_MS, VoteStore, WAITING_POLL_MS } from './vote.store';
import { VotingCodeMemory } from './voting-code';

const flush = () => new Promise((resolve) => setTimeout(resolve));
const TRACKER = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';

function receipt(patch: Partial<VoteReceiptResponse> = {}): VoteReceiptResponse {
  return {
    receipt: TRACKER,
    ballotId: 'b1',
    castAt: '2025-12-20T02:10:00Z',
    via: 'account',
    ...patch,
  };
}

/** The body of the n-th vote sent. */
function sent(api: Record<string, jest.Mock>, n = 0): CastVoteRequest {
  return api['castVote'].mock.calls[n][1] as CastVoteRequest;
}

describe('VoteStore', () => {
  const { publicKey } = generateKeyPair();
  let api: Record<string, jest.Mock>;
  let events: FakeEventSources;
  let store: VoteStore;

  function newStore(): VoteStore {
    store?.stop();
    store = TestBed.runInInjectionContext(() => new VoteStore());
    return store;
  }

  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    events = new FakeEventSources();
    api = {
      getBallot: jest.fn(() => of(ballotFixture({ mode: 'open' }))),
      listBallotsForCode: jest.fn(),
      castVote: jest.fn(() => of(receipt())),
      turnout: jest.fn(() => of({ ballotId: 'b1', status: 'open', votedCount: 4, voterCount: 9 })),
      receipts: jest.fn(() => of(['0000', TRACKER])),
      board: jest.fn(),
      eventsUrl: jest.fn((id: string) => `/api/v1/ballots/${id}/events`),
    };
    TestBed.configureTestingModule({
      providers: [
        VoteStore,
        { provide: BallotsApi, useValue: api },
        { provide: BALLOT_EVENT_SOURCE, useValue: events.factory },
      ],
    });
    store = TestBed.inject(VoteStore);
  });

  afterEach(() => store.stop());

  it('should load an open ballot ready for choosing and follow it live', async () => {
    await store.start('b1');
    expect(store.phase()).toBe('choosing');
    expect(store.maxChoices()).toBe(2);
    expect(events.urls).toEqual(['/api/v1/ballots/b1/events']);
  });

  it('should stop at K choices', async () => {
    await store.start('b1');
    expect(store.toggleChoice('n1')).toBe(true);
    expect(store.toggleChoice('n2')).toBe(true);
    expect(store.isAtLimit()).toBe(true);
    expect(store.toggleChoice('n3')).toBe(false);
    expect(store.choices()).toEqual(['n1', 'n2']);
    expect(store.toggleChoice('n1')).toBe(true);
    expect(store.toggleChoice('n3')).toBe(true);
    expect(store.choices()).toEqual(['n2', 'n3']);
  });

  it('should confirm, then cast an open ballot’s vote with a vote id and show the receipt', async () => {
    await store.start('b1');
    store.toggleChoice('n1');
    store.review();
    expect(store.phase()).toBe('confirming');
    store.edit();
    expect(store.phase()).toBe('choosing');
    store.review();
    await store.submit();
    expect(api['castVote']).toHaveBeenCalledWith(
      'b1',
      { voteId: expect.stringMatching(/^[0-9a-f-]{36}$/), choices: ['n1'] },
      null,
    );
    expect(store.phase()).toBe('receipt');
    expect(store.receipt()).toBe(TRACKER);
    expect(store.votedVia()).toBe('account');
    expect(store.ballot()?.hasVoted).toBe(true);
    expect(localStorage.getItem('td-ballot-vote:b1')).toBeNull();
  });

  it('should not cast without the confirm step', async () => {
    await store.start('b1');
    await store.submit();
    expect(api['castVote']).not.toHaveBeenCalled();
  });

  describe('a secret ballot', () => {
    beforeEach(() => {
      api['getBallot'].mockReturnValue(
        of(ballotFixture({ mode: 'secret', seal: sealFixture(publicKey) })),
      );
    });

    it('should encrypt the vote on the phone: a ballot with one choice per candidate, no plaintext', async () => {
      await store.start('b1');
      store.toggleChoice('n2');
      store.review();
      await store.submit();
      const body = sent(api);
      expect(body.voteId).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(body.choices).toBeUndefined();
      expect(body.approvals).toBeUndefined();
      expect(JSON.stringify(body)).not.toContain('n2');
      const ballot = body.ballot as EncryptedBallot;
      expect(ballot.choices).toHaveLength(3);
      const params = sealParams({
        id: 'b1',
        method: 'chooseK',
        maxWinners: 2,
        candidateCount: 3,
        publicKey,
      });
      expect(verifyBallot(nobleGroup, params, ballot)).toEqual({ ok: true });
      expect(store.phase()).toBe('receipt');
    });

    it('should keep the vote id and ballot before sending, and send the same again after a lost answer', async () => {
      await store.start('b1');
      store.toggleChoice('n1');
      let keptWhenSent: unknown = null;
      api['castVote'].mockImplementation((_id: string, body: CastVoteRequest) => {
        keptWhenSent = JSON.parse(localStorage.getItem('td-ballot-vote:b1') ?? 'null');
        expect(keptWhenSent).toEqual(body);
        return apiFailure(0, 'common.network', 'Không kết nối được');
      });
      store.review();
      await store.submit();
      expect(keptWhenSent).not.toBeNull();
      expect(store.phase()).toBe('sendFailed');

      api['castVote'].mockReturnValue(apiFailure(503, 'common.internal'));
      await store.resend();
      expect(store.phase()).toBe('sendFailed');

      api['castVote'].mockReturnValue(of(receipt({ via: 'code' })));
      await store.resend();
      expect(api['castVote']).toHaveBeenCalledTimes(3);
      expect(sent(api, 1)).toEqual(sent(api, 0));
      expect(sent(api, 2)).toEqual(sent(api, 0));
      expect(store.phase()).toBe('receipt');
      expect(store.votedVia()).toBe('code');
      expect(localStorage.getItem('td-ballot-vote:b1')).toBeNull();
    });

    it('should offer to send the kept vote again after a reload, unchanged', async () => {
      await store.start('b1');
      store.toggleChoice('n1');
      api['castVote'].mockReturnValue(apiFailure(0, 'common.network'));
      store.review();
      await store.submit();
      const first = sent(api);

      const again = newStore();
      await again.start('b1');
      expect(again.phase()).toBe('sendFailed');
      api['castVote'].mockReturnValue(of(receipt()));
      await again.resend();
      expect(sent(api, 1)).toEqual(first);
      expect(again.receipt()).toBe(TRACKER);
    });

    it('should get the receipt back when the lost vote did arrive (same vote id, same receipt)', async () => {
      await store.start('b1');
      api['castVote'].mockReturnValue(apiFailure(502, 'common.internal'));
      store.review();
      await store.submit();
      const first = sent(api);

      api['getBallot'].mockReturnValue(
        of(ballotFixture({ mode: 'secret', seal: sealFixture(publicKey), hasVoted: true })),
      );
      api['castVote'].mockReturnValue(of(receipt()));
      const again = newStore();
      await again.start('b1');
      await flush();
      expect(sent(api, 1)).toEqual(first);
      expect(again.phase()).toBe('receipt');
      expect(again.receipt()).toBe(TRACKER);
    });

    it('should offer to send again when no answer comes in time', async () => {
      await store.start('b1');
      api['castVote'].mockReturnValue(NEVER);
      store.review();
      jest.useFakeTimers();
      try {
        const submitted = store.submit();
        await jest.advanceTimersByTimeAsync(VOTE_TIMEOUT_MS + 10);
        await submitted;
        expect(store.phase()).toBe('sendFailed');
      } finally {
        jest.useRealTimers();
      }
    });

    it('should drop a vote that never arrived to choose again', async () => {
      await store.start('b1');
      api['castVote'].mockReturnValue(apiFailure(0, 'common.network'));
      store.review();
      await store.submit();
      store.discardPending();
      expect(store.phase()).toBe('choosing');
      expect(localStorage.getItem('td-ballot-vote:b1')).toBeNull();
    });

    it('should wait for the committee after the close, then find the receipt in the published list', async () => {
      keepReceipt('b1', { receipt: TRACKER, via: 'account', castAt: null });
      api['getBallot'].mockReturnValue(
        of(ballotFixture({ status: 'closed', hasVoted: true, seal: sealFixture(publicKey) })),
      );
      await store.start('b1');
      expect(store.phase()).toBe('closed');
      expect(store.isAwaitingTally()).toBe(true);
      expect(api['receipts']).not.toHaveBeenCalled();

      const fingerprint = 'f'.repeat(64);
      api['getBallot'].mockReturnValue(
        of(
          ballotFixture({
            status: 'closed',
            hasVoted: true,
            isTallied: true,
            seal: sealFixture(publicKey, fingerprint),
          }),
        ),
      );
      events.emit({ ballotId: 'b1', status: 'closed', votedCount: 9, voterCount: 9 });
      await flush();
      expect(store.isAwaitingTally()).toBe(false);
      expect(store.fingerprint()).toBe(fingerprint);
      expect(store.receipts()).toEqual(['0000', TRACKER]);
      expect(store.isReceiptPublished()).toBe(true);
    });
  });

  it('should say "already voted" when the server answers 409 ballots.alreadyVoted', async () => {
    await store.start('b1');
    api['castVote'].mockReturnValue(apiFailure(409, 'ballots.alreadyVoted'));
    store.review();
    await store.submit();
    expect(store.phase()).toBe('alreadyVoted');
    expect(store.receipt()).toBeNull();
    expect(localStorage.getItem('td-ballot-vote:b1')).toBeNull();
  });

  it('should show "already voted" with the receipt kept on this phone and how the seat voted', async () => {
    keepReceipt('b1', { receipt: TRACKER, via: 'code', castAt: null });
    api['getBallot'].mockReturnValue(of(ballotFixture({ hasVoted: true, votedVia: 'code' })));
    await store.start('b1');
    expect(store.phase()).toBe('alreadyVoted');
    expect(store.receipt()).toBe(TRACKER);
    expect(store.votedVia()).toBe('code');
  });

  it('should offer a signed-in delegate who has voted the meeting’s next open ballot still to vote in', async () => {
    const summary = (id: string, status: 'open' | 'closed') => ({
      ...ballotFixture({ id, status }),
      title: `Phiếu ${id}`,
    });
    api['listBallots'] = jest.fn(() =>
      of([
        summary('b0', 'closed'),
        summary('b1', 'open'),
        summary('b2', 'open'),
        summary('b3', 'open'),
      ]),
    );
    api['getBallot'].mockImplementation((id: string) =>
      of(
        ballotFixture({
          id,
          title: `Phiếu ${id}`,
          hasVoted: id !== 'b3',
          votedVia: id !== 'b3' ? 'account' : null,
        }),
      ),
    );
    await store.start('b1');
    await new Promise((resolve) => setTimeout(resolve));
    expect(store.phase()).toBe('alreadyVoted');
    expect(api['listBallots']).toHaveBeenCalledWith('m1');
    // b2 is voted too: the next one is b3.
    expect(store.nextBallot()).toEqual({ id: 'b3', title: 'Phiếu b3' });

    // None left: nothing offered.
    api['getBallot'].mockImplementation((id: string) =>
      of(ballotFixture({ id, hasVoted: true, votedVia: 'account' })),
    );
    await store.start('b1');
    await new Promise((resolve) => setTimeout(resolve));
    expect(store.nextBallot()).toBeNull();
  });

  it('should show the error and reload when the ballot is no longer open', async () => {
    await store.start('b1');
    api['castVote'].mockReturnValue(
      apiFailure(409, 'ballots.notOpen', 'Phiếu bầu chưa mở hoặc đã kết thúc.'),
    );
    api['getBallot'].mockReturnValue(of(ballotFixture({ mode: 'open', status: 'closed' })));
    store.review();
    await store.submit();
    await flush();
    expect(store.submitError()).toBe('Phiếu bầu chưa mở hoặc đã kết thúc.');
    expect(store.phase()).toBe('closed');
  });

  it('should keep the choices and show the error on 422 too many choices', async () => {
    await store.start('b1');
    store.toggleChoice('n1');
    api['castVote'].mockReturnValue(apiFailure(422, 'ballots.tooManyChoices', 'Chọn quá số lượng'));
    store.review();
    await store.submit();
    expect(store.phase()).toBe('choosing');
    expect(store.choices()).toEqual(['n1']);
    expect(store.submitError()).toBe('Chọn quá số lượng');
  });

  it('should wait for a ballot not open yet and reload when the stream says it opened', async () => {
    api['getBallot'].mockReturnValue(of(ballotFixture({ mode: 'open', status: 'draft' })));
    await store.start('b1');
    expect(store.phase()).toBe('notOpen');
    api['getBallot'].mockReturnValue(of(ballotFixture({ mode: 'open', status: 'open' })));
    events.emit({ ballotId: 'b1', status: 'open', votedCount: 0, voterCount: 9 });
    await flush();
    expect(store.phase()).toBe('choosing');
    expect(store.turnout()?.voterCount).toBe(9);
  });

  it('should need an opinion on every candidate of an approval ballot', async () => {
    api['getBallot'].mockReturnValue(of(ballotFixture({ mode: 'open', method: 'approval' })));
    await store.start('b1');
    store.setApproval('n1', 'agree');
    store.setApproval('n2', 'disagree');
    expect(store.missingApprovals()).toBe(1);
    expect(store.canSubmit()).toBe(false);
    store.setApproval('n3', 'abstain');
    store.review();
    await store.submit();
    expect(sent(api)).toEqual({
      voteId: expect.any(String),
      approvals: { n1: 'agree', n2: 'disagree', n3: 'abstain' },
    });
  });

  it('should not let a signed-in user who is not a delegate vote', async () => {
    api['getBallot'].mockReturnValue(of(ballotFixture({ canVote: false })));
    await store.start('b1');
    expect(store.phase()).toBe('cannotVote');
    expect(store.canSubmit()).toBe(false);
  });

  describe('with a one-time code', () => {
    let memory: VotingCodeMemory;

    beforeEach(() => {
      memory = TestBed.inject(VotingCodeMemory);
      memory.forget();
    });

    it('should show the code box when there is no code', async () => {
      await store.startWithCode();
      expect(store.phase()).toBe('enterCode');
      expect(api['listBallotsForCode']).not.toHaveBeenCalled();
    });

    it('should find the open ballot not yet voted, send the code in the header and poll the turnout', async () => {
      jest.useFakeTimers();
      try {
        api['listBallotsForCode'].mockReturnValue(
          of([
            ballotFixture({ id: 'b0', status: 'closed' }),
            ballotFixture({ id: 'b1' }),
            ballotFixture({ id: 'b2' }),
          ]),
        );
        api['getBallot'].mockImplementation((id: string) =>
          of(ballotFixture({ id, mode: 'open', hasVoted: id === 'b1' })),
        );
        await store.enterCode(' abcd-2345 ');
        expect(memory.code()).toBe('ABCD2345');
        expect(api['listBallotsForCode']).toHaveBeenCalledWith('ABCD2345');
        expect(api['getBallot']).toHaveBeenCalledWith('b1', 'ABCD2345');
        expect(store.ballot()?.id).toBe('b2');
        expect(store.votedNotices().map((n) => n.ballotId)).toEqual(['b1']);
        expect(events.urls).toEqual([]);

        await jest.advanceTimersByTimeAsync(POLL_MS);
        expect(api['turnout']).toHaveBeenCalledWith('b2', 'ABCD2345');
      } finally {
        jest.useRealTimers();
      }
      store.toggleChoice('n1');
      store.review();
      await store.submit();
      expect(api['castVote']).toHaveBeenCalledWith(
        'b2',
        { voteId: expect.any(String), choices: ['n1'] },
        'ABCD2345',
      );
    });

    it('should start from the code kept in memory (a QR code’s fragment, or a reload)', async () => {
      memory.remember('abcd2345');
      api['listBallotsForCode'].mockReturnValue(of([]));
      await store.startWithCode();
      expect(api['listBallotsForCode']).toHaveBeenCalledWith('ABCD2345');
      expect(store.phase()).toBe('waiting');
    });

    it('should show "already voted" with the kept receipt on reopening, then move to the next open ballot', async () => {
      jest.useFakeTimers();
      try {
        keepReceipt('b1', { receipt: TRACKER, via: 'code', castAt: null });
        api['listBallotsForCode'].mockReturnValue(of([ballotFixture({ id: 'b1' })]));
        api['getBallot'].mockImplementation((id: string) =>
          of(ballotFixture({ id, hasVoted: id === 'b1', votedVia: id === 'b1' ? 'code' : null })),
        );
        await store.enterCode('ABCD2345');
        expect(store.phase()).toBe('alreadyVoted');
        expect(store.receipt()).toBe(TRACKER);
        expect(store.votedVia()).toBe('code');

        api['listBallotsForCode'].mockReturnValue(
          of([ballotFixture({ id: 'b1' }), ballotFixture({ id: 'b2', title: 'Bằng khen' })]),
        );
        await jest.advanceTimersByTimeAsync(2 * POLL_MS);
        expect(store.ballot()?.id).toBe('b2');
        expect(store.phase()).toBe('choosing');
        expect(store.votedNotices()).toEqual([
          { ballotId: 'b1', title: 'Suy tôn Cờ thi đua năm 2025', receipt: TRACKER },
        ]);
      } finally {
        jest.useRealTimers();
      }
    });

    it('should wait and look again when no ballot is open', async () => {
      jest.useFakeTimers();
      try {
        api['listBallotsForCode'].mockReturnValue(of([ballotFixture({ status: 'draft' })]));
        await store.enterCode('ABCD2345');
        expect(store.phase()).toBe('waiting');
        api['listBallotsForCode'].mockReturnValue(of([ballotFixture({ status: 'open' })]));
        await jest.advanceTimersByTimeAsync(WAITING_POLL_MS);
        expect(api['listBallotsForCode']).toHaveBeenCalledTimes(2);
        expect(store.phase()).toBe('choosing');
      } finally {
        jest.useRealTimers();
      }
    });

    it('should show the code box again, with the code to correct, after a wrong code', async () => {
      api['listBallotsForCode'].mockReturnValue(
        apiFailure(401, 'ballots.badCode', 'Mã bỏ phiếu không đúng.'),
      );
      await store.enterCode('wrong123');
      expect(store.phase()).toBe('enterCode');
      expect(store.codeError()).toBe('Mã bỏ phiếu không đúng.');
      expect(store.code()).toBe('WRONG123');
      expect(memory.code()).toBeNull();
    });

    it('should tell a delegate at once that a code which cannot be one is wrong', async () => {
      await store.enterCode('AB!');
      expect(api['listBallotsForCode']).not.toHaveBeenCalled();
      expect(store.phase()).toBe('enterCode');
      expect(store.codeError()).toBe('Mã bỏ phiếu không đúng.');
    });

    it('should offer another code from a load error', async () => {
      api['listBallotsForCode'].mockReturnValue(apiFailure(0, 'common.network', 'Mất mạng'));
      await store.enterCode('ABCD2345');
      expect(store.phase()).toBe('error');
      store.changeCode();
      expect(store.phase()).toBe('enterCode');
      expect(store.code()).toBe('ABCD2345');
    });
  });
});
