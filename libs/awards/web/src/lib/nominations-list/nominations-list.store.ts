import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type { AwardTypeResponse, NominationListItemResponse } from '@thidua/awards/contracts';
import type { BlocSummaryResponse } from '@thidua/registry/contracts';
import { type ApiError, DEFAULT_PAGE_SIZE, type Page } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import { AwardTypesApi } from '../award-types/award-types.api';
import type { RequestStatus } from '../awards.status';
import { NominationsApi, type NominationQuery } from '../nominations.api';

export type NominationFilters = Pick<
  NominationQuery,
  'q' | 'year' | 'blocId' | 'awardTypeId' | 'status' | 'beneficiaryKind'
>;

/** The nominations list with nothing chosen. */
export const DEFAULT_NOMINATION_QUERY: NominationQuery = { page: 1, pageSize: DEFAULT_PAGE_SIZE };

/** The nominations page: one server page with the filters, and the filters' choices. */
@Injectable()
export class NominationsListStore {
  private readonly api = inject(NominationsApi);
  private readonly awardTypesApi = inject(AwardTypesApi);
  private readonly queryState = signal<NominationQuery>(DEFAULT_NOMINATION_QUERY);
  private readonly pageState = signal<Page<NominationListItemResponse> | null>(null);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private readonly awardTypesState = signal<AwardTypeResponse[]>([]);
  private readonly blocsState = signal<BlocSummaryResponse[]>([]);
  private requestId = 0;

  readonly query = this.queryState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly awardTypes = this.awardTypesState.asReadonly();
  readonly blocs = this.blocsState.asReadonly();
  readonly items = computed(() => this.pageState()?.items ?? []);
  readonly total = computed(() => this.pageState()?.total ?? 0);
  readonly isLoading = computed(() => this.statusState() === 'loading');
  readonly hasFilters = computed(() => {
    const { q, year, blocId, awardTypeId, status, beneficiaryKind } = this.queryState();
    return !!(q || year || blocId || awardTypeId || status || beneficiaryKind);
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

  /** The award catalogue and the blocs of the year, for the filters (best effort). */
  async loadChoices(year?: number): Promise<void> {
    const [types, blocs] = await Promise.allSettled([
      firstValueFrom(this.awardTypesApi.list(true)),
      firstValueFrom(this.api.listBlocs(year)),
    ]);
    if (types.status === 'fulfilled') this.awardTypesState.set(types.value);
    if (blocs.status === 'fulfilled')
      this.blocsState.set(blocs.value.items.map(({ id, name, kind }) => ({ id, name, kind })));
  }

  /** Opens the list on `query` (what the address asks for), whatever it showed before. */
  open(query: NominationQuery): Promise<void> {
    this.queryState.set(query);
    return this.load();
  }

  filter(filters: NominationFilters): Promise<void> {
    this.queryState.update((query) => ({ ...query, ...filters, page: 1 }));
    return this.load();
  }

  goToPage(page: number, pageSize: number): Promise<void> {
    this.queryState.update((query) => ({ ...query, page, pageSize }));
    return this.load();
  }
}
