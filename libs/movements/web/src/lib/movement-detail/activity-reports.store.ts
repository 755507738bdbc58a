import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type {
  ActivityReportsResponse,
  SaveActivityReportRequest,
} from '@thidua/movements/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import { MovementsApi } from '../movements.api';
import type { RequestStatus } from '../movements.status';

/** A movement's activity reports of one year; provided by the section that shows them. */
@Injectable()
export class ActivityReportsStore {
  private readonly api = inject(MovementsApi);
  private readonly reportsState = signal<ActivityReportsResponse | null>(null);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private readonly savingState = signal(false);

  readonly reports = this.reportsState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isSaving = this.savingState.asReadonly();
  readonly isLoading = computed(() => this.statusState() === 'loading');

  async load(movementId: string, year: number): Promise<void> {
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      this.reportsState.set(await firstValueFrom(this.api.activityReports(movementId, year)));
      this.statusState.set('idle');
    } catch (error) {
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  /** Sends the report; answers the error (with its field errors) or null when saved. */
  async save(movementId: string, request: SaveActivityReportRequest): Promise<ApiError | null> {
    this.savingState.set(true);
    try {
      this.reportsState.set(await firstValueFrom(this.api.saveActivityReport(movementId, request)));
      return null;
    } catch (error) {
      return toApiError(error);
    } finally {
      this.savingState.set(false);
    }
  }
}
