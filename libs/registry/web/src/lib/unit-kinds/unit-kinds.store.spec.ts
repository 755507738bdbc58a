import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import type { UnitKindResponse } from '@thidua/registry/contracts';

import { UnitKindsApi } from './unit-kinds.api';
import { UnitKindsStore } from './unit-kinds.store';

function kind(id: string, sortOrder: number): UnitKindResponse {
  return { id, code: id, name: `Loại ${id}`, sortOrder, isActive: true, version: 1 };
}

describe('UnitKindsStore', () => {
  let api: { [K in keyof UnitKindsApi]: jest.Mock };
  let store: UnitKindsStore;

  beforeEach(() => {
    api = { list: jest.fn(), create: jest.fn(), update: jest.fn() };
    TestBed.configureTestingModule({
      providers: [UnitKindsStore, { provide: UnitKindsApi, useValue: api }],
    });
    store = TestBed.inject(UnitKindsStore);
  });

  it('should list kinds by sort order', async () => {
    api.list.mockReturnValue(of([kind('b', 2), kind('a', 1)]));
    await store.load();
    expect(store.items().map((k) => k.id)).toEqual(['a', 'b']);
  });

  it('should add a new kind after the last one', async () => {
    api.list.mockReturnValue(of([kind('a', 5)]));
    await store.load();
    api.create.mockReturnValue(of(kind('c', 6)));
    expect(await store.create({ code: 'c', name: 'Loại c' })).toBeNull();
    expect(api.create).toHaveBeenCalledWith({ code: 'c', name: 'Loại c', sortOrder: 6 });
    expect(store.items().map((k) => k.id)).toEqual(['a', 'c']);
  });

  it('should move a kind up and save the new orders', async () => {
    api.list.mockReturnValue(of([kind('a', 10), kind('b', 20)]));
    await store.load();
    api.update.mockImplementation((id: string, changes: { sortOrder: number }) =>
      of(kind(id, changes.sortOrder)),
    );
    await store.move(store.items()[1], -1);
    expect(api.update).toHaveBeenCalledWith('b', { sortOrder: 10, version: 1 });
    expect(api.update).toHaveBeenCalledWith('a', { sortOrder: 20, version: 1 });
    expect(store.items().map((k) => k.id)).toEqual(['b', 'a']);
  });

  it('should reload when saving the order fails', async () => {
    api.list.mockReturnValue(of([kind('a', 10), kind('b', 20)]));
    await store.load();
    api.update.mockReturnValue(
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
    const error = await store.move(store.items()[0], 1);
    expect(error?.message).toBe('Bạn không có quyền thực hiện thao tác này.');
    expect(api.list).toHaveBeenCalledTimes(2);
  });
});
