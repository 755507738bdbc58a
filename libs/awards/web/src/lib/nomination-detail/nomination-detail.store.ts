import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type { NominationResponse, NominationTransitionRequest } from '@thidua/awards/contracts';
import type { ApiError, AttachmentResponse } from '@thidua/shared/contracts';
import { toApiError, blobErrorToApiError, saveDownload } from '@thidua/shared/data-access';

import type { RequestStatus } from '../awards.status';
import { NominationsApi } from '../nominations.api';

/** What a transition came to: done, or the error to show (and whether blockers stopped it). */
export interface TransitionOutcome {
  error: ApiError | null;
  /** 422 `nominations.blocked`: an admin may send it again with `overrideBlockers`. */
  isBlocked: boolean;
}

export type TransitionInput = Omit<NominationTransitionRequest, 'version'>;

/** One nomination's page: detail, eligibility, timeline and its transitions. */
@Injectable()
export class NominationDetailStore {
  private readonly api = inject(NominationsApi);
  private readonly nominationState = signal<NominationResponse | null>(null);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private readonly isSavingState = signal(false);
  private requestId = 0;

  readonly nomination = this.nominationState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isSaving = this.isSavingState.asReadonly();
  readonly isLoading = computed(() => this.statusState() === 'loading');
  readonly allowedActions = computed(() => this.nominationState()?.allowedActions ?? []);
  readonly hasBlockers = computed(() =>
    (this.nominationState()?.eligibility ?? []).some((result) => result.status === 'blocker'),
  );
  /** Newest event first. */
  readonly timeline = computed(() =>
    [...(this.nominationState()?.timeline ?? [])].sort((a, b) => b.at.localeCompare(a.at)),
  );

  /** Loads the nomination. A slower older answer never overwrites a newer one. */
  async load(id: string): Promise<void> {
    const requestId = ++this.requestId;
    if (this.nominationState()?.id !== id) this.nominationState.set(null);
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      const nomination = await firstValueFrom(this.api.get(id));
      if (requestId !== this.requestId) return;
      this.nominationState.set(nomination);
      this.statusState.set('idle');
    } catch (error) {
      if (requestId !== this.requestId) return;
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  /**
   * Runs a transition with the version the page shows. On 409 (not allowed now, or changed by
   * someone else) and on 422 blocked it reads the nomination again, so the page shows the truth.
   */
  async transition(input: TransitionInput): Promise<TransitionOutcome> {
    const nomination = this.nominationState();
    if (!nomination) return { error: null, isBlocked: false };
    this.isSavingState.set(true);
    try {
      const updated = await firstValueFrom(
        this.api.transition(nomination.id, { ...input, version: nomination.version }),
      );
      if (this.nominationState()?.id === nomination.id) this.nominationState.set(updated);
      return { error: null, isBlocked: false };
    } catch (error) {
      const apiError = toApiError(error);
      const isBlocked = apiError.statusCode === 422 && apiError.code === 'nominations.blocked';
      if (apiError.statusCode === 409 || isBlocked) await this.load(nomination.id);
      return { error: apiError, isBlocked };
    } finally {
      this.isSavingState.set(false);
    }
  }

  async download(attachment: AttachmentResponse): Promise<ApiError | null> {
    try {
      saveDownload(await firstValueFrom(this.api.download(attachment.url)), attachment.fileName);
      return null;
    } catch (error) {
      return blobErrorToApiError(error);
    }
  }
}
