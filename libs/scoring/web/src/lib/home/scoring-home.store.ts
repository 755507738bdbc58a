import { Injectable, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type { BlocListItemResponse } from '@thidua/registry/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import type { RequestStatus } from '../board/score-board.store';
import { ScoringApi } from '../scoring.api';

/** The blocs of a year, each with a way to its scoring. Per route. */
@Injectable()
export class ScoringHomeStore {
  private readonly api = inject(ScoringApi);
  private readonly blocsState = signal<BlocListItemResponse[]>([]);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private requestId = 0;

  readonly blocs = this.blocsState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();

  async load(year: number): Promise<void> {
    const id = ++this.requestId;
    this.statusState.set('loading');
    try {
      const page = await firstValueFrom(this.api.blocs(year));
      if (id !== this.requestId) return;
      this.blocsState.set(page.items.filter((b) => !b.isArchived));
      this.statusState.set('idle');
    } catch (error) {
      if (id !== this.requestId) return;
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }
}
