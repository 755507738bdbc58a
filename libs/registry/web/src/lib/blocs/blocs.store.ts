import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type { BlocListItemResponse, CreateBlocRequest } from '@thidua/registry/contracts';
import { type ApiError, DEFAULT_PAGE_SIZE, type Page } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import { saveDownload } from '../download';
import { type RequestStatus, currentYear } from '../registry.status';
import { type BlocListQuery, BlocsApi } from './blocs.api';

export type BlocFilters = Pick<BlocListQuery, 'q' | 'kind' | 'isArchived' | 'year'>;

/** The blocs list with nothing chosen: this year's, by name, archived blocs left out. */
export function defaultBlocQuery(): BlocListQuery {
  return {
    page: 1,
    pageSize: DEFAULT_PAGE_SIZE,
    sort: 'name',
    isArchived: false,
    year: currentYear(),
  };
}

/** The blocs page: one page of blocs with their figures for the chosen year. Provided per route. */
@Injectable()
export class BlocsStore {
  private readonly api = inject(BlocsApi);
  private readonly queryState = signal<BlocListQuery>(defaultBlocQuery());
  private readonly pageState = signal<Page<BlocListItemResponse> | null>(null);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private readonly isExportingState = signal(false);
  private requestId = 0;

  readonly query = this.queryState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isExporting = this.isExportingState.asReadonly();
  readonly items = computed(() => this.pageState()?.items ?? []);
  readonly total = computed(() => this.pageState()?.total ?? 0);
  readonly year = computed(() => this.queryState().year ?? currentYear());
  readonly isLoading = computed(() => this.statusState() === 'loading');
  readonly hasFilters = computed(() => {
    const { q, kind } = this.queryState();
    return !!q || !!kind;
  });

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
  open(query: BlocListQuery): Promise<void> {
    this.queryState.set(query);
    return this.load();
  }

  filter(filters: BlocFilters): Promise<void> {
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

  async create(request: CreateBlocRequest): Promise<ApiError | null> {
    try {
      await firstValueFrom(this.api.create(request));
      void this.load();
      return null;
    } catch (error) {
      return toApiError(error);
    }
  }

  async export(): Promise<ApiError | null> {
    this.isExportingState.set(true);
    try {
      const year = this.year();
      saveDownload(await firstValueFrom(this.api.export(year)), `khoi-cum-${year}.xlsx`);
      return null;
    } catch (error) {
      return toApiError(error);
    } finally {
      this.isExportingState.set(false);
    }
  }
}
