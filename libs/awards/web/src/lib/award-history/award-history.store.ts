import { Injectable, inject, signal } from '@angular/core';
import { Observable, firstValueFrom, map } from 'rxjs';

import type {
  AwardHistoryResponse,
  AwardTypeResponse,
  BeneficiaryKind,
  SaveAwardHistoryRequest,
} from '@thidua/awards/contracts';
import { type ApiError, DEFAULT_PAGE_SIZE, type Page } from '@thidua/shared/contracts';
import { PagedListStore, toApiError } from '@thidua/shared/data-access';

import { AwardTypesApi } from '../award-types/award-types.api';
import { BeneficiariesApi } from '../beneficiaries.api';
import {
  type BeneficiaryOption,
  householdOption,
  personOption,
} from '../nomination-form/nomination-form';
import { AwardHistoryApi, type AwardHistoryQuery } from './award-history.api';

/** The award history with nothing chosen. */
export const DEFAULT_AWARD_HISTORY_QUERY: AwardHistoryQuery = {
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

/** The award history page: one server page with the filters; adding an entry. */
@Injectable()
export class AwardHistoryStore extends PagedListStore<AwardHistoryQuery, AwardHistoryResponse> {
  private readonly api = inject(AwardHistoryApi);
  private readonly awardTypesApi = inject(AwardTypesApi);
  private readonly beneficiariesApi = inject(BeneficiariesApi);
  private readonly awardTypesState = signal<AwardTypeResponse[]>([]);

  readonly awardTypes = this.awardTypesState.asReadonly();

  constructor() {
    super(DEFAULT_AWARD_HISTORY_QUERY);
  }

  protected fetch(query: AwardHistoryQuery): Observable<Page<AwardHistoryResponse>> {
    return this.api.list(query);
  }

  protected hasFiltersIn({ q, year, awardTypeId, beneficiaryKind }: AwardHistoryQuery): boolean {
    return !!(q || year || awardTypeId || beneficiaryKind);
  }

  /** The catalogue, for the filter and the add dialog (best effort). */
  async loadAwardTypes(): Promise<void> {
    try {
      this.awardTypesState.set(await firstValueFrom(this.awardTypesApi.list(true)));
    } catch {
      // The filter stays empty; the list still works.
    }
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
