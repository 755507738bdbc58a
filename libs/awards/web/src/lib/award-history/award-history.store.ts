import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, firstValueFrom, map } from 'rxjs';

import type {
  AwardHistoryResponse,
  AwardTypeResponse,
  BeneficiaryKind,
  SaveAwardHistoryRequest,
} from '@thidua/awards/contracts';
import { type ApiError, DEFAULT_PAGE_SIZE, type Page } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import { AwardTypesApi } from '../award-types/award-types.api';
import type { RequestStatus } from '../awards.status';
import { BeneficiariesApi } from '../beneficiaries.api';
import {
  type BeneficiaryOption,
  householdOption,
  personOption,
} from '../nomination-form/nomination-form';
import { AwardHistoryApi, type AwardHistoryQuery } from './award-history.api';

export type AwardHistoryFilters = Pick<
  AwardHistoryQuery,
  'q' | 'year' | 'awardTypeId' | 'beneficiaryKind'
>;

/** The award history with nothing chosen. */
export const DEFAULT_AWARD_HISTORY_QUERY: AwardHistoryQuery = {
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

/** The award history page: one server page with the filters; adding an entry. */
@Injectable()
export class AwardHistoryStore {
  private readonly api = inject(AwardHistoryApi);
  private readonly awardTypesApi = inject(AwardTypesApi);
  private readonly beneficiariesApi = inject(BeneficiariesApi);
  private readonly queryState = signal<AwardHistoryQuery>(DEFAULT_AWARD_HISTORY_QUERY);
  private readonly pageState = signal<Page<AwardHistoryResponse> | null>(null);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private readonly awardTypesState = signal<AwardTypeResponse[]>([]);
  private requestId = 0;

  readonly query = this.queryState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly awardTypes = this.awardTypesState.asReadonly();
  readonly items = computed(() => this.pageState()?.items ?? []);
  readonly total = computed(() => this.pageState()?.total ?? 0);
  readonly isLoading = computed(() => this.statusState() === 'loading');
  readonly hasFilters = computed(() => {
    const { q, year, awardTypeId, beneficiaryKind } = this.queryState();
    return !!(q || year || awardTypeId || beneficiaryKind);
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

  /** The catalogue, for the filter and the add dialog (best effort). */
  async loadAwardTypes(): Promise<void> {
    try {
      this.awardTypesState.set(await firstValueFrom(this.awardTypesApi.list(true)));
    } catch {
      // The filter stays empty; the list still works.
    }
  }

  /** Opens the list on `query` (what the address asks for), whatever it showed before. */
  open(query: AwardHistoryQuery): Promise<void> {
    this.queryState.set(query);
    return this.load();
  }

  filter(filters: AwardHistoryFilters): Promise<void> {
    this.queryState.update((query) => ({ ...query, ...filters, page: 1 }));
    return this.load();
  }

  goToPage(page: number, pageSize: number): Promise<void> {
    this.queryState.update((query) => ({ ...query, page, pageSize }));
    return this.load();
  }

  /** Adds an award received (admin); reloads the page when saved. */
  async create(request: SaveAwardHistoryRequest): Promise<ApiError | null> {
    try {
      await firstValueFrom(this.api.create(request));
      void this.load();
      return null;
    } catch (error) {
      return toApiError(error);
    }
  }

  /** Units, people or households to pick, by kind. */
  searchBeneficiaries(kind: BeneficiaryKind, q: string): Observable<BeneficiaryOption[]> {
    const query = { q: q || undefined, page: 1, pageSize: 20 };
    switch (kind) {
      case 'collective':
        return this.beneficiariesApi
          .searchUnits(q)
          .pipe(
            map((page) =>
              page.items.map((unit) => ({ id: unit.id, name: unit.name, detail: unit.code })),
            ),
          );
      case 'individual':
        return this.beneficiariesApi
          .listPeople(query)
          .pipe(map((page) => page.items.map(personOption)));
      case 'household':
        return this.beneficiariesApi
          .listHouseholds(query)
          .pipe(map((page) => page.items.map(householdOption)));
    }
  }
}
