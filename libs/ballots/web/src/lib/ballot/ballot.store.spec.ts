import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';

import type { BallotResultsResponse } from '@thidua/ballots/contracts';
import {
  apiFailure,
  BALLOT_EVENT_SOURCE,
  ballotFixture,
  BallotsApi,
  FakeEventSources,
} from '@thidua/ballots/data-access';

import { BallotStore } from './ballot.store';

const RESULTS: BallotResultsResponse = {
  ballotId: 'b1',
  status: 'closed',
  rule: { threshold: 50, denominator: 'eligible', comparator: 'gt' },
  maxWinners: 2,
  eligible: 9,
  present: 9,
  cast: 9,
  valid: 9,
  rows: [],
  tiedForLast: ['n2', 'n3'],
  runoffBallotId: null,
  fingerprint: null,
  electronicVotes: 9,
  paperValid: 0,
};

const SHARES = [
  { index: 1, member: 'Nguyễn Văn An', code: 'AAAA-BBBB' },
  { index: 2, member: 'Trần Thị Bình', code: 'CCCC-DDDD' },
  { index: 3, member: 'Lê Văn Cường', code: 'EEEE-FFFF' },
];
const SEAL = { publicKey: 'e'.repeat(64), committeeSize: 3, committeeThreshold: 2 };

describe('BallotStore', () => {
  let api: Record<string, jest.Mock>;
  let events: FakeEventSources;
  let store: BallotStore;

  beforeEach(() => {
    events = new FakeEventSources();
    api = {
      getBallot: jest.fn(() => of(ballotFixture())),
      openBallot: jest.fn(),
      closeBallot: jest.fn(),
      results: jest.fn(() => of(RESULTS)),
      receipts: jest.fn(() => of(['A1B2', 'C3D4'])),
      savePaperCounts: jest.fn(),
      runoff: jest.fn(),
      tallyBallot: jest.fn(),
      board: jest.fn(),
      getMeeting: jest.fn(),
      eventsUrl: jest.fn((id: string) => `/api/v1/ballots/${id}/events`),
    };
    TestBed.configureTestingModule({
      providers: [
        BallotStore,
        { provide: BallotsApi, useValue: api },
        { provide: BALLOT_EVENT_SOURCE, useValue: events.factory },
      ],
    });
    store = TestBed.inject(BallotStore);
  });

  it('should load the ballot and show its turnout', async () => {
    await store.load('b1');
    expect(store.turnout()).toMatchObject({ votedCount: 3, voterCount: 9 });
    expect(store.turnoutPercent()).toBeCloseTo(33.33, 1);
    expect(api.results).not.toHaveBeenCalled();
  });

  it('should follow the turnout from the event stream', async () => {
    await store.load('b1');
    store.connect('b1');
    expect(events.urls).toEqual(['/api/v1/ballots/b1/events']);
    events.emit({ ballotId: 'b1', status: 'open', votedCount: 7, voterCount: 9 });
    expect(store.turnout()).toMatchObject({ votedCount: 7, voterCount: 9 });
    expect(api.getBallot).toHaveBeenCalledTimes(1);
  });

  it('should ignore events that are not a turnout or are for another ballot', async () => {
    await store.load('b1');
    store.connect('b1');
    events.emit('not json');
    events.emit({ ballotId: 'other', status: 'open', votedCount: 1, voterCount: 9 });
    expect(store.turnout()?.votedCount).toBe(3);
  });

  it('should reload with the results when the stream says the ballot closed', async () => {
    await store.load('b1');
    store.connect('b1');
    api.getBallot.mockReturnValue(
      of(ballotFixture({ status: 'closed', isTallied: true, votedCount: 9 })),
    );
    events.emit({ ballotId: 'b1', status: 'closed', votedCount: 9, voterCount: 9 });
    await new Promise((resolve) => setTimeout(resolve));
    expect(store.ballot()?.status).toBe('closed');
    expect(store.results()?.tiedForLast).toEqual(['n2', 'n3']);
    expect(store.receipts()).toEqual(['A1B2', 'C3D4']);
    expect(store.hasTie()).toBe(true);
  });

  it('should close the event stream when leaving', async () => {
    await store.load('b1');
    store.connect('b1');
    store.disconnect();
    expect(events.sources[0].isClosed).toBe(true);
    expect(events.sources[0].onmessage).toBeNull();
  });

  it('should answer the no-quorum error when opening', async () => {
    api.getBallot.mockReturnValue(of(ballotFixture({ status: 'draft' })));
    await store.load('b1');
    api.openBallot.mockReturnValue(apiFailure(409, 'ballots.noQuorum', 'Chưa đủ số lượng'));
    const error = await store.open();
    expect(error?.code).toBe('ballots.noQuorum');
    expect(store.isBusy()).toBe(false);
  });

  it('should hold the committee’s shares from the open of a secret ballot until hidden', async () => {
    api.getBallot.mockReturnValue(of(ballotFixture({ status: 'draft' })));
    await store.load('b1');
    api.openBallot.mockReturnValue(
      of(
        ballotFixture({
          status: 'open',
          version: 2,
          seal: { ...SEAL, fingerprint: null },
          committeeShares: SHARES,
        }),
      ),
    );
    expect(await store.open()).toBeNull();
    expect(store.shares()).toEqual(SHARES);
    expect(store.ballot()?.committeeShares).toBeUndefined();
    store.hideShares();
    expect(store.shares()).toEqual([]);
  });

  it('should wait for the committee after closing a secret ballot, without asking for results', async () => {
    await store.load('b1');
    api.closeBallot.mockReturnValue(
      of(ballotFixture({ status: 'closed', seal: { ...SEAL, fingerprint: null } })),
    );
    expect(await store.close()).toBeNull();
    expect(store.isAwaitingTally()).toBe(true);
    expect(api.results).not.toHaveBeenCalled();
    expect(store.error()).toBeNull();
  });

  it('should not show "not tallied yet" as an error', async () => {
    api.getBallot.mockReturnValue(of(ballotFixture({ status: 'closed', isTallied: true })));
    api.results.mockReturnValue(apiFailure(409, 'ballots.notTallied'));
    await store.load('b1');
    expect(store.isAwaitingTally()).toBe(true);
    expect(store.error()).toBeNull();
  });

  it('should count with the shares, then load the results, receipts and fingerprint', async () => {
    api.getBallot.mockReturnValue(
      of(ballotFixture({ status: 'closed', version: 4, seal: { ...SEAL, fingerprint: null } })),
    );
    await store.load('b1');
    const fingerprint = 'ab'.repeat(32);
    api.tallyBallot.mockReturnValue(
      of(
        ballotFixture({
          status: 'closed',
          isTallied: true,
          version: 5,
          seal: { ...SEAL, fingerprint },
        }),
      ),
    );
    expect(await store.tally(['s1', 's3'])).toBeNull();
    expect(api.tallyBallot).toHaveBeenCalledWith('b1', { shares: ['s1', 's3'], version: 4 });
    expect(store.isAwaitingTally()).toBe(false);
    expect(store.fingerprint()).toBe(fingerprint);
    expect(store.results()).toEqual(RESULTS);
    expect(store.receipts()).toEqual(['A1B2', 'C3D4']);
  });

  it('should give back the field errors of wrong shares', async () => {
    api.getBallot.mockReturnValue(of(ballotFixture({ status: 'closed' })));
    await store.load('b1');
    api.tallyBallot.mockReturnValue(apiFailure(422, 'ballots.shares'));
    const error = await store.tally(['bad']);
    expect(error?.code).toBe('ballots.shares');
    expect(store.isAwaitingTally()).toBe(true);
  });

  it('should reload a ballot waiting for its count on any news of it (the count keeps its status)', async () => {
    api.getBallot.mockReturnValue(of(ballotFixture({ status: 'closed' })));
    await store.load('b1');
    store.connect('b1');
    api.getBallot.mockReturnValue(of(ballotFixture({ status: 'closed', isTallied: true })));
    events.emit({ ballotId: 'b1', status: 'closed', votedCount: 3, voterCount: 9 });
    await new Promise((resolve) => setTimeout(resolve));
    expect(store.isAwaitingTally()).toBe(false);
    expect(store.results()).toEqual(RESULTS);
  });

  it('should load the results after closing', async () => {
    await store.load('b1');
    api.closeBallot.mockReturnValue(of(ballotFixture({ mode: 'open', status: 'closed' })));
    expect(await store.close()).toBeNull();
    expect(api.closeBallot).toHaveBeenCalledWith('b1', { version: 1 });
    expect(store.results()).toEqual(RESULTS);
  });

  it('should give back the field errors of paper counts that do not add up', async () => {
    await store.load('b1');
    api.savePaperCounts.mockReturnValue(apiFailure(422, 'ballots.paperCounts'));
    const error = await store.savePaperCounts({
      issued: 9,
      returned: 10,
      valid: 9,
      invalid: 1,
      votes: {},
    });
    expect(error?.statusCode).toBe(422);
    expect(api.savePaperCounts).toHaveBeenCalledWith('b1', expect.objectContaining({ version: 1 }));
  });

  it('should remember the runoff ballot', async () => {
    api.getBallot.mockReturnValue(of(ballotFixture({ status: 'closed', isTallied: true })));
    await store.load('b1');
    api.runoff.mockReturnValue(of(ballotFixture({ id: 'b2', round: 2, status: 'draft' })));
    expect(await store.runoff()).toBe('b2');
    expect(api.runoff).toHaveBeenCalledWith('b1', { version: 1 });
    expect(store.results()?.runoffBallotId).toBe('b2');
  });
});
