import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Observable } from 'rxjs';

import { SKIP_UNAUTHORIZED_REDIRECT } from '@thidua/shared/data-access';

import { BallotsApi } from './ballots.api';

describe('BallotsApi', () => {
  let api: BallotsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(BallotsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('should send a code voter’s code in the X-Voting-Code header, never in the address', () => {
    api.getBallot('b1', 'ABCD2345').subscribe();
    const req = http.expectOne('/api/v1/ballots/b1');
    expect(req.request.urlWithParams).toBe('/api/v1/ballots/b1');
    expect(req.request.headers.get('X-Voting-Code')).toBe('ABCD2345');
    expect(req.request.context.get(SKIP_UNAUTHORIZED_REDIRECT)).toBe(true);
    req.flush({});

    api.listBallotsForCode('ABCD2345').subscribe();
    const list = http.expectOne('/api/v1/ballots');
    expect(list.request.params.keys()).toEqual([]);
    expect(list.request.headers.get('X-Voting-Code')).toBe('ABCD2345');
    list.flush([]);

    api.castVote('b1', { voteId: 'v1', choices: ['n1'] }, 'ABCD2345').subscribe();
    const vote = http.expectOne('/api/v1/ballots/b1/votes');
    expect(vote.request.body).toEqual({ voteId: 'v1', choices: ['n1'] });
    expect(vote.request.headers.get('X-Voting-Code')).toBe('ABCD2345');
    expect(vote.request.context.get(SKIP_UNAUTHORIZED_REDIRECT)).toBe(true);
    vote.flush({});

    const calls: Array<[string, () => Observable<unknown>]> = [
      ['turnout', () => api.turnout('b1', 'ABCD2345')],
      ['results', () => api.results('b1', 'ABCD2345')],
      ['receipts', () => api.receipts('b1', 'ABCD2345')],
      ['board', () => api.board('b1', 'ABCD2345')],
    ];
    for (const [path, call] of calls) {
      call().subscribe();
      const other = http.expectOne(`/api/v1/ballots/b1/${path}`);
      expect(other.request.urlWithParams).toBe(`/api/v1/ballots/b1/${path}`);
      expect(other.request.headers.get('X-Voting-Code')).toBe('ABCD2345');
      other.flush(path === 'board' ? new Blob(['{}']) : {});
    }
  });

  it('should leave signed-in requests to the usual 401 handling', () => {
    api.getBallot('b1').subscribe();
    const req = http.expectOne('/api/v1/ballots/b1');
    expect(req.request.context.get(SKIP_UNAUTHORIZED_REDIRECT)).toBe(false);
    expect(req.request.headers.has('X-Voting-Code')).toBe(false);
    req.flush({});
  });

  it('should post the committee’s shares to count a secret ballot', () => {
    api.tallyBallot('b1', { shares: ['s1', 's2'], version: 3 }).subscribe();
    const req = http.expectOne('/api/v1/ballots/b1/tally');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ shares: ['s1', 's2'], version: 3 });
    req.flush({});
  });

  it('should reissue one delegate’s lost code', () => {
    api.reissueVoterCode('m1', 'v1', { reason: 'Mất phiếu', isChairApproved: true }).subscribe();
    const req = http.expectOne('/api/v1/meetings/m1/voters/v1/voter-code');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ reason: 'Mất phiếu', isChairApproved: true });
    req.flush({});
  });

  it('should list only the accepted nominations of the bloc, year and award', () => {
    api.listAcceptedNominations(2025, 'bl', 'a1').subscribe((items) => expect(items).toEqual([]));
    http
      .expectOne(
        (r) =>
          r.url === '/api/v1/nominations' &&
          r.params.get('status') === 'accepted' &&
          r.params.get('blocId') === 'bl' &&
          r.params.get('awardTypeId') === 'a1' &&
          r.params.get('year') === '2025',
      )
      .flush({ items: [], total: 0, page: 1, pageSize: 200 });
  });

  it('should give the event stream address, for signed-in users only (no code)', () => {
    expect(api.eventsUrl('b1')).toBe('/api/v1/ballots/b1/events');
  });
});
