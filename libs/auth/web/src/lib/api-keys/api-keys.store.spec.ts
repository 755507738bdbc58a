import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import type { ApiKeyResponse } from '@thidua/shared/contracts';

import { ApiKeysApi } from './api-keys.api';
import { ApiKeysStore } from './api-keys.store';

function apiKey(overrides: Partial<ApiKeyResponse> = {}): ApiKeyResponse {
  return {
    id: 'k1',
    name: 'Phần mềm quản lý văn bản',
    prefix: 'td_live_abcd1234',
    scopes: ['registry:read'],
    unitId: null,
    unitName: null,
    rateLimitPerMinute: 600,
    expiresAt: '2027-01-01T00:00:00.000Z',
    createdAt: '2026-01-01T00:00:00.000Z',
    createdByUsername: 'admin',
    lastUsedAt: null,
    revokedAt: null,
    revokedByUsername: null,
    ...overrides,
  };
}

describe('ApiKeysStore', () => {
  let api: Record<'list' | 'create' | 'revoke' | 'searchUnits', jest.Mock>;
  let store: ApiKeysStore;

  beforeEach(() => {
    api = {
      list: jest.fn(() => of({ items: [apiKey()], total: 1, page: 1, pageSize: 20 })),
      create: jest.fn(() => of({ ...apiKey({ id: 'k2' }), key: 'td_live_abcd1234_secret' })),
      revoke: jest.fn(() => of(apiKey({ revokedAt: '2026-02-01T00:00:00.000Z' }))),
      searchUnits: jest.fn(),
    };
    TestBed.configureTestingModule({
      providers: [ApiKeysStore, { provide: ApiKeysApi, useValue: api }],
    });
    store = TestBed.inject(ApiKeysStore);
  });

  it('should load a page of keys', async () => {
    await store.load(2, 50);
    expect(api.list).toHaveBeenCalledWith(2, 50);
    expect(store.items().map((k) => k.id)).toEqual(['k1']);
    expect(store.status()).toBe('idle');
  });

  it('should hand back the created key (to show once) and read the first page again', async () => {
    const request = { name: 'A', scopes: ['registry:read' as const], expiresAt: '2027-01-01' };
    const created = await store.create(request);
    expect(created).toEqual(expect.objectContaining({ key: 'td_live_abcd1234_secret' }));
    expect(api.create).toHaveBeenCalledWith(request);
    expect(api.list).toHaveBeenCalledWith(1, 20);
  });

  it('should replace a revoked key in the list, and hand back a refusal', async () => {
    await store.load();
    expect(await store.revoke('k1')).toBeNull();
    expect(store.items()[0].revokedAt).not.toBeNull();
    api.revoke.mockReturnValueOnce(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: { statusCode: 409, code: 'apiKeys.alreadyRevoked', message: 'Đã thu hồi.' },
          }),
      ),
    );
    expect(await store.revoke('k1')).toEqual(
      expect.objectContaining({ code: 'apiKeys.alreadyRevoked' }),
    );
  });
});
