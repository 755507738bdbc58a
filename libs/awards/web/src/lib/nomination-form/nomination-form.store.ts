import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, firstValueFrom, map } from 'rxjs';

import type {
  AwardTypeResponse,
  HouseholdResponse,
  NominationResponse,
  PersonResponse,
  SaveHouseholdRequest,
  SaveNominationRequest,
  SavePersonRequest,
} from '@thidua/awards/contracts';
import type { UnitRef } from '@thidua/registry/contracts';
import type { ApiError, AttachmentResponse } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import { AwardTypesApi } from '../award-types/award-types.api';
import type { RequestStatus } from '../awards.status';
import { BeneficiariesApi } from '../beneficiaries.api';
import { NominationsApi } from '../nominations.api';
import { type BeneficiaryOption, householdOption, personOption } from './nomination-form';

export type SaveNominationResult =
  | { nomination: NominationResponse; error: null }
  | { nomination: null; error: ApiError };

export type UploadResult =
  | { attachment: AttachmentResponse; error: null }
  | { attachment: null; error: ApiError };

/** The nomination stepper: the draft being edited, saving, the report upload and submitting. */
@Injectable()
export class NominationFormStore {
  private readonly api = inject(NominationsApi);
  private readonly awardTypesApi = inject(AwardTypesApi);
  private readonly beneficiariesApi = inject(BeneficiariesApi);
  private readonly nominationState = signal<NominationResponse | null>(null);
  private readonly awardTypesState = signal<AwardTypeResponse[]>([]);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private readonly isSavingState = signal(false);
  private readonly isUploadingState = signal(false);

  /** The saved draft (after "Lưu nháp" or when editing), with its eligibility results. */
  readonly nomination = this.nominationState.asReadonly();
  readonly awardTypes = this.awardTypesState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isSaving = this.isSavingState.asReadonly();
  readonly isUploading = this.isUploadingState.asReadonly();
  readonly isLoading = computed(() => this.statusState() === 'loading');
  readonly eligibility = computed(() => this.nominationState()?.eligibility ?? []);
  readonly hasBlockers = computed(() =>
    this.eligibility().some((result) => result.status === 'blocker'),
  );

  /** Loads the catalogue and, when editing, the nomination. */
  async load(id: string | null): Promise<void> {
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      const [types, nomination] = await Promise.all([
        firstValueFrom(this.awardTypesApi.list(false)),
        id ? firstValueFrom(this.api.get(id)) : Promise.resolve(null),
      ]);
      this.awardTypesState.set(types);
      this.nominationState.set(nomination);
      this.statusState.set('idle');
    } catch (error) {
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  /** Creates the draft, or updates the saved one with the version it was read at. */
  async save(request: SaveNominationRequest): Promise<SaveNominationResult> {
    const current = this.nominationState();
    this.isSavingState.set(true);
    try {
      const nomination = await firstValueFrom(
        current
          ? this.api.update(current.id, { ...request, version: current.version })
          : this.api.create(request),
      );
      this.nominationState.set(nomination);
      return { nomination, error: null };
    } catch (error) {
      return { nomination: null, error: toApiError(error) };
    } finally {
      this.isSavingState.set(false);
    }
  }

  /**
   * Sends the saved draft to the bloc. An admin may override the blockers with a reason. On a
   * conflict the draft is read again, so the page shows its real status.
   */
  async submit(override: { reason: string } | null = null): Promise<ApiError | null> {
    const nomination = this.nominationState();
    if (!nomination) return null;
    this.isSavingState.set(true);
    try {
      const updated = await firstValueFrom(
        this.api.transition(nomination.id, {
          action: 'submit',
          version: nomination.version,
          ...(override ? { overrideBlockers: true, reason: override.reason } : {}),
        }),
      );
      this.nominationState.set(updated);
      return null;
    } catch (error) {
      const apiError = toApiError(error);
      // A conflict or newly found blockers: read it again to show the real status and results.
      if (apiError.statusCode === 409 || apiError.code === 'nominations.blocked')
        await this.reload(nomination.id);
      return apiError;
    } finally {
      this.isSavingState.set(false);
    }
  }

  async uploadReport(file: File): Promise<UploadResult> {
    this.isUploadingState.set(true);
    try {
      return { attachment: await firstValueFrom(this.api.uploadReport(file)), error: null };
    } catch (error) {
      return { attachment: null, error: toApiError(error) };
    } finally {
      this.isUploadingState.set(false);
    }
  }

  searchUnits(q: string): Observable<UnitRef[]> {
    return this.beneficiariesApi
      .searchUnits(q)
      .pipe(
        map((page) =>
          page.items.map(({ id, code, name, shortName }) => ({ id, code, name, shortName })),
        ),
      );
  }

  searchPeople(q: string, unitId: string | null): Observable<BeneficiaryOption[]> {
    return this.beneficiariesApi
      .listPeople({ q: q || undefined, unitId: unitId ?? undefined, page: 1, pageSize: 20 })
      .pipe(map((page) => page.items.map(personOption)));
  }

  searchHouseholds(q: string, unitId: string | null): Observable<BeneficiaryOption[]> {
    return this.beneficiariesApi
      .listHouseholds({ q: q || undefined, unitId: unitId ?? undefined, page: 1, pageSize: 20 })
      .pipe(map((page) => page.items.map(householdOption)));
  }

  searchMovements(q: string): Observable<Array<{ id: string; title: string }>> {
    return this.api
      .searchMovements(q)
      .pipe(map((page) => page.items.map(({ id, title }) => ({ id, title }))));
  }

  createPerson(request: SavePersonRequest): Observable<PersonResponse> {
    return this.beneficiariesApi.createPerson(request);
  }

  createHousehold(request: SaveHouseholdRequest): Observable<HouseholdResponse> {
    return this.beneficiariesApi.createHousehold(request);
  }

  private async reload(id: string): Promise<void> {
    try {
      this.nominationState.set(await firstValueFrom(this.api.get(id)));
    } catch {
      // Keep what we have; the error message already tells the user.
    }
  }
}
