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

const unit = (id: string) => ({
  id,
  code: id.toUpperCase(),
  name: `Đơn vị ${id}`,
  shortName: null,
});
const figures = {
  sessionsHeld: 1,
  conferencesHeld: 1,
  attendees: 10,
  memberCount: 5,
  participantCount: 5,
  modelsBuilt: 0,
};
const withReports: ActivityReportsResponse = {
  ...reports,
  rows: [
    {
      unit: unit('u1'),
      state: 'onTime',
      report: {
        ...figures,
        id: 'r1',
        movementId: 'm1',
        unit: unit('u1'),
        year: 2021,
        summary: null,
        participationPercent: 100,
        submittedAt: '2021-09-01T00:00:00Z',
        submittedBy: null,
        version: 3,
      },
    },
    { unit: unit('u2'), state: 'pending', report: null },
  ],
  reportableUnitIds: ['u1', 'u2'],
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

  it("should send each unit's report with the version read, 0 for a first report", async () => {
    api.activityReports.mockReturnValue(of(withReports));
    api.saveActivityReport.mockReturnValue(of(withReports));
    await store.load('m1', 2021);
    expect(await store.save('m1', { unitId: 'u1', year: 2021, ...figures })).toBeNull();
    expect(api.saveActivityReport).toHaveBeenCalledWith('m1', {
      unitId: 'u1',
      year: 2021,
      ...figures,
      version: 3,
    });
    await store.save('m1', { unitId: 'u2', year: 2021, ...figures });
    expect(api.saveActivityReport).toHaveBeenLastCalledWith('m1', {
      unitId: 'u2',
      year: 2021,
      ...figures,
      version: 0,
    });
  });

  it('should read the year again when the report was changed meanwhile (409)', async () => {
    api.activityReports.mockReturnValue(of(withReports));
    await store.load('m1', 2021);
    api.saveActivityReport.mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: { statusCode: 409, code: 'common.staleVersion', message: 'Đã thay đổi' },
          }),
      ),
    );
    const error = await store.save('m1', { unitId: 'u1', year: 2021, ...figures });
    expect(error?.code).toBe('common.staleVersion');
    expect(api.activityReports).toHaveBeenCalledTimes(2);
  });
});
