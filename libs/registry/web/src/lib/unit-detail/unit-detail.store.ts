import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, firstValueFrom, map } from 'rxjs';

import type {
  CreateUnitRequest,
  UnitDetailResponse,
  UnitEventResponse,
  UnitLineageResponse,
  UnitKindResponse,
  UnitListItemResponse,
} from '@thidua/registry/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import type { RequestStatus } from '../registry.status';
import { UnitKindsApi } from '../unit-kinds/unit-kinds.api';
import { UnitsApi } from '../units/units.api';

/** One unit's page: its details, sub-units and blocs by year. Provided per route. */
@Injectable()
export class UnitDetailStore {
  private readonly api = inject(UnitsApi);
  private readonly kindsApi = inject(UnitKindsApi);
  private readonly unitState = signal<UnitDetailResponse | null>(null);
  private readonly kindsState = signal<UnitKindResponse[]>([]);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private readonly lineageState = signal<UnitLineageResponse | null>(null);
  private readonly eventsState = signal<UnitEventResponse[]>([]);
  private requestId = 0;

  readonly unit = this.unitState.asReadonly();
  /** Names over time, predecessors and successors (null until loaded or when it failed). */
  readonly lineage = this.lineageState.asReadonly();
  /** The unit's events, newest first. */
  readonly events = this.eventsState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isLoading = computed(() => this.statusState() === 'loading');
  readonly activeKinds = computed(() => this.kindsState().filter((kind) => kind.isActive));
  /** Memberships newest year first. */
  readonly memberships = computed(() =>
    [...(this.unitState()?.memberships ?? [])].sort((a, b) => b.year - a.year),
  );

  async load(id: string): Promise<void> {
    const requestId = ++this.requestId;
    if (this.unitState()?.id !== id) this.unitState.set(null);
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      const [unit, lineage, events] = await Promise.all([
        firstValueFrom(this.api.get(id)),
        firstValueFrom(this.api.lineage(id)),
        firstValueFrom(this.api.events(id)),
      ]);
      if (requestId !== this.requestId) return;
      this.unitState.set(unit);
      this.lineageState.set(lineage);
      this.eventsState.set(events);
      this.statusState.set('idle');
    } catch (error) {
      if (requestId !== this.requestId) return;
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  async loadKinds(): Promise<void> {
    try {
      this.kindsState.set(await firstValueFrom(this.kindsApi.list()));
    } catch {
      this.kindsState.set([]);
    }
  }

  /** Saves the form with the version the unit was read at (stale → 409 and a reload). */
  update(changes: Partial<CreateUnitRequest>): Promise<ApiError | null> {
    return this.patch(changes);
  }

  setArchived(isArchived: boolean): Promise<ApiError | null> {
    return this.patch({ isArchived });
  }

  /** Deletes the unit. On 409 `units.referenced` the page offers to archive instead. */
  async remove(): Promise<ApiError | null> {
    const unit = this.unitState();
    if (!unit) return null;
    try {
      await firstValueFrom(this.api.remove(unit.id));
      return null;
    } catch (error) {
      return toApiError(error);
    }
  }

  /** Undoes the unit's newest event (admin), then reloads the page's data. */
  async undoEvent(eventId: string): Promise<ApiError | null> {
    const unit = this.unitState();
    if (!unit) return null;
    try {
      await firstValueFrom(this.api.undoEvent(unit.id, eventId));
      await this.load(unit.id);
      return null;
    } catch (error) {
      return toApiError(error);
    }
  }

  searchUnits(q: string): Observable<UnitListItemResponse[]> {
    return this.api
      .list({ q: q || undefined, page: 1, pageSize: 20, sort: 'name' })
      .pipe(map((page) => page.items));
  }

  private async patch(
    changes: Partial<CreateUnitRequest> & { isArchived?: boolean },
  ): Promise<ApiError | null> {
    const unit = this.unitState();
    if (!unit) return null;
    try {
      await firstValueFrom(this.api.update(unit.id, { ...changes, version: unit.version }));
      await this.load(unit.id);
      return null;
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.statusCode === 409) void this.load(unit.id);
      return apiError;
    }
  }
}
