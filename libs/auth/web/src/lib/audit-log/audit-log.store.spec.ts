import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import type { AuditLogEntryResponse } from '@thidua/shared/contracts';

import { AuditLogApi } from './audit-log.api';
import { AuditLogStore } from './audit-log.store';

const entry: AuditLogEntryResponse = {
  id: 'a1',
  at: '2025-03-04T05:06:00Z',
  actorId: 'u1',
  actorUsername: 'admin',
  action: 'update',
  entity: 'user',
  entityId: 'u2',
  before: { fullName: 'A' },
  after: { fullName: 'B' },
  reason: null,
  ip: '203.0.113.7',
  userAgent: 'Mozilla/5.0',
  origin: 'request',
};

describe('AuditLogStore', () => {
  let api: { list: jest.Mock; export: jest.Mock };
  let store: AuditLogStore;

  beforeEach(() => {
    api = {
      list: jest.fn().mockReturnValue(of({ items: [entry], total: 1, page: 1, pageSize: 20 })),
      export: jest.fn(),
    };
    TestBed.configureTestingModule({
      providers: [AuditLogStore, { provide: AuditLogApi, useValue: api }],
    });
    store = TestBed.inject(AuditLogStore);
  });

  it('should load entries with the filters from page 1', async () => {
    await store.goToPage(3, 20);
    await store.filter({ entity: 'user', action: 'update', from: '2025-03-01', to: '2025-03-31' });
    expect(api.list).toHaveBeenLastCalledWith({
      page: 1,
      pageSize: 20,
      entity: 'user',
      action: 'update',
      from: '2025-03-01',
      to: '2025-03-31',
    });
    expect(store.items()).toEqual([entry]);
    expect(store.hasFilters()).toBe(true);
  });

  it('should expand and collapse one entry', () => {
    store.toggle(entry);
    expect(store.expandedId()).toBe('a1');
    store.toggle(entry);
    expect(store.expandedId()).toBeNull();
  });

  it('should count a filter by actor as a filter', async () => {
    await store.filter({ actor: 'thuky' });
    expect(api.list).toHaveBeenLastCalledWith({ page: 1, pageSize: 20, actor: 'thuky' });
    expect(store.hasFilters()).toBe(true);
  });

  it("should answer the server's error of an export and end the export", async () => {
    const body = { statusCode: 422, code: 'audit.exportRangeTooLong', message: 'Tối đa 366 ngày.' };
    api.export.mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 422,
            // jsdom's Blob has no text(): the browser's is given here.
            error: Object.assign(new Blob([JSON.stringify(body)]), {
              text: async () => JSON.stringify(body),
            }),
          }),
      ),
    );
    const error = await store.exportPeriod({ from: '2024-01-01', to: '2025-06-30' });
    expect(api.export).toHaveBeenCalledWith({ from: '2024-01-01', to: '2025-06-30' });
    expect(error).toEqual(body);
    expect(store.isExporting()).toBe(false);
  });
});
