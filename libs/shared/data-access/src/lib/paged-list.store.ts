import { type Signal, type WritableSignal, computed, signal } from '@angular/core';
import { type Observable, firstValueFrom } from 'rxjs';

import type { ApiError, Page } from '@thidua/shared/contracts';

import { toApiError } from './api-error';

/** Where a list's last request stands. */
export type ListStatus = 'idle' | 'loading' | 'error';

/** What every paged list's query has (the API's list conventions). */
export interface PagedQuery {
  page?: number;
  pageSize?: number;
  sort?: string;
}

/**
 * A list page's store: one server page of `T` and the query `Q` behind it, with its loading state.
 * A slower, older answer never overwrites a newer one. A subclass says how a page is fetched and
 * which of the query's fields are filters (for "no match" rather than "nothing yet"); it is provided
 * on the page's route.
 */
export abstract class PagedListStore<Q extends PagedQuery, T> {
  private readonly queryState: WritableSignal<Q>;
  private readonly pageState = signal<Page<T> | null>(null);
  private readonly statusState = signal<ListStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private requestId = 0;

  readonly query: Signal<Q>;
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly items = computed(() => this.pageState()?.items ?? []);
  readonly total = computed(() => this.pageState()?.total ?? 0);
  readonly isLoading = computed(() => this.statusState() === 'loading');
  readonly hasFilters = computed(() => this.hasFiltersIn(this.queryState()));

  /** @param defaults the query with nothing chosen. */
  protected constructor(defaults: Q) {
    this.queryState = signal(defaults);
    this.query = this.queryState.asReadonly();
  }

  /** One page of the list for `query`. */
  protected abstract fetch(query: Q): Observable<Page<T>>;

  /** Whether `query` filters the list (a search or a filter chosen). */
  protected abstract hasFiltersIn(query: Q): boolean;

  /** Loads the page of the current query. */
  load(): Promise<void> {
    return this.track(
      () => firstValueFrom(this.fetch(this.queryState())),
      (page) => this.pageState.set(page),
    );
  }

  /** Opens the list on `query` (what the address asks for), whatever it showed before. */
  open(query: Q): Promise<void> {
    this.queryState.set(query);
    return this.load();
  }

  /** Changes the filters and goes back to the first page. */
  filter(filters: Partial<Q>): Promise<void> {
    this.queryState.update((query) => ({ ...query, ...filters, page: 1 }));
    return this.load();
  }

  /** Sorts by `sort` (`field` or `-field`) from the first page. */
  sortBy(sort: string): Promise<void> {
    this.queryState.update((query) => ({ ...query, sort, page: 1 }));
    return this.load();
  }

  goToPage(page: number, pageSize: number): Promise<void> {
    this.queryState.update((query) => ({ ...query, page, pageSize }));
    return this.load();
  }

  /** Changes rows of the page shown (after a save answered with the new row). */
  protected updateItems(change: (items: T[]) => T[]): void {
    this.pageState.update((page) => (page ? { ...page, items: change(page.items) } : page));
  }

  /**
   * Runs `request` as the list's load: the status says loading, then idle or error; `apply` gets the
   * answer unless a newer load has started since.
   */
  protected async track<R>(request: () => Promise<R>, apply: (answer: R) => void): Promise<void> {
    const id = ++this.requestId;
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      const answer = await request();
      if (id !== this.requestId) return;
      apply(answer);
      this.statusState.set('idle');
    } catch (error) {
      if (id !== this.requestId) return;
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }
}
