import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';

import type { BallotResultsResponse } from '@thidua/ballots/contracts';

import { BALLOT_EVENT_SOURCE } from '../ballot-events';
import { BallotsApi } from '../ballots.api';
import { FakeEventSources, apiFailure, ballotFixture } from '../testing/ballot-fixtures';
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
};

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
    api.getBallot.mockReturnValue(of(ballotFixture({ status: 'closed', votedCount: 9 })));
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

  it('should load the results after closing', async () => {
    await store.load('b1');
    api.closeBallot.mockReturnValue(of(ballotFixture({ status: 'closed' })));
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
    api.getBallot.mockReturnValue(of(ballotFixture({ status: 'closed' })));
    await store.load('b1');
    api.runoff.mockReturnValue(of(ballotFixture({ id: 'b2', round: 2, status: 'draft' })));
    expect(await store.runoff()).toBe('b2');
    expect(api.runoff).toHaveBeenCalledWith('b1', { version: 1 });
    expect(store.results()?.runoffBallotId).toBe('b2');
  });
});
