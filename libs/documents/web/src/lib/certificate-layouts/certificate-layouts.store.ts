import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type { AwardTypeResponse } from '@thidua/awards/contracts';
import type { OrganisationProfileResponse } from '@thidua/registry/contracts';
import { OrganisationApi } from '@thidua/registry/web';
import type {
  CertificateLayoutResponse,
  SaveCertificateLayoutRequest,
} from '@thidua/documents/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import { AwardListsApi } from '../award-lists.api';
import type { RequestStatus } from '../labels';

/** The certificate layouts page: the awards, the chosen award's layout, saving. Provided per route. */
@Injectable()
export class CertificateLayoutsStore {
  private readonly api = inject(AwardListsApi);
  private readonly organisationApi = inject(OrganisationApi);
  private readonly awardTypesState = signal<AwardTypeResponse[]>([]);
  private readonly profileState = signal<OrganisationProfileResponse | null>(null);
  private readonly layoutState = signal<CertificateLayoutResponse | null>(null);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private readonly isSavingState = signal(false);
  private requestId = 0;

  readonly awardTypes = this.awardTypesState.asReadonly();
  /** The organisation profile, for the preview's place and signer (null until read). */
  readonly profile = this.profileState.asReadonly();
  readonly layout = this.layoutState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isSaving = this.isSavingState.asReadonly();
  readonly isLoading = computed(() => this.statusState() === 'loading');

  async loadAwardTypes(): Promise<void> {
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      const [types, profile] = await Promise.all([
        firstValueFrom(this.api.awardTypes()),
        firstValueFrom(this.organisationApi.profile()),
      ]);
      this.awardTypesState.set(types.filter((type) => type.isActive));
      this.profileState.set(profile);
      this.statusState.set('idle');
    } catch (error) {
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  async selectAwardType(awardTypeId: string): Promise<void> {
    const id = ++this.requestId;
    this.statusState.set('loading');
    this.errorState.set(null);
    this.layoutState.set(null);
    try {
      const layout = await firstValueFrom(this.api.certificateLayout(awardTypeId));
      if (id !== this.requestId) return;
      this.layoutState.set(layout);
      this.statusState.set('idle');
    } catch (error) {
      if (id !== this.requestId) return;
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  /**
   * Saves the chosen award's layout with the version it was read at; resolves to null when saved,
   * else to the error (on 409 the layout is read again).
   */
  async save(request: Omit<SaveCertificateLayoutRequest, 'version'>): Promise<ApiError | null> {
    const layout = this.layoutState();
    if (!layout) return null;
    this.isSavingState.set(true);
    try {
      this.layoutState.set(
        await firstValueFrom(
          this.api.saveCertificateLayout(layout.awardTypeId, {
            ...request,
            version: layout.version,
          }),
        ),
      );
      return null;
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.statusCode === 409) void this.selectAwardType(layout.awardTypeId);
      return apiError;
    } finally {
      this.isSavingState.set(false);
    }
  }
}
