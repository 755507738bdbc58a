import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import type { MeetingResponse } from '@thidua/ballots/contracts';
import { BallotsApi } from '@thidua/ballots/data-access';

import { MeetingsStore } from './meetings.store';

function meeting(id: string, meetingDate: string): MeetingResponse {
  return {
    id,
    bloc: { id: 'b1', name: 'Khối các sở', kind: 'khoi' },
    year: 2025,
    title: `Hội nghị ${id}`,
    meetingDate,
    place: 'Hội trường',
    chair: 'Trưởng khối',
    secretary: 'Thư ký',
    countingCommittee: [],
    voters: [],
    presentCount: 8,
    eligibleCount: 9,
    quorumPercent: 66.67,
    hasQuorum: true,
    canManage: true,
    ballots: [],
    version: 1,
  };
}

describe('MeetingsStore', () => {
  let api: { listMeetings: jest.Mock; listBlocs: jest.Mock; createMeeting: jest.Mock };
  let store: MeetingsStore;

  beforeEach(() => {
    api = { listMeetings: jest.fn(), listBlocs: jest.fn(), createMeeting: jest.fn() };
    TestBed.configureTestingModule({
      providers: [MeetingsStore, { provide: BallotsApi, useValue: api }],
    });
    store = TestBed.inject(MeetingsStore);
  });

  it('should load the meetings of the filters newest first', async () => {
    api.listMeetings.mockReturnValue(of([meeting('a', '2025-01-10'), meeting('b', '2025-12-20')]));
    await store.filter({ blocId: 'b1', year: 2025 });
    expect(api.listMeetings).toHaveBeenCalledWith({ blocId: 'b1', year: 2025 });
    expect(store.items().map((m) => m.id)).toEqual(['b', 'a']);
    expect(store.hasFilters()).toBe(true);
  });

  it('should keep the server error when loading fails', async () => {
    api.listMeetings.mockReturnValue(
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
    await store.load();
    expect(store.status()).toBe('error');
    expect(store.error()?.message).toBe('Bạn không có quyền thực hiện thao tác này.');
  });

  it('should ask for the blocs of a year once', async () => {
    api.listBlocs.mockReturnValue(
      of([
        { id: 'b1', isArchived: false },
        { id: 'x', isArchived: true },
      ]),
    );
    await store.loadBlocs(2025);
    await store.loadBlocs(2025);
    expect(api.listBlocs).toHaveBeenCalledTimes(1);
    expect(store.blocs().map((b) => b.id)).toEqual(['b1']);
  });

  it('should answer the new meeting, or the error for the dialog', async () => {
    api.listMeetings.mockReturnValue(of([]));
    api.createMeeting.mockReturnValueOnce(of(meeting('n', '2025-12-20')));
    const created = await store.create({} as never);
    expect(created).toMatchObject({ id: 'n' });
    api.createMeeting.mockReturnValueOnce(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 422,
            error: {
              statusCode: 422,
              code: 'common.validation',
              message: 'x',
              fieldErrors: { title: ['Bắt buộc'] },
            },
          }),
      ),
    );
    const failed = await store.create({} as never);
    expect(failed).toMatchObject({ statusCode: 422, fieldErrors: { title: ['Bắt buộc'] } });
  });
});
