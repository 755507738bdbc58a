import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, firstValueFrom, forkJoin } from 'rxjs';

import type {
  ScoreAdjustmentRequest,
  ScoreEntryRequest,
  ScoreSheetResponse,
  UnitScoreAction,
  UnitScoreResponse,
} from '@thidua/scoring/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import type { RequestStatus } from '../board/score-board.store';
import { ScoringApi } from '../scoring.api';
import { type ScoreRow, scoreRows } from './score-rows';

/** One unit's card on the year's sheet: self-assessment, evidence, checking. Per route. */
@Injectable()
export class UnitScoreStore {
  private readonly api = inject(ScoringApi);
  private readonly keyState = signal<{ blocId: string; year: number; unitId: string } | null>(null);
  private readonly sheetState = signal<ScoreSheetResponse | null>(null);
  private readonly cardState = signal<UnitScoreResponse | null>(null);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private readonly isSavingState = signal(false);

  readonly sheet = this.sheetState.asReadonly();
  readonly card = this.cardState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isSaving = this.isSavingState.asReadonly();
  /** The sheet's items in order with the card's points beside them, grouped. */
  readonly rows = computed<ScoreRow[]>(() => {
    const sheet = this.sheetState();
    const card = this.cardState();
    return sheet && card ? scoreRows(sheet, card) : [];
  });
  /** The head or deputy may still adjust: the card is submitted and not yet checked. */
  readonly canAdjust = computed(() => {
    const card = this.cardState();
    return !!card?.canCheck && card.status === 'submitted';
  });

  async load(blocId: string, year: number, unitId: string): Promise<void> {
    this.keyState.set({ blocId, year, unitId });
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      const { sheet, card } = await firstValueFrom(
        forkJoin({
          sheet: this.api.sheet(blocId, year),
          card: this.api.card(blocId, year, unitId),
        }),
      );
      this.sheetState.set(sheet);
      this.cardState.set(card);
      this.statusState.set('idle');
    } catch (error) {
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  saveSelf(entries: ScoreEntryRequest[]): Promise<ApiError | null> {
    const version = this.cardState()?.version ?? 1;
    return this.change((b, y, u) => this.api.saveSelf(b, y, u, { entries, version }));
  }

  addEvidence(itemId: string, file: File): Promise<ApiError | null> {
    return this.change((b, y, u) => this.api.addEvidence(b, y, u, itemId, file));
  }

  removeEvidence(attachmentId: string): Promise<ApiError | null> {
    return this.change((b, y, u) => this.api.removeEvidence(b, y, u, attachmentId));
  }

  adjust(adjustments: ScoreAdjustmentRequest[]): Promise<ApiError | null> {
    const version = this.cardState()?.version ?? 1;
    return this.change((b, y, u) => this.api.adjust(b, y, u, { adjustments, version }));
  }

  transition(action: UnitScoreAction, reason: string | null = null): Promise<ApiError | null> {
    const version = this.cardState()?.version ?? 1;
    return this.change((b, y, u) => this.api.transition(b, y, u, { action, reason, version }));
  }

  private async change(
    request: (blocId: string, year: number, unitId: string) => Observable<UnitScoreResponse>,
  ): Promise<ApiError | null> {
    const key = this.keyState();
    if (!key) return null;
    this.isSavingState.set(true);
    try {
      this.cardState.set(await firstValueFrom(request(key.blocId, key.year, key.unitId)));
      return null;
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.statusCode === 409) await this.load(key.blocId, key.year, key.unitId);
      return apiError;
    } finally {
      this.isSavingState.set(false);
    }
  }
}
