import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type {
  ApiError,
  SigningCertificateResponse,
  UploadSigningCertificateRequest,
} from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import type { RequestStatus } from '../labels';
import { SigningCertificatesApi } from './signing-certificates.api';

/** The signing certificates page: the list, uploading, removing. Provided per route. */
@Injectable()
export class SigningCertificatesStore {
  private readonly api = inject(SigningCertificatesApi);
  private readonly itemsState = signal<SigningCertificateResponse[]>([]);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private readonly isBusyState = signal(false);

  readonly items = this.itemsState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isBusy = this.isBusyState.asReadonly();
  readonly active = computed(() => this.itemsState().filter((c) => c.status === 'active'));
  readonly retired = computed(() => this.itemsState().filter((c) => c.status !== 'active'));

  async load(): Promise<void> {
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      this.itemsState.set(await firstValueFrom(this.api.list()));
      this.statusState.set('idle');
    } catch (error) {
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  /** Uploads a certificate; resolves to null when stored (the list is read again), else the error. */
  upload(file: File, request: UploadSigningCertificateRequest): Promise<ApiError | null> {
    return this.run(() => firstValueFrom(this.api.upload(file, request)));
  }

  remove(id: string): Promise<ApiError | null> {
    return this.run(() => firstValueFrom(this.api.remove(id)));
  }

  private async run(call: () => Promise<unknown>): Promise<ApiError | null> {
    this.isBusyState.set(true);
    try {
      await call();
      await this.load();
      return null;
    } catch (error) {
      return toApiError(error);
    } finally {
      this.isBusyState.set(false);
    }
  }
}
