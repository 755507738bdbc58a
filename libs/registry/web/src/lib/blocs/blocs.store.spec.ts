import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import type { BlocListItemResponse } from '@thidua/registry/contracts';

import { WorkingYear } from '../working-year';
import { BlocsApi } from './blocs.api';
import { BlocsStore } from './blocs.store';

function bloc(id: string): BlocListItemResponse {
  return {
    id,
    name: `Khối ${id}`,
    kind: 'khoi',
    description: null,
    managingAuthority: null,
    headCooldownYears: null,
    isArchived: false,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    version: 1,
    year: 2025,
    memberCount: 5,
    head: null,
    deputy: null,
  };
}

describe('BlocsStore', () => {
  let api: { list: jest.Mock; create: jest.Mock; export: jest.Mock; workingYear: jest.Mock };
  let store: BlocsStore;

  beforeEach(async () => {
    api = {
      list: jest.fn(),
      create: jest.fn(),
      export: jest.fn(),
      workingYear: jest.fn(() => of({ year: 2024, calendarYear: 2026 })),
    };
    TestBed.configureTestingModule({
      providers: [BlocsStore, { provide: BlocsApi, useValue: api }],
    });
    await TestBed.inject(WorkingYear).load();
    store = TestBed.inject(BlocsStore);
  });

  it('should load the working year (the latest with members) by default', async () => {
    api.list.mockReturnValue(of({ items: [bloc('1')], total: 1, page: 1, pageSize: 20 }));
    await store.load();
    expect(api.list).toHaveBeenCalledWith({
      page: 1,
      pageSize: 20,
      sort: 'name',
      isArchived: false,
      year: 2024,
    });
    expect(store.items()).toHaveLength(1);
  });

  it('should change the year and kind and go back to page 1', async () => {
    api.list.mockReturnValue(of({ items: [], total: 0, page: 1, pageSize: 20 }));
    await store.goToPage(2, 20);
    await store.filter({ year: 2023, kind: 'cum' });
    expect(store.query()).toMatchObject({ page: 1, year: 2023, kind: 'cum' });
    expect(store.year()).toBe(2023);
    expect(store.hasFilters()).toBe(true);
  });

  it('should return the name-taken error when creating', async () => {
    api.create.mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: { statusCode: 409, code: 'blocs.nameTaken', message: 'Tên khối đã có' },
          }),
      ),
    );
    const error = await store.create({ name: 'Khối 1', kind: 'khoi' });
    expect(error?.code).toBe('blocs.nameTaken');
  });
});
