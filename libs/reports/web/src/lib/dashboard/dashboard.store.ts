import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type { BlocSummaryResponse } from '@thidua/registry/contracts';
import type { DashboardQuery, DashboardResponse } from '@thidua/reports/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import { ReportsApi } from '../reports.api';
import type { RequestStatus } from '../reports.status';

/** The dashboard of a year, for every bloc or one; and the blocs of the year to choose from. */
@Injectable()
export class DashboardStore {
  private readonly api = inject(ReportsApi);
  private readonly dashboardState = signal<DashboardResponse | null>(null);
  private readonly blocsState = signal<BlocSummaryResponse[]>([]);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private requestId = 0;

  readonly dashboard = this.dashboardState.asReadonly();
  readonly blocs = this.blocsState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isLoading = computed(() => this.statusState() === 'loading');

  /** Forgets what was shown (a year the user may not look at); a pending answer is dropped. */
  clear(): void {
    this.requestId++;
    this.dashboardState.set(null);
    this.errorState.set(null);
    this.statusState.set('idle');
  }

  /** Loads the dashboard; a slower older answer never overwrites a newer one. */
  async load(query: DashboardQuery): Promise<void> {
    const id = ++this.requestId;
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      const dashboard = await firstValueFrom(this.api.dashboard(query));
      if (id !== this.requestId) return;
      this.dashboardState.set(dashboard);
      this.statusState.set('idle');
    } catch (error) {
      if (id !== this.requestId) return;
      this.dashboardState.set(null);
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  /** The blocs with members in the year (board and viewers pick any of them). */
  async loadBlocs(year: number): Promise<void> {
    try {
      const page = await firstValueFrom(this.api.blocs(year));
      this.blocsState.set(page.items.map((b) => ({ id: b.id, name: b.name, kind: b.kind })));
    } catch {
      this.blocsState.set([]);
    }
  }
}
