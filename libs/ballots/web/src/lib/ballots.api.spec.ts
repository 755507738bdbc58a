import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

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

  it('should send a code voter’s code and not redirect them to the login page on 401', () => {
    api.getBallot('b1', 'ABCD2345').subscribe();
    const req = http.expectOne('/api/v1/ballots/b1?code=ABCD2345');
    expect(req.request.context.get(SKIP_UNAUTHORIZED_REDIRECT)).toBe(true);
    req.flush({});
    api.castVote('b1', { choices: ['n1'], code: 'ABCD2345' }).subscribe();
    const vote = http.expectOne('/api/v1/ballots/b1/votes');
    expect(vote.request.body).toEqual({ choices: ['n1'], code: 'ABCD2345' });
    expect(vote.request.context.get(SKIP_UNAUTHORIZED_REDIRECT)).toBe(true);
    vote.flush({});
  });

  it('should leave signed-in requests to the usual 401 handling', () => {
    api.getBallot('b1').subscribe();
    const req = http.expectOne('/api/v1/ballots/b1');
    expect(req.request.context.get(SKIP_UNAUTHORIZED_REDIRECT)).toBe(false);
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

  it('should give the event stream address with the code when there is one', () => {
    expect(api.eventsUrl('b1')).toBe('/api/v1/ballots/b1/events');
    expect(api.eventsUrl('b1', 'ABCD2345')).toBe('/api/v1/ballots/b1/events?code=ABCD2345');
  });
});
