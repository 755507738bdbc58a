import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import type { ActivityReportsResponse } from '@thidua/movements/contracts';

import { MovementsApi } from '../movements.api';
import { ActivityReportsStore } from './activity-reports.store';

const reports: ActivityReportsResponse = {
  movementId: 'm1',
  year: 2021,
  dueDate: '2021-10-01',
  expected: 9,
  reported: 8,
  late: 1,
  overdue: 1,
  rows: [],
  reportableUnitIds: ['u1'],
};

describe('ActivityReportsStore', () => {
  let api: { activityReports: jest.Mock; saveActivityReport: jest.Mock };
  let store: ActivityReportsStore;

  beforeEach(() => {
    api = { activityReports: jest.fn(), saveActivityReport: jest.fn() };
    TestBed.configureTestingModule({
      providers: [ActivityReportsStore, { provide: MovementsApi, useValue: api }],
    });
    store = TestBed.inject(ActivityReportsStore);
  });

  it("should load the year's reports of the movement", async () => {
    api.activityReports.mockReturnValue(of(reports));
    await store.load('m1', 2021);
    expect(api.activityReports).toHaveBeenCalledWith('m1', 2021);
    expect(store.reports()?.late).toBe(1);
  });

  it('should answer the field errors of a refused report and keep the list', async () => {
    api.activityReports.mockReturnValue(of(reports));
    await store.load('m1', 2021);
    api.saveActivityReport.mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 422,
            error: {
              statusCode: 422,
              code: 'movements.participantsOverMembers',
              message: 'Dữ liệu không hợp lệ',
              fieldErrors: { participantCount: ['Số người tham gia không được lớn hơn tổng số'] },
            },
          }),
      ),
    );
    const error = await store.save('m1', {
      unitId: 'u1',
      year: 2021,
      sessionsHeld: 1,
      conferencesHeld: 1,
      attendees: 10,
      memberCount: 5,
      participantCount: 6,
      modelsBuilt: 0,
    });
    expect(error?.fieldErrors?.['participantCount']).toHaveLength(1);
    expect(store.reports()).toEqual(reports);
    expect(store.isSaving()).toBe(false);
  });
});
