import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Subject, of, throwError } from 'rxjs';

import type { DashboardResponse } from '@thidua/reports/contracts';

import { ReportsApi } from '../reports.api';
import { DashboardStore } from './dashboard.store';

const dashboard = (year: number): DashboardResponse => ({
  year,
  bloc: null,
  blocCount: 5,
  memberUnits: 40,
  pledges: { pledges: 1, locked: 1, signed: 9, members: 9 },
  nominations: [{ status: 'submitted', count: 3 }],
  ballots: { held: 1, open: 0, turnoutPercent: 100, votes: 9, eligible: 9 },
  awards: {
    totals: { collective: 15, individual: 36, household: 8, total: 59 },
    byType: [],
    byYear: [],
  },
  blocs: [],
  activity: {
    expectedReports: 9,
    reports: 8,
    lateReports: 1,
    sessionsHeld: 111,
    conferencesHeld: 12,
    attendees: 6385,
    memberCount: 5918,
    participantCount: 5838,
    participationPercent: 98.6,
    modelsBuilt: 21,
  },
  scoring: { sheets: 1, agreed: 1, locked: 1, units: 9, submitted: 9, checked: 9 },
});

describe('DashboardStore', () => {
  let api: { dashboard: jest.Mock; blocs: jest.Mock };
  let store: DashboardStore;

  beforeEach(() => {
    api = { dashboard: jest.fn(), blocs: jest.fn() };
    TestBed.configureTestingModule({
      providers: [DashboardStore, { provide: ReportsApi, useValue: api }],
    });
    store = TestBed.inject(DashboardStore);
  });

  it('should load the dashboard of the year asked for', async () => {
    api.dashboard.mockReturnValue(of(dashboard(2023)));
    await store.load({ year: 2023 });
    expect(api.dashboard).toHaveBeenCalledWith({ year: 2023 });
    expect(store.dashboard()?.awards.totals.total).toBe(59);
    expect(store.status()).toBe('idle');
  });

  it('should keep the newer answer when an older one arrives late', async () => {
    const slow = new Subject<DashboardResponse>();
    api.dashboard.mockReturnValueOnce(slow).mockReturnValueOnce(of(dashboard(2024)));
    const first = store.load({ year: 2023 });
    await store.load({ year: 2024 });
    slow.next(dashboard(2023));
    slow.complete();
    await first;
    expect(store.dashboard()?.year).toBe(2024);
  });

  it('should show the error of a refused bloc', async () => {
    api.dashboard.mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 403,
            error: {
              statusCode: 403,
              code: 'common.forbidden',
              message: 'Bạn không có quyền thực hiện thao tác này.',
            },
          }),
      ),
    );
    await store.load({ year: 2023, blocId: 'other' });
    expect(store.status()).toBe('error');
    expect(store.error()?.code).toBe('common.forbidden');
    expect(store.dashboard()).toBeNull();
  });

  it('should offer the blocs of the year', async () => {
    api.blocs.mockReturnValue(
      of({
        items: [{ id: 'b1', name: 'Khối A', kind: 'khoi', year: 2023 }],
        total: 1,
        page: 1,
        pageSize: 200,
      }),
    );
    await store.loadBlocs(2023);
    expect(store.blocs()).toEqual([{ id: 'b1', name: 'Khối A', kind: 'khoi' }]);
  });
});
