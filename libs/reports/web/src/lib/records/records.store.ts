import { Injectable, computed, inject, signal } from '@angular/core';
import { type Observable, firstValueFrom } from 'rxjs';

import type { PersonRecordResponse, UnitRecordResponse } from '@thidua/reports/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import { ReportsApi } from '../reports.api';
import type { RequestStatus } from '../reports.status';

/** A unit's whole record or a person's; provided per route. */
@Injectable()
export class RecordsStore {
  private readonly api = inject(ReportsApi);
  private readonly unitState = signal<UnitRecordResponse | null>(null);
  private readonly personState = signal<PersonRecordResponse | null>(null);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);

  readonly unit = this.unitState.asReadonly();
  readonly person = this.personState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isLoading = computed(() => this.statusState() === 'loading');

  loadUnit(id: string): Promise<void> {
    return this.fetch(this.api.unitRecord(id), (r) => this.unitState.set(r));
  }

  loadPerson(id: string): Promise<void> {
    return this.fetch(this.api.personRecord(id), (r) => this.personState.set(r));
  }

  private async fetch<T>(request: Observable<T>, keep: (value: T) => void): Promise<void> {
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      keep(await firstValueFrom(request));
      this.statusState.set('idle');
    } catch (error) {
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }
}
