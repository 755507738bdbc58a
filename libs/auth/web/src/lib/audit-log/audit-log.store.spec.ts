import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';

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
  ip: null,
};

describe('AuditLogStore', () => {
  let api: { list: jest.Mock };
  let store: AuditLogStore;

  beforeEach(() => {
    api = {
      list: jest.fn().mockReturnValue(of({ items: [entry], total: 1, page: 1, pageSize: 20 })),
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
});
