import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import type {
  UnitDetailResponse,
  UnitEventResponse,
  UnitLineageResponse,
} from '@thidua/registry/contracts';

import { UnitKindsApi } from '../unit-kinds/unit-kinds.api';
import { UnitsApi } from '../units/units.api';
import { UnitDetailStore } from './unit-detail.store';

function detail(version = 3): UnitDetailResponse {
  return {
    id: 'u1',
    code: 'STP',
    name: 'Sở Tư pháp',
    shortName: null,
    kind: null,
    parent: null,
    address: null,
    headName: null,
    headPosition: null,
    phone: null,
    email: null,
    isArchived: false,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    version,
    children: [],
    memberships: [
      {
        year: 2024,
        bloc: { id: 'b', name: 'Khối 1', kind: 'khoi' },
        joinedOn: null,
        leftOn: null,
        role: null,
      },
      {
        year: 2025,
        bloc: { id: 'b', name: 'Khối 1', kind: 'khoi' },
        joinedOn: null,
        leftOn: null,
        role: 'head',
      },
    ],
    canManage: true,
  };
}

function conflict(code: string, message: string) {
  return throwError(
    () => new HttpErrorResponse({ status: 409, error: { statusCode: 409, code, message } }),
  );
}

const ref = (id: string, name: string) => ({ id, code: id.toUpperCase(), name, shortName: null });

function event(): UnitEventResponse {
  return {
    id: 'e1',
    kind: 'absorb',
    effectiveDate: '2025-03-01',
    decision: { number: '12/QĐ-UBND', date: '2025-02-20', decidedBy: 'Ủy ban nhân dân tỉnh' },
    note: null,
    sources: [ref('u2', 'Sở Lao động – Thương binh và Xã hội')],
    targets: [ref('u1', 'Sở Nội vụ')],
    mainSource: null,
    previousName: null,
    newName: null,
    previousParent: null,
    newParent: null,
    createdAt: '2025-03-01T02:00:00.000Z',
    canUndo: true,
  };
}

function lineage(): UnitLineageResponse {
  return {
    unit: ref('u1', 'Sở Nội vụ'),
    names: [{ name: 'Sở Nội vụ', from: null, to: null }],
    predecessors: [
      {
        unit: ref('u2', 'Sở Lao động – Thương binh và Xã hội'),
        event: {
          id: 'e1',
          kind: 'absorb',
          effectiveDate: '2025-03-01',
          decisionNumber: '12/QĐ-UBND',
        },
        depth: 1,
        main: false,
      },
    ],
    successors: [],
    rule: 'all',
    inherits: [{ unit: ref('u2', 'Sở Lao động – Thương binh và Xã hội'), untilYear: 2025 }],
  };
}

describe('UnitDetailStore', () => {
  let api: Record<keyof UnitsApi, jest.Mock>;
  let store: UnitDetailStore;

  beforeEach(() => {
    api = {
      list: jest.fn(),
      tree: jest.fn(),
      get: jest.fn().mockReturnValue(of(detail())),
      create: jest.fn(),
      update: jest.fn(),
      remove: jest.fn(),
      export: jest.fn(),
      importFile: jest.fn(),
      importTemplate: jest.fn(),
      events: jest.fn().mockReturnValue(of([event()])),
      lineage: jest.fn().mockReturnValue(of(lineage())),
      recordEvent: jest.fn(),
      undoEvent: jest.fn(),
    };
    TestBed.configureTestingModule({
      providers: [
        UnitDetailStore,
        { provide: UnitsApi, useValue: api },
        { provide: UnitKindsApi, useValue: { list: jest.fn().mockReturnValue(of([])) } },
      ],
    });
    store = TestBed.inject(UnitDetailStore);
  });

  it('should list memberships newest year first', async () => {
    await store.load('u1');
    expect(store.memberships().map((m) => m.year)).toEqual([2025, 2024]);
  });

  it('should archive with the version it was read at', async () => {
    await store.load('u1');
    api.update.mockReturnValue(of({}));
    expect(await store.setArchived(true)).toBeNull();
    expect(api.update).toHaveBeenCalledWith('u1', { isArchived: true, version: 3 });
  });

  it('should reload after a stale version', async () => {
    await store.load('u1');
    api.update.mockReturnValue(conflict('common.staleVersion', 'Đã có người sửa'));
    const error = await store.update({ name: 'X' });
    expect(error?.code).toBe('common.staleVersion');
    expect(api.get).toHaveBeenCalledTimes(2);
  });

  it('should load the lineage and the events with the unit', async () => {
    await store.load('u1');
    expect(store.lineage()?.predecessors.map((p) => p.unit.id)).toEqual(['u2']);
    expect(store.events().map((e) => e.id)).toEqual(['e1']);
  });

  it('should undo an event and reload, or give back the refusal', async () => {
    await store.load('u1');
    api.undoEvent.mockReturnValue(of(undefined));
    expect(await store.undoEvent('e1')).toBeNull();
    expect(api.undoEvent).toHaveBeenCalledWith('u1', 'e1');
    expect(api.get).toHaveBeenCalledTimes(2);
    api.undoEvent.mockReturnValue(
      conflict('unitEvents.notNewest', 'Chỉ hoàn tác được sự kiện mới nhất'),
    );
    expect((await store.undoEvent('e1'))?.code).toBe('unitEvents.notNewest');
  });

  it('should return the referenced error when deleting a unit in use', async () => {
    await store.load('u1');
    api.remove.mockReturnValue(conflict('units.referenced', 'Đơn vị đang được dùng'));
    expect((await store.remove())?.code).toBe('units.referenced');
  });
});
