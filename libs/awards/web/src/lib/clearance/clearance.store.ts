import { Injectable, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type {
  AnswerClearanceRequest,
  ClearanceKind,
  ClearanceRequestResponse,
  ClearanceRequestSummaryResponse,
  CreateClearanceRequest,
} from '@thidua/awards/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import { ClearanceApi } from './clearance.api';

/** The clearance pages' state: the requests of a kind, one request, and the changes to them. */
@Injectable()
export class ClearanceStore {
  private readonly api = inject(ClearanceApi);
  private readonly itemsState = signal<ClearanceRequestSummaryResponse[]>([]);
  private readonly selectedState = signal<ClearanceRequestResponse | null>(null);
  private readonly statusState = signal<'idle' | 'loading' | 'error'>('idle');
  private readonly errorState = signal<ApiError | null>(null);

  readonly items = this.itemsState.asReadonly();
  readonly selected = this.selectedState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();

  async loadList(kind: ClearanceKind): Promise<void> {
    await this.run(async () => this.itemsState.set(await firstValueFrom(this.api.list(kind))));
  }

  async load(kind: ClearanceKind, id: string): Promise<void> {
    await this.run(async () =>
      this.selectedState.set(await firstValueFrom(this.api.get(kind, id))),
    );
  }

  /** Opens a request; answers its id, or the error for the form. */
  async create(
    kind: ClearanceKind,
    request: CreateClearanceRequest,
  ): Promise<{ id: string } | ApiError> {
    try {
      return { id: (await firstValueFrom(this.api.create(kind, request))).id };
    } catch (error) {
      return toApiError(error);
    }
  }

  /** Answers about one nominee, uploading the document first when one was chosen. */
  async answer(
    kind: ClearanceKind,
    request: Omit<AnswerClearanceRequest, 'attachmentId'>,
    file: File | null,
  ): Promise<ApiError | null> {
    const current = this.selectedState();
    if (!current) return null;
    try {
      const document = file ? await firstValueFrom(this.api.upload(kind, current.id, file)) : null;
      this.selectedState.set(
        await firstValueFrom(
          this.api.answer(kind, current.id, { ...request, attachmentId: document?.id ?? null }),
        ),
      );
      return null;
    } catch (error) {
      return toApiError(error);
    }
  }

  /** The council's override of one nominee, then the request read again. */
  async override(kind: ClearanceKind, nominationId: string, reason: string) {
    const current = this.selectedState();
    if (!current) return null;
    try {
      await firstValueFrom(this.api.override({ nominationId, reason }));
      await this.load(kind, current.id);
      return null;
    } catch (error) {
      return toApiError(error);
    }
  }

  private async run(step: () => Promise<void>): Promise<void> {
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      await step();
      this.statusState.set('idle');
    } catch (error) {
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }
}
