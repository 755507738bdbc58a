import { Injectable, inject, signal } from '@angular/core';
import { type Observable, firstValueFrom, map } from 'rxjs';

import type { UnitListItemResponse } from '@thidua/registry/contracts';
import type {
  ApiError,
  ApiKeyResponse,
  CreateApiKeyRequest,
  CreatedApiKeyResponse,
} from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import { ApiKeysApi } from './api-keys.api';

type Status = 'idle' | 'loading' | 'error';

/** The API keys page: one page of keys, creating (the key comes back once), revoking. */
@Injectable()
export class ApiKeysStore {
  private readonly api = inject(ApiKeysApi);
  private readonly itemsState = signal<ApiKeyResponse[]>([]);
  private readonly totalState = signal(0);
  private readonly pageState = signal({ page: 1, pageSize: 20 });
  private readonly statusState = signal<Status>('idle');
  private readonly errorState = signal<ApiError | null>(null);

  readonly items = this.itemsState.asReadonly();
  readonly total = this.totalState.asReadonly();
  readonly paging = this.pageState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();

  async load(page = this.pageState().page, pageSize = this.pageState().pageSize): Promise<void> {
    this.pageState.set({ page, pageSize });
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      const result = await firstValueFrom(this.api.list(page, pageSize));
      this.itemsState.set(result.items);
      this.totalState.set(result.total);
      this.statusState.set('idle');
    } catch (error) {
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  /** Creates a key; resolves to it (with the whole key, to show once) or to the error. */
  async create(request: CreateApiKeyRequest): Promise<CreatedApiKeyResponse | ApiError> {
    try {
      const created = await firstValueFrom(this.api.create(request));
      await this.load(1);
      return created;
    } catch (error) {
      return toApiError(error);
    }
  }

  async revoke(id: string): Promise<ApiError | null> {
    try {
      const revoked = await firstValueFrom(this.api.revoke(id));
      this.itemsState.update((items) => items.map((k) => (k.id === id ? revoked : k)));
      return null;
    } catch (error) {
      return toApiError(error);
    }
  }

  searchUnits(q: string): Observable<UnitListItemResponse[]> {
    return this.api.searchUnits(q).pipe(map((page) => page.items));
  }
}
