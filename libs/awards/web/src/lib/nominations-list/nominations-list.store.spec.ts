import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';

import type { NominationListItemResponse } from '@thidua/awards/contracts';

import { AwardTypesApi } from '../award-types/award-types.api';
import { NominationsApi } from '../nominations.api';
import { NominationsListStore } from './nominations-list.store';

const item = { id: 'n1', year: 2025 } as NominationListItemResponse;

describe('NominationsListStore', () => {
  let api: { list: jest.Mock; listBlocs: jest.Mock };
  let store: NominationsListStore;

  beforeEach(() => {
    api = {
      list: jest.fn(() => of({ items: [item], total: 41, page: 1, pageSize: 20 })),
      listBlocs: jest.fn(() =>
        of({ items: [{ id: 'b1', name: 'Khối 1', kind: 'khoi', extra: 1 }], total: 1 }),
      ),
    };
    TestBed.configureTestingModule({
      providers: [
        NominationsListStore,
        { provide: NominationsApi, useValue: api },
        { provide: AwardTypesApi, useValue: { list: jest.fn(() => of([])) } },
      ],
    });
    store = TestBed.inject(NominationsListStore);
  });

  it('should load the first page', async () => {
    await store.load();
    expect(api.list).toHaveBeenCalledWith({ page: 1, pageSize: 20 });
    expect(store.items()).toEqual([item]);
    expect(store.total()).toBe(41);
    expect(store.status()).toBe('idle');
  });

  it('should go back to page 1 when filtering and keep the page size', async () => {
    await store.goToPage(3, 50);
    expect(api.list).toHaveBeenLastCalledWith({ page: 3, pageSize: 50 });
    await store.filter({ year: 2025, status: 'submitted', beneficiaryKind: 'individual', q: 'A' });
    expect(api.list).toHaveBeenLastCalledWith({
      page: 1,
      pageSize: 50,
      year: 2025,
      status: 'submitted',
      beneficiaryKind: 'individual',
      q: 'A',
    });
    expect(store.hasFilters()).toBe(true);
    await store.filter({
      year: undefined,
      status: undefined,
      beneficiaryKind: undefined,
      q: undefined,
    });
    expect(store.hasFilters()).toBe(false);
  });

  it('should load the blocs of a year for the filter', async () => {
    await store.loadChoices(2025);
    expect(api.listBlocs).toHaveBeenCalledWith(2025);
    expect(store.blocs()).toEqual([{ id: 'b1', name: 'Khối 1', kind: 'khoi' }]);
  });
});
