import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import {
  SCORING_ERROR_CODES,
  type ScoreSheetContent,
  type ScoreSheetResponse,
} from '@thidua/scoring/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import type { RequestStatus } from '../board/score-board.store';
import { ScoringApi } from '../scoring.api';

/** The sheet being edited (null while the bloc has none that year). Per route. */
@Injectable()
export class SheetEditorStore {
  private readonly api = inject(ScoringApi);
  private readonly keyState = signal<{ blocId: string; year: number } | null>(null);
  private readonly sheetState = signal<ScoreSheetResponse | null>(null);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private readonly isSavingState = signal(false);

  readonly sheet = this.sheetState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isSaving = this.isSavingState.asReadonly();
  /** New sheets are drawn up; existing ones change while no unit has submitted. */
  readonly isEditable = computed(() => {
    const sheet = this.sheetState();
    return sheet ? sheet.isEditable && sheet.canManage : true;
  });

  async load(blocId: string, year: number): Promise<void> {
    this.keyState.set({ blocId, year });
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      this.sheetState.set(await firstValueFrom(this.api.sheet(blocId, year)));
      this.statusState.set('idle');
    } catch (error) {
      const apiError = toApiError(error);
      this.sheetState.set(null);
      if (apiError.statusCode === 404 && apiError.code === SCORING_ERROR_CODES.sheetNotFound) {
        this.statusState.set('idle');
      } else {
        this.errorState.set(apiError);
        this.statusState.set('error');
      }
    }
  }

  /** Saves the sheet with the version it was read at (0 while there is none); reloads on 409. */
  async save(request: ScoreSheetContent): Promise<ApiError | null> {
    const key = this.keyState();
    if (!key) return null;
    const version = this.sheetState()?.version ?? 0;
    this.isSavingState.set(true);
    try {
      this.sheetState.set(
        await firstValueFrom(this.api.saveSheet(key.blocId, key.year, { ...request, version })),
      );
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
