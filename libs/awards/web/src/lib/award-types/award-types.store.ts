import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type { AwardTypeResponse, SaveAwardTypeRequest } from '@thidua/awards/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import type { RequestStatus } from '../awards.status';
import { AwardTypesApi } from './award-types.api';
import type { RuleVersionRules } from './rule-version-form';

/** The award catalogue page (admin): awards with their rule versions. */
@Injectable()
export class AwardTypesStore {
  private readonly api = inject(AwardTypesApi);
  private readonly typesState = signal<AwardTypeResponse[]>([]);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);

  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isLoading = computed(() => this.statusState() === 'loading');
  /** In catalogue order. */
  readonly types = computed(() =>
    [...this.typesState()].sort(
      (a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'vi'),
    ),
  );
  /** Award codes → names, for the prerequisites in words. */
  readonly namesByCode = computed(() =>
    Object.fromEntries(this.typesState().map((type) => [type.code, type.name])),
  );

  async load(): Promise<void> {
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      this.typesState.set(await firstValueFrom(this.api.list(true)));
      this.statusState.set('idle');
    } catch (error) {
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  /** Adds an award, or changes one with the version it was read at. */
  saveType(
    request: SaveAwardTypeRequest,
    existing: AwardTypeResponse | null,
  ): Promise<ApiError | null> {
    return this.apply(
      existing
        ? this.api.update(existing.id, { ...request, version: existing.version })
        : this.api.create(request),
    );
  }

  /** Adds a rule version (the open one ends the day before), or changes one. */
  saveVersion(
    typeId: string,
    rules: RuleVersionRules,
    versionId: string | null,
  ): Promise<ApiError | null> {
    // The rules are part of the award: they go with the award's version as read.
    const version = this.typesState().find((type) => type.id === typeId)?.version ?? 0;
    const request = { ...rules, version };
    return this.apply(
      versionId
        ? this.api.updateVersion(typeId, versionId, request)
        : this.api.addVersion(typeId, request),
    );
  }

  private async apply(request: ReturnType<AwardTypesApi['create']>): Promise<ApiError | null> {
    try {
      const saved = await firstValueFrom(request);
      this.typesState.update((types) =>
        types.some((type) => type.id === saved.id)
          ? types.map((type) => (type.id === saved.id ? saved : type))
          : [...types, saved],
      );
      return null;
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.statusCode === 409 && apiError.code === 'common.staleVersion') void this.load();
      return apiError;
    }
  }
}
