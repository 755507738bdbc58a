import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import type { AwardTypeResponse } from '@thidua/awards/contracts';
import type { MeetingResponse } from '@thidua/ballots/contracts';
import { BallotsApi, ballotFixture } from '@thidua/ballots/data-access';
import { OutgoingNumbersApi } from '@thidua/registry/web';

import { MeetingStore } from './meeting.store';

function meeting(patch: Partial<MeetingResponse> = {}): MeetingResponse {
  return {
    id: 'm1',
    bloc: { id: 'b1', name: 'Khối các sở', kind: 'khoi' },
    year: 2025,
    title: 'Hội nghị tổng kết',
    meetingDate: '2025-12-20',
    place: 'Hội trường',
    chair: 'Trưởng khối',
    secretary: 'Thư ký',
    countingCommittee: ['A', 'B'],
    voters: [
      {
        id: 'v1',
        unit: { id: 'u1', code: 'STP', name: 'Sở Tư pháp', shortName: null },
        delegateName: 'Nguyễn Văn An',
        userId: null,
        isPresent: true,
      },
    ],
    presentCount: 1,
    eligibleCount: 1,
    quorumPercent: 66.67,
    hasQuorum: true,
    committeeThreshold: 2,
    codeReissues: 0,
    canManage: true,
    ballots: [],
    version: 3,
    ...patch,
  };
}

function apiError(status: number, code: string) {
  return throwError(
    () => new HttpErrorResponse({ status, error: { statusCode: status, code, message: code } }),
  );
}

describe('MeetingStore', () => {
  let api: Record<string, jest.Mock>;
  let numbers: { take: jest.Mock };
  let store: MeetingStore;

  beforeEach(() => {
    api = {
      getMeeting: jest.fn(() => of(meeting())),
      updateMeeting: jest.fn(),
      saveVoters: jest.fn(),
      issueVoterCodes: jest.fn(),
      reissueVoterCode: jest.fn(),
      createBallot: jest.fn(),
      listAwardTypes: jest.fn(),
      listAcceptedNominations: jest.fn(),
      getBallot: jest.fn(() => of(ballotFixture({ version: 7 }))),
      saveMinutesNumber: jest.fn(() => of(ballotFixture())),
    };
    numbers = { take: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        MeetingStore,
        { provide: BallotsApi, useValue: api },
        { provide: OutgoingNumbersApi, useValue: numbers },
      ],
    });
    store = TestBed.inject(MeetingStore);
  });

  it('should load the meeting', async () => {
    await store.load('m1');
    expect(store.meeting()?.title).toBe('Hội nghị tổng kết');
    expect(store.canManage()).toBe(true);
    expect(store.hasOpenedBallots()).toBe(false);
  });

  it('should save the delegates and keep the answer', async () => {
    await store.load('m1');
    api.saveVoters.mockReturnValue(of(meeting({ presentCount: 0, hasQuorum: false })));
    const error = await store.saveVoters({
      voters: [{ unitId: 'u1', delegateName: 'Nguyễn Văn An', isPresent: false }],
    });
    expect(error).toBeNull();
    expect(api.saveVoters).toHaveBeenCalledWith('m1', {
      voters: [{ unitId: 'u1', delegateName: 'Nguyễn Văn An', isPresent: false }],
      version: 3,
    });
    expect(store.meeting()?.hasQuorum).toBe(false);
  });

  it('should send the version when updating and reload on a conflict', async () => {
    await store.load('m1');
    api.updateMeeting.mockReturnValue(apiError(409, 'common.versionConflict'));
    const error = await store.update({ title: 'x' } as never);
    expect(api.updateMeeting).toHaveBeenCalledWith('m1', { title: 'x', version: 3 });
    expect(error?.statusCode).toBe(409);
    expect(api.getMeeting).toHaveBeenCalledTimes(2);
  });

  it('should keep issued codes until hidden', async () => {
    await store.load('m1');
    api.issueVoterCodes.mockReturnValue(
      of([{ voterId: 'v1', delegateName: 'Nguyễn Văn An', unit: null, code: 'ABCD2345' }]),
    );
    expect(await store.issueCodes()).toBeNull();
    expect(store.codes().map((c) => c.code)).toEqual(['ABCD2345']);
    store.hideCodes();
    expect(store.codes()).toEqual([]);
  });

  it('should answer that every delegate already has a code', async () => {
    await store.load('m1');
    api.issueVoterCodes.mockReturnValue(apiError(409, 'ballots.codesAlreadyIssued'));
    expect((await store.issueCodes())?.code).toBe('ballots.codesAlreadyIssued');
    expect(store.codes()).toEqual([]);
  });

  it('should reissue a lost code, show it once as a single slip and reload the meeting', async () => {
    await store.load('m1');
    api.reissueVoterCode.mockReturnValue(
      of({ voterId: 'v1', delegateName: 'Nguyễn Văn An', unit: null, code: 'WXYZ6789' }),
    );
    api.getMeeting.mockReturnValue(of(meeting({ codeReissues: 1 })));
    const request = { reason: 'Mất phiếu ghi mã', isChairApproved: true };
    expect(await store.reissueCode('v1', request)).toBeNull();
    expect(api.reissueVoterCode).toHaveBeenCalledWith('m1', 'v1', request);
    expect(store.codes().map((c) => c.code)).toEqual(['WXYZ6789']);
    await new Promise((resolve) => setTimeout(resolve));
    expect(store.meeting()?.codeReissues).toBe(1);
  });

  it('should give back the chair’s missing approval as a field error', async () => {
    await store.load('m1');
    api.reissueVoterCode.mockReturnValue(apiError(422, 'ballots.reissueNeedsChair'));
    const error = await store.reissueCode('v1', { reason: 'x', isChairApproved: false });
    expect(error?.code).toBe('ballots.reissueNeedsChair');
    expect(store.codes()).toEqual([]);
  });

  it('should list accepted nominations of the bloc and year for an award', async () => {
    await store.load('m1');
    api.listAcceptedNominations.mockReturnValue(of([]));
    await store.loadCandidates('a1');
    expect(api.listAcceptedNominations).toHaveBeenCalledWith(2025, 'b1', 'a1');
  });

  it('should ask for the award types once and keep the active ones in order', async () => {
    const types = [
      { id: 'b', name: 'Bằng khen', isActive: true, sortOrder: 2 },
      { id: 'c', name: 'Cũ', isActive: false, sortOrder: 0 },
      { id: 'a', name: 'Cờ thi đua', isActive: true, sortOrder: 1 },
    ] as AwardTypeResponse[];
    api.listAwardTypes.mockReturnValue(of(types));
    await store.loadAwardTypes();
    const again = await store.loadAwardTypes();
    expect(api.listAwardTypes).toHaveBeenCalledTimes(1);
    expect(again.map((t) => t.id)).toEqual(['a', 'b']);
  });

  it('should answer the error when creating a ballot fails', async () => {
    await store.load('m1');
    api.createBallot.mockReturnValue(apiError(422, 'ballots.candidateNotAccepted'));
    const result = await store.createBallot({} as never);
    expect(result).toMatchObject({ code: 'ballots.candidateNotAccepted' });
  });

  it("should save the minutes' number against the ballot's version as read now", async () => {
    await store.load('m1');
    expect(await store.saveMinutesNumber('b1', '3/BB-KTĐ')).toBeNull();
    expect(api.saveMinutesNumber).toHaveBeenCalledWith('b1', {
      minutesNumber: '3/BB-KTĐ',
      version: 7,
    });
    api.saveMinutesNumber.mockReturnValue(apiError(409, 'common.versionConflict'));
    expect((await store.saveMinutesNumber('b1', null))?.statusCode).toBe(409);
  });

  it("should take the minutes' number from the bloc's own register", async () => {
    numbers.take.mockReturnValue(of({ symbol: '1/BB-KTĐ' }));
    expect(await store.takeMinutesNumber('b1', 'Bình xét', '2025-12-20')).toEqual({
      symbol: '1/BB-KTĐ',
    });
    expect(numbers.take).toHaveBeenCalledWith({
      documentKind: 'minutes',
      documentDate: '2025-12-20',
      blocId: 'b1',
      subject: 'Biên bản kiểm phiếu: Bình xét',
    });
    numbers.take.mockReturnValue(apiError(403, 'common.forbidden'));
    expect(await store.takeMinutesNumber('b1', 'Bình xét', '2025-12-20')).toMatchObject({
      statusCode: 403,
    });
  });
});
