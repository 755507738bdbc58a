import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type { MailRunResponse, TaskItem } from '@thidua/reports/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import type { RequestStatus } from '../reports.status';
import { TasksApi } from './tasks.api';

/** The signed-in user's waiting items, for the home page. */
@Injectable()
export class TasksStore {
  private readonly api = inject(TasksApi);
  private readonly itemsState = signal<TaskItem[]>([]);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<string | null>(null);
  private readonly isSendingState = signal(false);

  readonly items = this.itemsState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isLoading = computed(() => this.statusState() === 'loading');
  readonly isSending = this.isSendingState.asReadonly();

  async load(): Promise<void> {
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      this.itemsState.set((await firstValueFrom(this.api.mine())).items);
      this.statusState.set('idle');
    } catch (error) {
      this.itemsState.set([]);
      this.errorState.set(toApiError(error).message);
      this.statusState.set('error');
    }
  }

  /** Sends today's digest now; answers how it went or the error. */
  async sendDigestNow(): Promise<MailRunResponse | ApiError> {
    this.isSendingState.set(true);
    try {
      return await firstValueFrom(this.api.sendDigestNow());
    } catch (error) {
      return toApiError(error);
    } finally {
      this.isSendingState.set(false);
    }
  }
}
