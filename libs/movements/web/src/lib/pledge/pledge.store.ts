import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, firstValueFrom, map } from 'rxjs';

import {
  MOVEMENT_ERROR_CODES,
  type MovementListItemResponse,
  type PledgeResponse,
  type SavePledgeRequest,
  type SavePledgeUnitRequest,
  type SignPledgeRequest,
} from '@thidua/movements/contracts';
import type { ApiError, AttachmentResponse } from '@thidua/shared/contracts';
import { toApiError, blobErrorToApiError, saveDownload } from '@thidua/shared/data-access';

import type { RequestStatus } from '../movements.status';
import { type PledgeDocumentFormat, PledgesApi } from './pledges.api';
import { defaultPledgeTitle, orderPledgeUnits, pledgeProgressView } from './pledge-view';

/** The signer's details typed in the signing dialog. */
export type SignerDetails = Pick<SignPledgeRequest, 'signerName' | 'signerPosition' | 'signedOn'>;

/** Conflicts after which the page reads the pledge again (someone else changed it). */
const RELOAD_ON = new Set<string>([
  MOVEMENT_ERROR_CODES.alreadySigned,
  MOVEMENT_ERROR_CODES.pledgeLocked,
  'common.staleVersion',
]);

/** A bloc's pledge of one year: content, registrations, signatures. Provided per route. */
@Injectable()
export class PledgeStore {
  private readonly api = inject(PledgesApi);
  private readonly keyState = signal<{ blocId: string; year: number } | null>(null);
  private readonly pledgeState = signal<PledgeResponse | null>(null);
  private readonly isMissingState = signal(false);
  private readonly canCreateState = signal(false);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private readonly isSavingState = signal(false);
  private readonly downloadingState = signal<PledgeDocumentFormat | null>(null);
  private requestId = 0;

  readonly pledge = this.pledgeState.asReadonly();
  readonly year = computed(() => this.keyState()?.year ?? null);
  /** The bloc has no pledge that year (404 `pledges.notFound`). */
  readonly isMissing = this.isMissingState.asReadonly();
  /** The user manages the bloc that year, so may draw up the missing pledge. */
  readonly canCreate = this.canCreateState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isSaving = this.isSavingState.asReadonly();
  readonly downloading = this.downloadingState.asReadonly();
  readonly isLoading = computed(() => this.statusState() === 'loading');
  readonly isOpen = computed(() => this.pledgeState()?.status === 'open');
  readonly canEditContent = computed(() => this.isOpen() && !!this.pledgeState()?.canManage);
  readonly canReopen = computed(
    () => this.pledgeState()?.status === 'locked' && !!this.pledgeState()?.canManage,
  );
  readonly progress = computed(() => {
    const pledge = this.pledgeState();
    return pledge ? pledgeProgressView(pledge) : null;
  });
  readonly units = computed(() => orderPledgeUnits(this.pledgeState()?.units ?? []));

  /** Loads the pledge; when there is none, finds out whether the user may create it. */
  async load(blocId: string, year: number): Promise<void> {
    const id = ++this.requestId;
    const key = this.keyState();
    if (key?.blocId !== blocId || key.year !== year) this.pledgeState.set(null);
    this.keyState.set({ blocId, year });
    this.isMissingState.set(false);
    this.canCreateState.set(false);
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      const pledge = await firstValueFrom(this.api.get(blocId, year));
      if (id !== this.requestId) return;
      this.pledgeState.set(pledge);
      this.statusState.set('idle');
    } catch (error) {
      if (id !== this.requestId) return;
      const apiError = toApiError(error);
      if (apiError.statusCode === 404 && apiError.code === MOVEMENT_ERROR_CODES.pledgeNotFound) {
        this.pledgeState.set(null);
        this.isMissingState.set(true);
        this.statusState.set('idle');
        await this.loadCanCreate(blocId, year, id);
      } else {
        this.errorState.set(apiError);
        this.statusState.set('error');
      }
    }
  }

  /** Draws up the year's pledge with the default title; the server sets the profile's place. */
  create(): Promise<ApiError | null> {
    const year = this.keyState()?.year ?? new Date().getFullYear();
    return this.change((blocId, y) =>
      this.api.save(blocId, y, {
        title: defaultPledgeTitle(year),
        commitments: [],
      }),
    );
  }

  /** Saves the title, place, movement and commitments with the version read. */
  saveContent(request: Omit<SavePledgeRequest, 'version'>): Promise<ApiError | null> {
    const version = this.pledgeState()?.version;
    return this.change((blocId, year) => this.api.save(blocId, year, { ...request, version }));
  }

  /** Saves a unit's targets and titles with the version of its registration as read. */
  saveUnit(
    unitId: string,
    request: Omit<SavePledgeUnitRequest, 'version'>,
  ): Promise<ApiError | null> {
    const version =
      this.pledgeState()?.units.find((entry) => entry.unit.id === unitId)?.version ?? 0;
    return this.change((blocId, year) =>
      this.api.saveUnit(blocId, year, unitId, { ...request, version }),
    );
  }

  /** The unit's own user signs in the app. */
  sign(unitId: string, signer: SignerDetails): Promise<ApiError | null> {
    return this.change((blocId, year) =>
      this.api.sign(blocId, year, { unitId, ...signer, method: 'app', scanAttachmentId: null }),
    );
  }

  /** The secretariat records a paper signature: uploads the scan first, then records it. */
  async recordPaper(unitId: string, signer: SignerDetails, scan: File): Promise<ApiError | null> {
    const key = this.keyState();
    if (!key) return null;
    this.isSavingState.set(true);
    let attachment: AttachmentResponse;
    try {
      attachment = await firstValueFrom(this.api.uploadScan(scan));
    } catch (error) {
      this.isSavingState.set(false);
      return toApiError(error);
    }
    return this.change((blocId, year) =>
      this.api.sign(blocId, year, {
        unitId,
        ...signer,
        method: 'paper',
        scanAttachmentId: attachment.id,
      }),
    );
  }

  reopen(reason: string): Promise<ApiError | null> {
    return this.change((blocId, year) => this.api.reopen(blocId, year, { reason }));
  }

  async downloadDocument(format: PledgeDocumentFormat): Promise<ApiError | null> {
    const key = this.keyState();
    if (!key) return null;
    this.downloadingState.set(format);
    try {
      const response = await firstValueFrom(this.api.document(key.blocId, key.year, format));
      saveDownload(response, `Bản giao ước thi đua năm ${key.year}.${format}`);
      return null;
    } catch (error) {
      return blobErrorToApiError(error);
    } finally {
      this.downloadingState.set(null);
    }
  }

  async downloadAttachment(attachment: AttachmentResponse): Promise<ApiError | null> {
    try {
      saveDownload(await firstValueFrom(this.api.download(attachment.url)), attachment.fileName);
      return null;
    } catch (error) {
      return blobErrorToApiError(error);
    }
  }

  /** Movements of the pledge's year, for tying the pledge to one. */
  movementsOfYear(): Observable<MovementListItemResponse[]> {
    const year = this.keyState()?.year ?? new Date().getFullYear();
    return this.api.movementsOfYear(year).pipe(map((page) => page.items));
  }

  private async loadCanCreate(blocId: string, year: number, id: number): Promise<void> {
    try {
      const blocYear = await firstValueFrom(this.api.getBlocYear(blocId, year));
      if (id === this.requestId) this.canCreateState.set(blocYear.canManage);
    } catch {
      // Without the bloc's year the page just does not offer to create the pledge.
    }
  }

  private async change(
    request: (blocId: string, year: number) => Observable<PledgeResponse>,
  ): Promise<ApiError | null> {
    const key = this.keyState();
    if (!key) return null;
    this.isSavingState.set(true);
    try {
      const pledge = await firstValueFrom(request(key.blocId, key.year));
      const current = this.keyState();
      if (current?.blocId === key.blocId && current.year === key.year) {
        this.pledgeState.set(pledge);
        this.isMissingState.set(false);
      }
      return null;
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.statusCode === 409 && RELOAD_ON.has(apiError.code)) {
        void this.load(key.blocId, key.year);
      }
      return apiError;
    } finally {
      this.isSavingState.set(false);
    }
  }
}
