import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';

import { BALLOT_EVENT_SOURCE } from '../ballot-events';
import { BallotsApi } from '../ballots.api';
import { FakeEventSources, apiFailure, ballotFixture } from '../testing/ballot-fixtures';
import { VoteStore, WAITING_POLL_MS } from './vote.store';

const flush = () => new Promise((resolve) => setTimeout(resolve));

describe('VoteStore', () => {
  let api: Record<string, jest.Mock>;
  let events: FakeEventSources;
  let store: VoteStore;

  beforeEach(() => {
    sessionStorage.clear();
    events = new FakeEventSources();
    api = {
      getBallot: jest.fn(() => of(ballotFixture())),
      listBallotsForCode: jest.fn(),
      castVote: jest.fn(() =>
        of({ receipt: 'K7Q2-M9XA', ballotId: 'b1', castAt: '2025-12-20T02:10:00Z' }),
      ),
      receipts: jest.fn(() => of(['A1B2', 'K7Q2-M9XA'])),
      eventsUrl: jest.fn((id: string, code?: string | null) =>
        code ? `/api/v1/ballots/${id}/events?code=${code}` : `/api/v1/ballots/${id}/events`,
      ),
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
    await store.start({ ballotId: 'b1' });
    expect(store.phase()).toBe('choosing');
    expect(store.maxChoices()).toBe(2);
    expect(events.urls).toEqual(['/api/v1/ballots/b1/events']);
  });

  it('should stop at K choices', async () => {
    await store.start({ ballotId: 'b1' });
    expect(store.toggleChoice('n1')).toBe(true);
    expect(store.toggleChoice('n2')).toBe(true);
    expect(store.isAtLimit()).toBe(true);
    expect(store.toggleChoice('n3')).toBe(false);
    expect(store.choices()).toEqual(['n1', 'n2']);
    expect(store.toggleChoice('n1')).toBe(true);
    expect(store.toggleChoice('n3')).toBe(true);
    expect(store.choices()).toEqual(['n2', 'n3']);
  });

  it('should confirm, then cast the vote and show the receipt', async () => {
    await store.start({ ballotId: 'b1' });
    store.toggleChoice('n1');
    store.review();
    expect(store.phase()).toBe('confirming');
    store.edit();
    expect(store.phase()).toBe('choosing');
    store.review();
    await store.submit();
    expect(api.castVote).toHaveBeenCalledWith('b1', { choices: ['n1'] });
    expect(store.phase()).toBe('receipt');
    expect(store.receipt()).toBe('K7Q2-M9XA');
    expect(store.ballot()?.hasVoted).toBe(true);
  });

  it('should not cast without the confirm step', async () => {
    await store.start({ ballotId: 'b1' });
    await store.submit();
    expect(api.castVote).not.toHaveBeenCalled();
  });

  it('should say "already voted" when the server answers 409 ballots.alreadyVoted', async () => {
    await store.start({ ballotId: 'b1' });
    api.castVote.mockReturnValue(apiFailure(409, 'ballots.alreadyVoted'));
    store.review();
    await store.submit();
    expect(store.phase()).toBe('alreadyVoted');
    expect(store.receipt()).toBeNull();
  });

  it('should show the error and reload when the ballot is no longer open', async () => {
    await store.start({ ballotId: 'b1' });
    api.castVote.mockReturnValue(apiFailure(409, 'ballots.notOpen', 'Phiếu bầu chưa mở'));
    api.getBallot.mockReturnValue(of(ballotFixture({ status: 'closed' })));
    store.review();
    await store.submit();
    await flush();
    expect(store.submitError()).toBe('Phiếu bầu chưa mở');
    expect(store.phase()).toBe('closed');
  });

  it('should keep the choices and show the error on 422 too many choices', async () => {
    await store.start({ ballotId: 'b1' });
    store.toggleChoice('n1');
    api.castVote.mockReturnValue(apiFailure(422, 'ballots.tooManyChoices', 'Chọn quá số lượng'));
    store.review();
    await store.submit();
    expect(store.phase()).toBe('choosing');
    expect(store.choices()).toEqual(['n1']);
    expect(store.submitError()).toBe('Chọn quá số lượng');
  });

  it('should wait for a ballot not open yet and reload when the stream says it opened', async () => {
    api.getBallot.mockReturnValue(of(ballotFixture({ status: 'draft' })));
    await store.start({ ballotId: 'b1' });
    expect(store.phase()).toBe('notOpen');
    api.getBallot.mockReturnValue(of(ballotFixture({ status: 'open' })));
    events.emit({ ballotId: 'b1', status: 'open', votedCount: 0, voterCount: 9 });
    await flush();
    expect(store.phase()).toBe('choosing');
    expect(store.turnout()?.voterCount).toBe(9);
  });

  it('should show the published receipts once closed and find the kept receipt', async () => {
    await store.start({ ballotId: 'b1' });
    store.review();
    await store.submit();
    api.getBallot.mockReturnValue(of(ballotFixture({ status: 'closed', hasVoted: true })));
    events.emit({ ballotId: 'b1', status: 'closed', votedCount: 9, voterCount: 9 });
    await flush();
    expect(store.phase()).toBe('closed');
    expect(store.receipts()).toEqual(['A1B2', 'K7Q2-M9XA']);
    expect(store.isReceiptPublished()).toBe(true);
  });

  it('should need an opinion on every candidate of an approval ballot', async () => {
    api.getBallot.mockReturnValue(of(ballotFixture({ method: 'approval' })));
    await store.start({ ballotId: 'b1' });
    store.setApproval('n1', 'agree');
    store.setApproval('n2', 'disagree');
    expect(store.missingApprovals()).toBe(1);
    expect(store.canSubmit()).toBe(false);
    store.setApproval('n3', 'abstain');
    store.review();
    await store.submit();
    expect(api.castVote).toHaveBeenCalledWith('b1', {
      approvals: { n1: 'agree', n2: 'disagree', n3: 'abstain' },
    });
  });

  it('should not let a signed-in user who is not a delegate vote', async () => {
    api.getBallot.mockReturnValue(of(ballotFixture({ canVote: false })));
    await store.start({ ballotId: 'b1' });
    expect(store.phase()).toBe('cannotVote');
    expect(store.canSubmit()).toBe(false);
  });

  describe('with a one-time code', () => {
    it('should find the open ballot not yet voted and send the code along', async () => {
      api.listBallotsForCode.mockReturnValue(
        of([
          { ...ballotFixture({ id: 'b0', status: 'closed' }) },
          { ...ballotFixture({ id: 'b1' }) },
          { ...ballotFixture({ id: 'b2' }) },
        ]),
      );
      api.getBallot.mockImplementation((id: string) =>
        of(ballotFixture({ id, hasVoted: id === 'b1' })),
      );
      await store.start({ code: 'abcd2345' });
      expect(api.listBallotsForCode).toHaveBeenCalledWith('ABCD2345');
      expect(api.getBallot).toHaveBeenCalledWith('b1', 'ABCD2345');
      expect(store.ballot()?.id).toBe('b2');
      expect(events.urls).toEqual(['/api/v1/ballots/b2/events?code=ABCD2345']);
      store.toggleChoice('n1');
      store.review();
      await store.submit();
      expect(api.castVote).toHaveBeenCalledWith('b2', { choices: ['n1'], code: 'ABCD2345' });
    });

    it('should wait and look again when no ballot is open', async () => {
      jest.useFakeTimers();
      try {
        api.listBallotsForCode.mockReturnValue(of([ballotFixture({ status: 'draft' })]));
        await store.start({ code: 'ABCD2345' });
        expect(store.phase()).toBe('waiting');
        api.listBallotsForCode.mockReturnValue(of([ballotFixture({ status: 'open' })]));
        jest.advanceTimersByTime(WAITING_POLL_MS);
        await Promise.resolve();
        await Promise.resolve();
        await Promise.resolve();
        expect(api.listBallotsForCode).toHaveBeenCalledTimes(2);
      } finally {
        jest.useRealTimers();
      }
    });

    it('should show the error of a wrong code', async () => {
      api.listBallotsForCode.mockReturnValue(
        apiFailure(403, 'ballots.badCode', 'Mã bỏ phiếu không đúng.'),
      );
      await store.start({ code: 'WRONG123' });
      expect(store.phase()).toBe('error');
      expect(store.loadError()?.message).toBe('Mã bỏ phiếu không đúng.');
    });
  });

  it('should read a code as printed or typed: any case, spaces and dashes left out', async () => {
    api['listBallotsForCode'].mockReturnValue(of([]));
    await store.start({ code: ' abcd-1234 ' });
    expect(api['listBallotsForCode']).toHaveBeenCalledWith('ABCD1234');
  });

  it('should tell a delegate at once that a code which cannot be one is wrong', async () => {
    await store.start({ code: 'AB!' });
    expect(api['listBallotsForCode']).not.toHaveBeenCalled();
    expect(store.loadError()).toEqual(
      expect.objectContaining({ code: 'ballots.badCode', message: 'Mã bỏ phiếu không đúng.' }),
    );
  });
});
