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

  /**
   * Sends the report with the version of the unit's report as read (0 when none yet); answers
   * the error (with its field errors) or null when saved. Reloads the year on 409.
   */
  async save(
    movementId: string,
    request: Omit<SaveActivityReportRequest, 'version'>,
  ): Promise<ApiError | null> {
    const shown = this.reportsState();
    const version =
      shown?.movementId === movementId && shown.year === request.year
        ? (shown.rows.find((r) => r.unit.id === request.unitId)?.report?.version ?? 0)
        : 0;
    this.savingState.set(true);
    try {
      this.reportsState.set(
        await firstValueFrom(this.api.saveActivityReport(movementId, { ...request, version })),
      );
      return null;
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.statusCode === 409) await this.load(movementId, request.year);
      return apiError;
    } finally {
      this.savingState.set(false);
    }
  }
}
