import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, firstValueFrom, map, tap } from 'rxjs';

import type {
  AwardHistoryResponse,
  NominationListItemResponse,
  PerformanceRating,
  PersonResponse,
  SavePersonRequest,
} from '@thidua/awards/contracts';
import type { UnitRef } from '@thidua/registry/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import { AwardHistoryApi } from '../award-history/award-history.api';
import type { RequestStatus } from '../awards.status';
import { BeneficiariesApi, type PersonYearRecord } from '../beneficiaries.api';
import { NominationsApi } from '../nominations.api';

/** A person's page: details, yearly records, awards received and nominations. */
@Injectable()
export class PersonDetailStore {
  private readonly api = inject(BeneficiariesApi);
  private readonly historyApi = inject(AwardHistoryApi);
  private readonly nominationsApi = inject(NominationsApi);
  private readonly personState = signal<PersonResponse | null>(null);
  private readonly recordsState = signal<PersonYearRecord[]>([]);
  private readonly historyState = signal<AwardHistoryResponse[]>([]);
  private readonly nominationsState = signal<NominationListItemResponse[]>([]);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private requestId = 0;

  readonly person = this.personState.asReadonly();
  readonly history = this.historyState.asReadonly();
  readonly nominations = this.nominationsState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isLoading = computed(() => this.statusState() === 'loading');
  /** Newest year first. */
  readonly records = computed(() =>
    [...this.recordsState()].sort((a, b) => b.termYear - a.termYear),
  );

  /** Loads the person, then (best effort) records, history and nominations. */
  async load(id: string): Promise<void> {
    const requestId = ++this.requestId;
    if (this.personState()?.id !== id) {
      this.personState.set(null);
      this.recordsState.set([]);
      this.historyState.set([]);
      this.nominationsState.set([]);
    }
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      const person = await firstValueFrom(this.api.getPerson(id));
      if (requestId !== this.requestId) return;
      this.personState.set(person);
      const [records, history, nominations] = await Promise.allSettled([
        firstValueFrom(this.api.records(id)),
        firstValueFrom(this.historyApi.list({ personId: id, page: 1, pageSize: 100 })),
        firstValueFrom(
          this.nominationsApi.list({
            q: person.fullName,
            beneficiaryKind: 'individual',
            page: 1,
            pageSize: 100,
          }),
        ),
      ]);
      if (requestId !== this.requestId) return;
      if (records.status === 'fulfilled') this.recordsState.set(records.value);
      if (history.status === 'fulfilled') this.historyState.set(history.value.items);
      if (nominations.status === 'fulfilled')
        // The search is by name: keep only this person's.
        this.nominationsState.set(
          nominations.value.items.filter((item) => item.beneficiary.id === id),
        );
      this.statusState.set('idle');
    } catch (error) {
      if (requestId !== this.requestId) return;
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  /** For the edit dialog: saves with the version read; the page shows the result. */
  savePerson(request: SavePersonRequest): Observable<PersonResponse> {
    const person = this.personState();
    if (!person) throw new Error('No person loaded');
    return this.api
      .updatePerson(person.id, { ...request, version: person.version })
      .pipe(tap((saved) => this.personState.set(saved)));
  }

  /** Records (or changes) the assessment of a year. Resolves to the error, if any. */
  async saveRecord(
    year: number,
    request: { rating: PerformanceRating; initiatives: number },
  ): Promise<ApiError | null> {
    const person = this.personState();
    if (!person) return null;
    // The version of that year's record as read; 0 when the year has none yet.
    const version = this.recordsState().find((r) => r.termYear === year)?.version ?? 0;
    try {
      this.recordsState.set(
        await firstValueFrom(this.api.saveRecord(person.id, year, { ...request, version })),
      );
      return null;
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.statusCode === 409) void this.reloadRecords(person.id);
      return apiError;
    }
  }

  private async reloadRecords(personId: string): Promise<void> {
    try {
      const records = await firstValueFrom(this.api.records(personId));
      if (this.personState()?.id === personId) this.recordsState.set(records);
    } catch {
      // The page keeps what it has; the next load tries again.
    }
  }

  searchUnits(q: string): Observable<UnitRef[]> {
    return this.api
      .searchUnits(q)
      .pipe(
        map((page) =>
          page.items.map(({ id, code, name, shortName }) => ({ id, code, name, shortName })),
        ),
      );
  }
}
