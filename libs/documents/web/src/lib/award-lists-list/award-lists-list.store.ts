import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type { AwardListSummaryResponse } from '@thidua/documents/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import { AwardListsApi } from '../award-lists.api';
import type { RequestStatus } from '../labels';

/** The award lists page: every list the user may read, filtered by year. Provided per route. */
@Injectable()
export class AwardListsListStore {
  private readonly api = inject(AwardListsApi);
  private readonly itemsState = signal<AwardListSummaryResponse[]>([]);
  private readonly yearState = signal<number | null>(null);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private requestId = 0;

  readonly items = this.itemsState.asReadonly();
  readonly year = this.yearState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isLoading = computed(() => this.statusState() === 'loading');

  /** Loads the lists. A slower older answer never overwrites a newer one. */
  async load(): Promise<void> {
    const id = ++this.requestId;
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      const items = await firstValueFrom(this.api.list({ year: this.yearState() }));
      if (id !== this.requestId) return;
      this.itemsState.set(items);
      this.statusState.set('idle');
    } catch (error) {
      if (id !== this.requestId) return;
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  filterByYear(year: number | null): Promise<void> {
    this.yearState.set(year);
    return this.load();
  }
}
