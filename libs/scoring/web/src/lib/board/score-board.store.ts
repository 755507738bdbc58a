import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, firstValueFrom } from 'rxjs';

import {
  SCORING_ERROR_CODES,
  type ScoreBoardResponse,
  type ScoreScale,
  type ScoreSheetResponse,
} from '@thidua/scoring/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import { ScoringApi } from '../scoring.api';

export type RequestStatus = 'idle' | 'loading' | 'error';

/** A bloc's scoring of a year: the sheet, who has submitted, agreement and lock. Per route. */
@Injectable()
export class ScoreBoardStore {
  private readonly api = inject(ScoringApi);
  private readonly keyState = signal<{ blocId: string; year: number } | null>(null);
  private readonly boardState = signal<ScoreBoardResponse | null>(null);
  private readonly isMissingState = signal(false);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private readonly isSavingState = signal(false);
  private requestId = 0;

  readonly board = this.boardState.asReadonly();
  readonly sheet = computed(() => this.boardState()?.sheet ?? null);
  /** The bloc has no sheet that year (404 `scoring.sheetNotFound`). */
  readonly isMissing = this.isMissingState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isSaving = this.isSavingState.asReadonly();
  readonly isLoading = computed(() => this.statusState() === 'loading');
  readonly progress = computed(() => {
    const board = this.boardState();
    if (!board) return null;
    const members = board.rows.length;
    const submitted = board.rows.filter(
      (r) => r.status !== 'draft' && r.status !== 'returned',
    ).length;
    const checked = board.rows.filter((r) =>
      ['checked', 'agreed', 'locked'].includes(r.status),
    ).length;
    return {
      members,
      submitted,
      checked,
      percent: members ? Math.round((submitted / members) * 100) : 0,
    };
  });

  async load(blocId: string, year: number): Promise<void> {
    const id = ++this.requestId;
    const key = this.keyState();
    if (key?.blocId !== blocId || key.year !== year) this.boardState.set(null);
    this.keyState.set({ blocId, year });
    this.isMissingState.set(false);
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      const board = await firstValueFrom(this.api.board(blocId, year));
      if (id !== this.requestId) return;
      this.boardState.set(board);
      this.statusState.set('idle');
    } catch (error) {
      if (id !== this.requestId) return;
      const apiError = toApiError(error);
      if (apiError.statusCode === 404 && apiError.code === SCORING_ERROR_CODES.sheetNotFound) {
        this.boardState.set(null);
        this.isMissingState.set(true);
        this.statusState.set('idle');
      } else {
        this.errorState.set(apiError);
        this.statusState.set('error');
      }
    }
  }

  copyPrevious(): Promise<ApiError | null> {
    return this.change((blocId, year) => this.api.copyPrevious(blocId, year));
  }

  fromPledge(scale: ScoreScale): Promise<ApiError | null> {
    return this.change((blocId, year) => this.api.fromPledge(blocId, year, scale));
  }

  /** Records that the conference agreed the table. */
  agree(): Promise<ApiError | null> {
    const version = this.sheet()?.version ?? 0;
    return this.change((blocId, year) => this.api.agree(blocId, year, version));
  }

  /** Locks the agreed table: the ranking becomes final. */
  lock(): Promise<ApiError | null> {
    const version = this.sheet()?.version ?? 0;
    return this.change((blocId, year) => this.api.lock(blocId, year, version));
  }

  private async change(
    request: (blocId: string, year: number) => Observable<ScoreSheetResponse>,
  ): Promise<ApiError | null> {
    const key = this.keyState();
    if (!key) return null;
    this.isSavingState.set(true);
    try {
      await firstValueFrom(request(key.blocId, key.year));
      await this.load(key.blocId, key.year);
      return null;
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.statusCode === 409) await this.load(key.blocId, key.year);
      return apiError;
    } finally {
      this.isSavingState.set(false);
    }
  }
}
