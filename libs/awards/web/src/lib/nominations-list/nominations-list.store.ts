import { Injectable, inject, signal } from '@angular/core';
import { type Observable, firstValueFrom } from 'rxjs';

import type { AwardTypeResponse, NominationListItemResponse } from '@thidua/awards/contracts';
import type { BlocSummaryResponse } from '@thidua/registry/contracts';
import { DEFAULT_PAGE_SIZE, type Page } from '@thidua/shared/contracts';
import { PagedListStore } from '@thidua/shared/data-access';

import { AwardTypesApi } from '../award-types/award-types.api';
import { NominationsApi, type NominationQuery } from '../nominations.api';

/** The nominations list with nothing chosen. */
export const DEFAULT_NOMINATION_QUERY: NominationQuery = { page: 1, pageSize: DEFAULT_PAGE_SIZE };

/** The nominations page: one server page with the filters, and the filters' choices. */
@Injectable()
export class NominationsListStore extends PagedListStore<
  NominationQuery,
  NominationListItemResponse
> {
  private readonly api = inject(NominationsApi);
  private readonly awardTypesApi = inject(AwardTypesApi);
  private readonly awardTypesState = signal<AwardTypeResponse[]>([]);
  private readonly blocsState = signal<BlocSummaryResponse[]>([]);

  readonly awardTypes = this.awardTypesState.asReadonly();
  readonly blocs = this.blocsState.asReadonly();

  constructor() {
    super(DEFAULT_NOMINATION_QUERY);
  }

  protected fetch(query: NominationQuery): Observable<Page<NominationListItemResponse>> {
    return this.api.list(query);
  }

  protected hasFiltersIn(query: NominationQuery): boolean {
    const { q, year, blocId, awardTypeId, status, beneficiaryKind } = query;
    return !!(q || year || blocId || awardTypeId || status || beneficiaryKind);
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
}
