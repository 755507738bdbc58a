import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import type { UnitListItemResponse } from '@thidua/registry/contracts';
import type { Page } from '@thidua/shared/contracts';

import { UnitKindsApi } from '../unit-kinds/unit-kinds.api';
import { UnitsApi } from './units.api';
import { DEFAULT_UNIT_QUERY, UnitsStore } from './units.store';

function unit(id: string): UnitListItemResponse {
  return { id, code: id, name: `Đơn vị ${id}`, shortName: null, kindName: null, isArchived: false };
}

function page(items: UnitListItemResponse[], total = items.length): Page<UnitListItemResponse> {
  return { items, total, page: 1, pageSize: 20 };
}

describe('UnitsStore', () => {
  let api: Record<keyof UnitsApi, jest.Mock>;
  let kindsApi: Record<keyof UnitKindsApi, jest.Mock>;
  let store: UnitsStore;

  beforeEach(() => {
    api = {
      list: jest.fn(),
      tree: jest.fn(),
      get: jest.fn(),
      create: jest.fn(),
      update: jest.fn(),
      remove: jest.fn(),
      export: jest.fn(),
      importFile: jest.fn(),
      importTemplate: jest.fn(),
    };
    kindsApi = { list: jest.fn(), create: jest.fn(), update: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        UnitsStore,
        { provide: UnitsApi, useValue: api },
        { provide: UnitKindsApi, useValue: kindsApi },
      ],
    });
    store = TestBed.inject(UnitsStore);
  });

  it('should load the first page of active units sorted by name', async () => {
    api.list.mockReturnValue(of(page([unit('1'), unit('2')], 57)));
    await store.load();
    expect(api.list).toHaveBeenCalledWith({
      page: 1,
      pageSize: 20,
      sort: 'name',
      isArchived: false,
    });
    expect(store.items()).toHaveLength(2);
    expect(store.total()).toBe(57);
  });

  it('should keep the filters when paging and reset the page when filtering', async () => {
    api.list.mockReturnValue(of(page([])));
    await store.filter({ q: 'so tu phap', kindId: 'k1', isArchived: undefined });
    await store.goToPage(3, 50);
    expect(api.list).toHaveBeenLastCalledWith({
      page: 3,
      pageSize: 50,
      sort: 'name',
      q: 'so tu phap',
      kindId: 'k1',
      isArchived: undefined,
    });
    await store.sortBy('-code');
    expect(store.query().page).toBe(1);
    expect(store.hasFilters()).toBe(true);
  });

  it('should load the tree in tree view', async () => {
    api.tree.mockReturnValue(
      of([
        { id: 'c', code: 'C', name: 'Con', parentId: 'p', isArchived: false },
        { id: 'p', code: 'P', name: 'Cha', parentId: null, isArchived: false },
      ]),
    );
    await store.setView('tree');
    expect(api.tree).toHaveBeenCalledWith(false);
    expect(store.tree()[0].children[0].id).toBe('c');
  });

  it('should put archived units in the tree when the list shows them', async () => {
    api.tree.mockReturnValue(of([]));
    await store.open({ ...DEFAULT_UNIT_QUERY, isArchived: undefined }, 'tree');
    expect(api.tree).toHaveBeenCalledWith(true);
    expect(api.list).not.toHaveBeenCalled();
  });

  it('should return the field error when the code is taken', async () => {
    api.create.mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: {
              statusCode: 409,
              code: 'units.codeTaken',
              message: 'Mã đơn vị đã được dùng',
              fieldErrors: { code: ['Mã đơn vị đã được dùng'] },
            },
          }),
      ),
    );
    const error = await store.create({ code: 'STP', name: 'Sở Tư pháp' });
    expect(error?.fieldErrors?.['code']).toEqual(['Mã đơn vị đã được dùng']);
    expect(api.list).not.toHaveBeenCalled();
  });

  it('should offer only active kinds for new units', async () => {
    kindsApi.list.mockReturnValue(
      of([
        { id: 'a', code: 'a', name: 'Sở', sortOrder: 1, isActive: true },
        { id: 'b', code: 'b', name: 'Cũ', sortOrder: 2, isActive: false },
      ]),
    );
    await store.loadKinds();
    expect(store.activeKinds().map((k) => k.id)).toEqual(['a']);
  });
});
