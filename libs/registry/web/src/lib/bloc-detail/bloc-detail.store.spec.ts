import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import type {
  BlocDetailResponse,
  BlocYearResponse,
  RotationProposalResponse,
  UnitRef,
} from '@thidua/registry/contracts';

import { BlocsApi } from '../blocs/blocs.api';
import { UnitsApi } from '../units/units.api';
import { BlocDetailStore } from './bloc-detail.store';

const a: UnitRef = { id: 'a', code: 'A', name: 'Sở A', shortName: null };
const b: UnitRef = { id: 'b', code: 'B', name: 'Sở B', shortName: null };
const c: UnitRef = { id: 'c', code: 'C', name: 'Sở C', shortName: null };

function detail(): BlocDetailResponse {
  return {
    id: 'k1',
    name: 'Khối các sở',
    kind: 'khoi',
    description: null,
    managingAuthority: null,
    headCooldownYears: null,
    isArchived: false,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    version: 7,
    years: [
      { year: 2024, memberCount: 3, head: a, deputy: b },
      { year: 2025, memberCount: 3, head: b, deputy: c },
    ],
    canManage: true,
  };
}

function yearData(head: UnitRef | null = null, deputy: UnitRef | null = null): BlocYearResponse {
  return {
    blocId: 'k1',
    year: 2026,
    members: [c, a, b].map((unit, i) => ({
      unitId: unit.id,
      unit: { ...unit, isArchived: false },
      rotationOrder: [3, 1, 2][i],
      joinedOn: '2026-01-01',
      leftOn: null,
    })),
    head,
    deputy,
    canManage: true,
    version: 4,
  };
}

const proposal: RotationProposalResponse = {
  year: 2026,
  basedOnYear: 2025,
  head: c,
  deputy: a,
  cooldownYears: 2,
  reasons: [
    { code: 'deputyBecomesHead', role: 'head', unit: c, year: null },
    { code: 'nextInOrderBecomesDeputy', role: 'deputy', unit: a, year: null },
  ],
};

function apiError(status: number, code: string, message: string) {
  return throwError(
    () => new HttpErrorResponse({ status, error: { statusCode: status, code, message } }),
  );
}

describe('BlocDetailStore', () => {
  let api: Record<keyof BlocsApi, jest.Mock>;
  let unitsApi: { list: jest.Mock };
  let store: BlocDetailStore;

  beforeEach(async () => {
    api = {
      list: jest.fn(),
      get: jest.fn().mockReturnValue(of(detail())),
      create: jest.fn(),
      update: jest.fn(),
      export: jest.fn(),
      getYear: jest.fn().mockReturnValue(of(yearData())),
      putMembers: jest.fn(),
      putLeadership: jest.fn(),
      copyPrevious: jest.fn(),
      rotationProposal: jest.fn().mockReturnValue(of(proposal)),
      workingYear: jest.fn(),
    };
    unitsApi = { list: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        BlocDetailStore,
        { provide: BlocsApi, useValue: api },
        { provide: UnitsApi, useValue: unitsApi },
      ],
    });
    store = TestBed.inject(BlocDetailStore);
    await store.load('k1', 2026);
  });

  it('should load the bloc, the year in rotation order, the proposal and the history', () => {
    expect(api.getYear).toHaveBeenCalledWith('k1', 2026);
    expect(store.members().map((m) => m.unitId)).toEqual(['a', 'b', 'c']);
    expect(store.proposal()?.head?.id).toBe('c');
    expect(store.history().map((h) => h.year)).toEqual([2025, 2024]);
    expect(store.canManageYear()).toBe(true);
  });

  it('should save the members in order with the effective date', async () => {
    api.putMembers.mockReturnValue(of(yearData()));
    const error = await store.saveMembers(['b', 'a'], '2026-07-01');
    expect(error).toBeNull();
    expect(api.putMembers).toHaveBeenCalledWith('k1', 2026, {
      unitIds: ['b', 'a'],
      effectiveDate: '2026-07-01',
      version: 4,
    });
    expect(store.isSaving()).toBe(false);
  });

  it('should return the server message when a unit is in another bloc and keep the data', async () => {
    api.putMembers.mockReturnValue(
      apiError(409, 'blocs.unitInOtherBloc', 'Sở D đã thuộc Khối kinh tế năm 2026'),
    );
    const error = await store.saveMembers(['a', 'b', 'c', 'd'], null);
    expect(error?.code).toBe('blocs.unitInOtherBloc');
    expect(error?.message).toContain('Khối kinh tế');
    expect(store.members()).toHaveLength(3);
    expect(store.isSaving()).toBe(false);
  });

  it('should return the error when removing the head', async () => {
    api.putMembers.mockReturnValue(
      apiError(409, 'blocs.leaderCannotBeRemoved', 'Không thể bỏ Trưởng khối'),
    );
    expect((await store.saveMembers(['a'], null))?.code).toBe('blocs.leaderCannotBeRemoved');
  });

  it('should accept the proposal by saving its head and deputy', async () => {
    api.putLeadership.mockReturnValue(of(yearData(c, a)));
    expect(store.proposalDiffers()).toBe(true);
    expect(await store.acceptProposal()).toBeNull();
    expect(api.putLeadership).toHaveBeenCalledWith('k1', 2026, {
      headUnitId: 'c',
      deputyUnitId: 'a',
      version: 4,
    });
    expect(store.yearData()?.head?.id).toBe('c');
    expect(store.proposalDiffers()).toBe(false);
  });

  it('should return a 422 leadership error', async () => {
    api.putLeadership.mockReturnValue(
      apiError(422, 'blocs.headEqualsDeputy', 'Trưởng khối và Phó khối phải khác nhau'),
    );
    const error = await store.saveLeadership('a', 'a');
    expect(error?.statusCode).toBe(422);
    expect(store.yearData()?.head).toBeNull();
  });

  it('should copy the previous year', async () => {
    api.copyPrevious.mockReturnValue(of(yearData()));
    expect(await store.copyPrevious()).toBeNull();
    expect(api.copyPrevious).toHaveBeenCalledWith('k1', 2026, { version: 4 });
  });

  it('should read the year again when someone else changed it (409)', async () => {
    api.putLeadership.mockReturnValue(
      apiError(409, 'common.staleVersion', 'Dữ liệu đã được người khác thay đổi'),
    );
    api.getYear.mockReturnValue(of({ ...yearData(c, a), version: 5 }));
    const error = await store.saveLeadership('a', 'b');
    expect(error?.code).toBe('common.staleVersion');
    expect(api.getYear).toHaveBeenLastCalledWith('k1', 2026);
    await Promise.resolve();
    expect(store.yearData()?.version).toBe(5);
    expect(store.yearData()?.head?.id).toBe('c');
  });

  it('should keep the page when the proposal cannot be made', async () => {
    api.rotationProposal.mockReturnValue(
      apiError(403, 'common.forbidden', 'Bạn không có quyền thực hiện thao tác này.'),
    );
    await store.load('k1', 2027);
    expect(store.proposal()).toBeNull();
    expect(store.proposalError()?.message).toBe('Bạn không có quyền thực hiện thao tác này.');
    expect(store.status()).toBe('idle');
  });

  it('should look for candidates among active units in no bloc that year', () => {
    unitsApi.list.mockReturnValue(of({ items: [], total: 0, page: 1, pageSize: 20 }));
    store.searchCandidates('so').subscribe();
    expect(unitsApi.list).toHaveBeenCalledWith(
      expect.objectContaining({ q: 'so', isArchived: false, withoutBlocIn: 2026 }),
    );
  });

  it('should update the bloc with its version', async () => {
    api.update.mockReturnValue(of({}));
    await store.updateBloc({ description: 'Mô tả' });
    expect(api.update).toHaveBeenCalledWith('k1', { description: 'Mô tả', version: 7 });
  });
});
