import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';

import type { MovementListItemResponse } from '@thidua/movements/contracts';
import type { Page } from '@thidua/shared/contracts';

import { MovementsApi } from '../movements.api';
import { MovementsListStore } from './movements-list.store';

function movement(id: string): MovementListItemResponse {
  return {
    id,
    kind: 'regular',
    title: `Phong trào ${id}`,
    launchingAuthority: 'UBND tỉnh Lào Cai',
    launchDate: '2025-01-10',
    startDate: '2025-01-10',
    endDate: '2025-12-31',
    status: 'launched',
    blocCount: 2,
    unitCount: 10,
  };
}

function page(
  items: MovementListItemResponse[],
  total = items.length,
  n = 1,
): Page<MovementListItemResponse> {
  return { items, total, page: n, pageSize: 20 };
}

describe('MovementsListStore', () => {
  let api: { list: jest.Mock };
  let store: MovementsListStore;

  beforeEach(() => {
    api = { list: jest.fn() };
    TestBed.configureTestingModule({
      providers: [MovementsListStore, { provide: MovementsApi, useValue: api }],
    });
    store = TestBed.inject(MovementsListStore);
  });

  it('should load the first page newest first by default', async () => {
    api.list.mockReturnValue(of(page([movement('1')], 41)));
    await store.load();
    expect(api.list).toHaveBeenCalledWith({ page: 1, pageSize: 20, sort: '-startDate' });
    expect(store.items()).toHaveLength(1);
    expect(store.total()).toBe(41);
    expect(store.status()).toBe('idle');
  });

  it('should ask for another page and page size', async () => {
    api.list.mockReturnValue(of(page([movement('21')], 41, 2)));
    await store.goToPage(3, 10);
    expect(api.list).toHaveBeenLastCalledWith({ page: 3, pageSize: 10, sort: '-startDate' });
  });

  it('should go back to page 1 when filtering or sorting', async () => {
    api.list.mockReturnValue(of(page([])));
    await store.goToPage(2, 20);
    await store.filter({ q: 'xanh', kind: 'thematic', status: 'launched', year: 2025 });
    expect(store.query()).toMatchObject({
      page: 1,
      q: 'xanh',
      kind: 'thematic',
      status: 'launched',
      year: 2025,
    });
    expect(store.hasFilters()).toBe(true);
    await store.goToPage(2, 20);
    await store.sortBy('title');
    expect(store.query()).toMatchObject({ page: 1, sort: 'title' });
  });
});
