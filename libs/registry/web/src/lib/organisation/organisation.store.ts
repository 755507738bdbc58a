import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type {
  LegalDocumentResponse,
  OrganisationProfile,
  OrganisationProfileResponse,
  SaveLegalDocumentRequest,
} from '@thidua/registry/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import type { RequestStatus } from '../registry.status';
import { OrganisationApi } from './organisation.api';

/** The organisation page: the profile (saved whole) and the legal bases. Provided per route. */
@Injectable()
export class OrganisationStore {
  private readonly api = inject(OrganisationApi);
  private readonly profileState = signal<OrganisationProfileResponse | null>(null);
  private readonly legalState = signal<LegalDocumentResponse[]>([]);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);

  readonly profile = this.profileState.asReadonly();
  readonly legalDocuments = this.legalState.asReadonly();
  readonly warnings = computed(() => this.profileState()?.warnings ?? []);
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isLoading = computed(() => this.statusState() === 'loading');

  async load(): Promise<void> {
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      const [profile, legal] = await Promise.all([
        firstValueFrom(this.api.profile()),
        firstValueFrom(this.api.legalDocuments()),
      ]);
      this.profileState.set(profile);
      this.legalState.set(legal);
      this.statusState.set('idle');
    } catch (error) {
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  /** Saves the whole profile with the version read; on 409 the profile is read again. */
  async save(profile: OrganisationProfile): Promise<ApiError | null> {
    try {
      const saved = await firstValueFrom(
        this.api.saveProfile({ ...profile, version: this.profileState()?.version ?? 0 }),
      );
      this.profileState.set(saved);
      return null;
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.statusCode === 409) void this.load();
      return apiError;
    }
  }

  /** Adds a legal document, or changes one (`current`) with the version read. */
  async saveLegalDocument(
    request: Omit<SaveLegalDocumentRequest, 'version'>,
    current: LegalDocumentResponse | null,
  ): Promise<ApiError | null> {
    try {
      if (current) {
        await firstValueFrom(
          this.api.updateLegalDocument(current.id, { ...request, version: current.version }),
        );
      } else {
        await firstValueFrom(this.api.createLegalDocument(request));
      }
      this.legalState.set(await firstValueFrom(this.api.legalDocuments()));
      return null;
    } catch (error) {
      return toApiError(error);
    }
  }

  async removeLegalDocument(document: LegalDocumentResponse): Promise<ApiError | null> {
    try {
      await firstValueFrom(this.api.removeLegalDocument(document.id, document.version));
      this.legalState.update((list) => list.filter((d) => d.id !== document.id));
      return null;
    } catch (error) {
      return toApiError(error);
    }
  }
}
