import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, firstValueFrom, map, switchMap } from 'rxjs';

import { nextMovementStatus } from '@thidua/movements/domain';
import type {
  MovementResponse,
  MovementTransition,
  ReportMovementResultRequest,
  SaveExemplaryModelRequest,
} from '@thidua/movements/contracts';
import type { UnitRef } from '@thidua/registry/contracts';
import type { ApiError, AttachmentResponse } from '@thidua/shared/contracts';
import { toApiError, blobErrorToApiError, saveDownload } from '@thidua/shared/data-access';

import { MovementsApi } from '../movements.api';
import type { RequestStatus } from '../movements.status';
import { buildResultsMatrix } from './results-matrix';

const TRANSITIONS: MovementTransition[] = ['launch', 'end', 'reopen'];

/** A unit's results as the page gives them; the store adds each result's version as read. */
export interface ResultsReport {
  unitId: string;
  results: Array<Omit<ReportMovementResultRequest['results'][number], 'version'>>;
}

/** One movement's page: detail, transitions, results, documents and models. Provided per route. */
@Injectable()
export class MovementDetailStore {
  private readonly api = inject(MovementsApi);
  private readonly movementState = signal<MovementResponse | null>(null);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private readonly isSavingState = signal(false);
  private readonly isUploadingState = signal(false);
  private requestId = 0;

  readonly movement = this.movementState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isSaving = this.isSavingState.asReadonly();
  readonly isUploading = this.isUploadingState.asReadonly();
  readonly isLoading = computed(() => this.statusState() === 'loading');
  readonly canManage = computed(() => this.movementState()?.canManage ?? false);
  readonly isLaunched = computed(() => this.movementState()?.status === 'launched');
  /** The transitions the movement's status allows, for a user who manages it. */
  readonly transitions = computed<MovementTransition[]>(() => {
    const movement = this.movementState();
    if (!movement?.canManage) return [];
    return TRANSITIONS.filter((action) => nextMovementStatus(movement.status, action) !== null);
  });
  readonly resultsMatrix = computed(() => {
    const movement = this.movementState();
    return movement ? buildResultsMatrix(movement) : [];
  });

  /** Loads the movement. A slower older answer never overwrites a newer one. */
  async load(id: string): Promise<void> {
    const requestId = ++this.requestId;
    if (this.movementState()?.id !== id) this.movementState.set(null);
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      const movement = await firstValueFrom(this.api.get(id));
      if (requestId !== this.requestId) return;
      this.movementState.set(movement);
      this.statusState.set('idle');
    } catch (error) {
      if (requestId !== this.requestId) return;
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  /** Launches, ends or reopens the movement; on a conflict reloads it to show the real status. */
  transition(action: MovementTransition): Promise<ApiError | null> {
    return this.change((movement) => this.api.transition(movement.id, action, movement.version), {
      reloadOnConflict: true,
    });
  }

  /** Reports a unit's results, each with the version it was read at (0 when not reported yet). */
  reportResults(request: ResultsReport): Promise<ApiError | null> {
    return this.change(
      (movement) => {
        const versionOf = (targetId: string) =>
          movement.results.find((r) => r.targetId === targetId && r.unit.id === request.unitId)
            ?.version ?? 0;
        return this.api.reportResults(movement.id, {
          unitId: request.unitId,
          results: request.results.map((r) => ({ ...r, version: versionOf(r.targetId) })),
        });
      },
      { reloadOnConflict: true },
    );
  }

  uploadDocument(file: File): Promise<ApiError | null> {
    this.isUploadingState.set(true);
    return this.change((movement) => this.api.uploadDocument(movement.id, file)).finally(() =>
      this.isUploadingState.set(false),
    );
  }

  addModel(request: SaveExemplaryModelRequest): Promise<ApiError | null> {
    return this.change((movement) =>
      this.reloadAfter(this.api.addModel(movement.id, request), movement.id),
    );
  }

  removeModel(modelId: string): Promise<ApiError | null> {
    return this.change((movement) =>
      this.reloadAfter(this.api.removeModel(movement.id, modelId), movement.id),
    );
  }

  async download(attachment: AttachmentResponse): Promise<ApiError | null> {
    try {
      saveDownload(await firstValueFrom(this.api.download(attachment.url)), attachment.fileName);
      return null;
    } catch (error) {
      return blobErrorToApiError(error);
    }
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

  /** Runs a change that answers something else, then reads the movement again. */
  private reloadAfter(request: Observable<unknown>, id: string): Observable<MovementResponse> {
    return request.pipe(switchMap(() => this.api.get(id)));
  }

  private async change(
    request: (movement: MovementResponse) => Observable<MovementResponse>,
    options: { reloadOnConflict?: boolean } = {},
  ): Promise<ApiError | null> {
    const movement = this.movementState();
    if (!movement) return null;
    this.isSavingState.set(true);
    try {
      const updated = await firstValueFrom(request(movement));
      if (this.movementState()?.id === movement.id) this.movementState.set(updated);
      return null;
    } catch (error) {
      const apiError = toApiError(error);
      if (options.reloadOnConflict && apiError.statusCode === 409) void this.load(movement.id);
      return apiError;
    } finally {
      this.isSavingState.set(false);
    }
  }
}
