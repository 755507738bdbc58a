import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, firstValueFrom, map } from 'rxjs';

import type { MovementResponse, SaveMovementRequest } from '@thidua/movements/contracts';
import type { BlocSummaryResponse, UnitRef } from '@thidua/registry/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import { MovementsApi } from '../movements.api';
import type { RequestStatus } from '../movements.status';

export type SaveMovementResult =
  | { movement: MovementResponse; error: null }
  | { movement: null; error: ApiError };

/** The movement form: the movement being edited (if any) and saving. Provided per route. */
@Injectable()
export class MovementFormStore {
  private readonly api = inject(MovementsApi);
  private readonly movementState = signal<MovementResponse | null>(null);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private readonly isSavingState = signal(false);

  readonly movement = this.movementState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isSaving = this.isSavingState.asReadonly();
  readonly isLoading = computed(() => this.statusState() === 'loading');

  /** Loads the movement to edit. */
  async load(id: string): Promise<void> {
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      this.movementState.set(await firstValueFrom(this.api.get(id)));
      this.statusState.set('idle');
    } catch (error) {
      this.movementState.set(null);
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  /** Creates the movement, or updates the loaded one with the version it was read at. */
  async save(request: SaveMovementRequest): Promise<SaveMovementResult> {
    const current = this.movementState();
    this.isSavingState.set(true);
    try {
      const movement = await firstValueFrom(
        current
          ? this.api.update(current.id, { ...request, version: current.version })
          : this.api.create(request),
      );
      this.movementState.set(current ? movement : null);
      return { movement, error: null };
    } catch (error) {
      return { movement: null, error: toApiError(error) };
    } finally {
      this.isSavingState.set(false);
    }
  }

  searchBlocs(q: string): Observable<BlocSummaryResponse[]> {
    return this.api
      .searchBlocs(q)
      .pipe(map((page) => page.items.map(({ id, name, kind }) => ({ id, name, kind }))));
  }

  searchUnits(q: string): Observable<UnitRef[]> {
    return this.api
      .searchUnits(q)
      .pipe(
        map((page) =>
          page.items.map(({ id, code, name, shortName }) => ({ id, code, name, shortName })),
        ),
      );
  }
}
