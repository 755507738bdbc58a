import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type { MovementListItemResponse, MovementListQuery } from '@thidua/movements/contracts';
import { type ApiError, DEFAULT_PAGE_SIZE, type Page } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import { MovementsApi } from '../movements.api';
import type { RequestStatus } from '../movements.status';

export type MovementFilters = Pick<MovementListQuery, 'q' | 'kind' | 'status' | 'year'>;

export const DEFAULT_MOVEMENT_SORT = '-startDate';

/** The movements list with nothing chosen: latest start first. */
export const DEFAULT_MOVEMENT_QUERY: MovementListQuery = {
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
  sort: DEFAULT_MOVEMENT_SORT,
};

/** The movements page: one server page of movements with the filters. Provided per route. */
@Injectable()
export class MovementsListStore {
  private readonly api = inject(MovementsApi);
  private readonly queryState = signal<MovementListQuery>(DEFAULT_MOVEMENT_QUERY);
  private readonly pageState = signal<Page<MovementListItemResponse> | null>(null);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private requestId = 0;

  readonly query = this.queryState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly items = computed(() => this.pageState()?.items ?? []);
  readonly total = computed(() => this.pageState()?.total ?? 0);
  readonly isLoading = computed(() => this.statusState() === 'loading');
  readonly hasFilters = computed(() => {
    const { q, kind, status, year } = this.queryState();
    return !!q || !!kind || !!status || !!year;
  });

  /** Loads the current page. A slower older answer never overwrites a newer one. */
  async load(): Promise<void> {
    const id = ++this.requestId;
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      const page = await firstValueFrom(this.api.list(this.queryState()));
      if (id !== this.requestId) return;
      this.pageState.set(page);
      this.statusState.set('idle');
    } catch (error) {
      if (id !== this.requestId) return;
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  /** Opens the list on `query` (what the address asks for), whatever it showed before. */
  open(query: MovementListQuery): Promise<void> {
    this.queryState.set(query);
    return this.load();
  }

  filter(filters: MovementFilters): Promise<void> {
    this.queryState.update((query) => ({ ...query, ...filters, page: 1 }));
    return this.load();
  }

  sortBy(sort: string): Promise<void> {
    this.queryState.update((query) => ({ ...query, sort, page: 1 }));
    return this.load();
  }

  goToPage(page: number, pageSize: number): Promise<void> {
    this.queryState.update((query) => ({ ...query, page, pageSize }));
    return this.load();
  }
}
