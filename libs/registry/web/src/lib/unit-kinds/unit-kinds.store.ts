import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type {
  CreateUnitKindRequest,
  UnitKindResponse,
  UpdateUnitKindRequest,
} from '@thidua/registry/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import type { RequestStatus } from '../registry.status';
import { UnitKindsApi } from './unit-kinds.api';

function bySortOrder(a: UnitKindResponse, b: UnitKindResponse): number {
  return a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'vi');
}

/** The unit kinds page: every kind in display order. Provided per route. */
@Injectable()
export class UnitKindsStore {
  private readonly api = inject(UnitKindsApi);
  private readonly itemsState = signal<UnitKindResponse[]>([]);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);

  readonly items = computed(() => [...this.itemsState()].sort(bySortOrder));
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isLoading = computed(() => this.statusState() === 'loading');

  async load(): Promise<void> {
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      this.itemsState.set(await firstValueFrom(this.api.list()));
      this.statusState.set('idle');
    } catch (error) {
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  /** Adds a kind at the end of the list unless a sort order is given. */
  async create(request: CreateUnitKindRequest): Promise<ApiError | null> {
    const last = this.items().at(-1);
    try {
      const created = await firstValueFrom(
        this.api.create({ ...request, sortOrder: request.sortOrder ?? (last?.sortOrder ?? 0) + 1 }),
      );
      this.itemsState.update((items) => [...items, created]);
      return null;
    } catch (error) {
      return toApiError(error);
    }
  }

  /** Saves changes with the version the kind was read at; on 409 the list is read again. */
  async update(
    kind: UnitKindResponse,
    changes: Omit<UpdateUnitKindRequest, 'version'>,
  ): Promise<ApiError | null> {
    try {
      const saved = await firstValueFrom(
        this.api.update(kind.id, { ...changes, version: kind.version }),
      );
      this.replace(saved);
      return null;
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.statusCode === 409) void this.load();
      return apiError;
    }
  }

  /** Swaps a kind with its neighbour (`delta` −1 = up, +1 = down) and saves both orders. */
  async move(kind: UnitKindResponse, delta: -1 | 1): Promise<ApiError | null> {
    const items = this.items();
    const index = items.findIndex((item) => item.id === kind.id);
    const other = items[index + delta];
    if (index < 0 || !other) return null;
    // Renumber so equal sort orders still move.
    const reordered = [...items];
    reordered[index] = other;
    reordered[index + delta] = kind;
    const changed = reordered
      .map((item, i) => ({ item, sortOrder: (i + 1) * 10 }))
      .filter(({ item, sortOrder }) => item.sortOrder !== sortOrder);
    this.itemsState.set(reordered.map((item, i) => ({ ...item, sortOrder: (i + 1) * 10 })));
    try {
      for (const { item, sortOrder } of changed) {
        this.replace(
          await firstValueFrom(this.api.update(item.id, { sortOrder, version: item.version })),
        );
      }
      return null;
    } catch (error) {
      void this.load();
      return toApiError(error);
    }
  }

  private replace(kind: UnitKindResponse): void {
    this.itemsState.update((items) => items.map((item) => (item.id === kind.id ? kind : item)));
  }
}
