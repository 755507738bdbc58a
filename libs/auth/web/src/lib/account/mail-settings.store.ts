import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type { MailSettingsRequest, MailSettingsResponse } from '@thidua/auth/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import { AuthApi } from '../auth.api';

/** One's own e-mail address and opt-out, for the account page. */
@Injectable()
export class MailSettingsStore {
  private readonly api = inject(AuthApi);
  private readonly settingsState = signal<MailSettingsResponse | null>(null);
  private readonly statusState = signal<'idle' | 'loading' | 'saving' | 'error'>('idle');
  private readonly errorState = signal<ApiError | null>(null);

  readonly settings = this.settingsState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isLoading = computed(() => this.statusState() === 'loading');
  readonly isSaving = computed(() => this.statusState() === 'saving');

  async load(): Promise<void> {
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      this.settingsState.set(await firstValueFrom(this.api.mailSettings()));
      this.statusState.set('idle');
    } catch (error) {
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  /** Saves; answers the error (field errors for the form), or null. */
  async save(request: MailSettingsRequest): Promise<ApiError | null> {
    this.statusState.set('saving');
    this.errorState.set(null);
    try {
      this.settingsState.set(await firstValueFrom(this.api.saveMailSettings(request)));
      this.statusState.set('idle');
      return null;
    } catch (error) {
      const apiError = toApiError(error);
      this.errorState.set(apiError);
      this.statusState.set('error');
      return apiError;
    }
  }
}
