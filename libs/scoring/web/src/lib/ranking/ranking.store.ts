import { Injectable, inject, signal } from '@angular/core';
import { firstValueFrom, forkJoin } from 'rxjs';

import type { RankingResponse, TargetComparisonResponse } from '@thidua/scoring/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import type { RequestStatus } from '../board/score-board.store';
import { ScoringApi } from '../scoring.api';

/** The ranking of a bloc's year and the pledged-targets comparison. Per route. */
@Injectable()
export class RankingStore {
  private readonly api = inject(ScoringApi);
  private readonly rankingState = signal<RankingResponse | null>(null);
  private readonly comparisonState = signal<TargetComparisonResponse | null>(null);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);

  readonly ranking = this.rankingState.asReadonly();
  readonly comparison = this.comparisonState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();

  async load(blocId: string, year: number): Promise<void> {
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      const { ranking, comparison } = await firstValueFrom(
        forkJoin({
          ranking: this.api.ranking(blocId, year),
          comparison: this.api.comparison(blocId, year),
        }),
      );
      this.rankingState.set(ranking);
      this.comparisonState.set(comparison);
      this.statusState.set('idle');
    } catch (error) {
      this.rankingState.set(null);
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  fileUrl(blocId: string, year: number, format: 'pdf' | 'xlsx'): string {
    return this.api.rankingFileUrl(blocId, year, format);
  }
}
