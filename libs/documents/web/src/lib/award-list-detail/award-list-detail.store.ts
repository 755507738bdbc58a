import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { type Observable, firstValueFrom } from 'rxjs';
import type { HttpResponse } from '@angular/common/http';

import type {
  AwardListResponse,
  CoverLetter,
  ExportFormat,
  RecordDecisionRequest,
  SaveAwardListRequest,
} from '@thidua/documents/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { OutgoingNumbersApi } from '@thidua/registry/web';
import {
  toApiError,
  blobErrorToApiError,
  saveDownload,
  translateServerMessage,
} from '@thidua/shared/data-access';

import { AwardListsApi, type CertificatePrintLayout, type ExportKind } from '../award-lists.api';
import type { RequestStatus } from '../labels';

/** Lists longer than this are rendered by a background job, with a progress bar. */
export const BACKGROUND_EXPORT_ROWS = 200;
/** How often a background export job is polled. */
export const EXPORT_POLL_MS = 500;

/** `signed`: the PDF signed with the issuing body's certificate (made at once, never in the background). */
export type ListDownload =
  | { kind: 'list'; format: ExportFormat; signed?: boolean }
  | { kind: 'coverLetter' | 'decision'; format: 'pdf' | 'docx'; signed?: boolean };

/** The file name used when the server gives none. */
const FALLBACK_NAMES: Record<ListDownload['kind'], string> = {
  list: 'danh-sach',
  coverLetter: 'to-trinh',
  decision: 'quyet-dinh',
};

export interface ExportProgress {
  kind: ExportKind;
  format: ExportFormat;
  /** 0–100. */
  progress: number;
}

/** Every row of the list, in print order. */
export function listRows(list: AwardListResponse) {
  return list.sections.flatMap((section) => section.groups.flatMap((group) => group.rows));
}

/** The PUT body that keeps the list as it is, with the given changes. */
export function toSaveRequest(
  list: AwardListResponse,
  changes: {
    removeIds?: readonly string[];
    notes?: Readonly<Record<string, string>>;
    coverLetter?: Partial<CoverLetter>;
  } = {},
): SaveAwardListRequest {
  const removed = new Set(changes.removeIds ?? []);
  const rows = listRows(list).filter((row) => !removed.has(row.nominationId));
  const notes: Record<string, string> = {};
  for (const row of rows) {
    const note = changes.notes?.[row.nominationId] ?? row.note ?? '';
    if (note.trim()) notes[row.nominationId] = note.trim();
  }
  return {
    title: list.title,
    year: list.year,
    blocId: list.bloc?.id ?? null,
    order: list.order,
    nominationIds: rows.map((row) => row.nominationId),
    notes,
    coverLetter: changes.coverLetter ?? list.coverLetter,
    version: list.version,
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const EXTENSIONS: Record<ExportFormat, string> = { pdf: 'pdf', docx: 'docx', xlsx: 'xlsx' };

/** One award list: its rows, cover letter, sending, decision and documents. Provided per route. */
@Injectable()
export class AwardListDetailStore {
  private readonly api = inject(AwardListsApi);
  private readonly numbers = inject(OutgoingNumbersApi);
  private readonly listState = signal<AwardListResponse | null>(null);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private readonly isBusyState = signal(false);
  private readonly isDownloadingState = signal(false);
  private readonly exportState = signal<ExportProgress | null>(null);
  private isDestroyed = false;

  readonly list = this.listState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  /** A change (save, send, decision) is in flight. */
  readonly isBusy = this.isBusyState.asReadonly();
  readonly isDownloading = this.isDownloadingState.asReadonly();
  /** The background export being waited for, if any. */
  readonly exportProgress = this.exportState.asReadonly();
  readonly isLoading = computed(() => this.statusState() === 'loading');
  readonly rowCount = computed(() => {
    const list = this.listState();
    return list ? listRows(list).length : 0;
  });
  readonly isDraft = computed(() => this.listState()?.status === 'draft');
  readonly canEdit = computed(() => this.isDraft() && !!this.listState()?.canManage);
  /** The awards on the list, for the certificate filter. */
  readonly awards = computed(() => {
    const seen = new Map<string, { id: string; name: string }>();
    for (const section of this.listState()?.sections ?? []) {
      for (const group of section.groups) seen.set(group.award.id, group.award);
    }
    return [...seen.values()];
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => (this.isDestroyed = true));
  }

  async load(id: string): Promise<void> {
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      this.listState.set(await firstValueFrom(this.api.get(id)));
      this.statusState.set('idle');
    } catch (error) {
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  saveNote(nominationId: string, note: string): Promise<ApiError | null> {
    return this.update({ notes: { [nominationId]: note } });
  }

  removeRow(nominationId: string): Promise<ApiError | null> {
    return this.update({ removeIds: [nominationId] });
  }

  saveCoverLetter(coverLetter: CoverLetter): Promise<ApiError | null> {
    return this.update({ coverLetter });
  }

  /** Sends the list to the province: its nominations move to "sent". */
  send(): Promise<ApiError | null> {
    return this.change((list) => this.api.send(list.id, { version: list.version }));
  }

  /** Deletes the (draft) list; answers null when it is gone. */
  async remove(): Promise<ApiError | null> {
    const list = this.listState();
    if (!list) return null;
    this.isBusyState.set(true);
    try {
      await firstValueFrom(this.api.remove(list.id, { version: list.version }), {
        defaultValue: undefined,
      });
      this.listState.set(null);
      return null;
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.statusCode === 409) void this.reload(list.id);
      return apiError;
    } finally {
      this.isBusyState.set(false);
    }
  }

  recordDecision(decision: Omit<RecordDecisionRequest, 'version'>): Promise<ApiError | null> {
    return this.change((list) =>
      this.api.recordDecision(list.id, { ...decision, version: list.version }),
    );
  }

  /**
   * Downloads the list, its cover letter or its decision. Long lists and cover letters go through
   * a background job, polled every 500 ms, with `exportProgress` for the progress bar; the file is
   * saved when the job is done.
   */
  async download(request: ListDownload): Promise<ApiError | null> {
    const list = this.listState();
    if (!list || this.isDownloadingState()) return null;
    const signed = !!request.signed;
    const fallback = `${FALLBACK_NAMES[request.kind]}${signed ? '-ky-so' : ''}.${EXTENSIONS[request.format]}`;
    if (request.kind === 'decision')
      return this.saveFile(this.api.decision(list.id, request.format, signed), fallback);
    if (this.rowCount() > BACKGROUND_EXPORT_ROWS && !signed) {
      return this.backgroundExport(list.id, request.kind, request.format, fallback);
    }
    return this.saveFile(
      request.kind === 'list'
        ? this.api.exportList(list.id, request.format, signed)
        : this.api.coverLetter(list.id, request.format, signed),
      fallback,
    );
  }

  /**
   * Takes the next number of the register (sổ văn bản đi) for the list's cover letter or decision
   * dated `date`: answers its number and symbol ("45/QĐ-UBND", a bloc's letter "5/TTr-KTĐ"), or
   * the error to show.
   */
  async takeNumber(
    kind: 'coverLetter' | 'decision',
    date: string,
  ): Promise<{ symbol: string } | ApiError> {
    const title = this.listState()?.title ?? '';
    const bloc = this.listState()?.bloc;
    const subject =
      kind === 'decision'
        ? $localize`:@@alDecisionSubject:Quyết định khen thưởng: ${title}:title:`
        : this.listState()?.coverLetter.subject || title;
    try {
      const taken = await firstValueFrom(
        this.numbers.take({
          documentKind: kind,
          documentDate: date,
          subject: subject.slice(0, 500),
          // A bloc's letter is numbered in the bloc's own register; the decision, the profile's.
          ...(kind === 'coverLetter' && bloc ? { blocId: bloc.id } : {}),
        }),
      );
      return { symbol: taken.symbol };
    } catch (error) {
      return toApiError(error);
    }
  }

  /** The certificates of the decided rows (409 `awardLists.notDecided` before the decision). */
  downloadCertificates(
    layout: CertificatePrintLayout,
    awardTypeId: string | null,
  ): Promise<ApiError | null> {
    const list = this.listState();
    if (!list || this.isDownloadingState()) return Promise.resolve(null);
    return this.saveFile(this.api.certificates(list.id, layout, awardTypeId), 'bang-khen.pdf');
  }

  private update(changes: Parameters<typeof toSaveRequest>[1]): Promise<ApiError | null> {
    return this.change((list) => this.api.update(list.id, toSaveRequest(list, changes)));
  }

  private async change(
    call: (list: AwardListResponse) => Observable<AwardListResponse>,
  ): Promise<ApiError | null> {
    const list = this.listState();
    if (!list) return null;
    this.isBusyState.set(true);
    try {
      this.listState.set(await firstValueFrom(call(list)));
      return null;
    } catch (error) {
      const apiError = toApiError(error);
      // Someone else changed the list: show theirs.
      if (apiError.statusCode === 409) void this.reload(list.id);
      return apiError;
    } finally {
      this.isBusyState.set(false);
    }
  }

  private async reload(id: string): Promise<void> {
    try {
      this.listState.set(await firstValueFrom(this.api.get(id)));
    } catch {
      // Keep what is shown.
    }
  }

  private async saveFile(
    file: Observable<HttpResponse<Blob>>,
    fallbackName: string,
  ): Promise<ApiError | null> {
    this.isDownloadingState.set(true);
    try {
      saveDownload(await firstValueFrom(file), fallbackName);
      return null;
    } catch (error) {
      return blobErrorToApiError(error);
    } finally {
      this.isDownloadingState.set(false);
    }
  }

  private async backgroundExport(
    listId: string,
    kind: ExportKind,
    format: ExportFormat,
    fallbackName: string,
  ): Promise<ApiError | null> {
    this.isDownloadingState.set(true);
    this.exportState.set({ kind, format, progress: 0 });
    try {
      let job = await firstValueFrom(this.api.startExport(listId, kind, format));
      while (job.status === 'queued' || job.status === 'running') {
        this.exportState.set({ kind, format, progress: job.progress });
        await delay(EXPORT_POLL_MS);
        if (this.isDestroyed) return null;
        job = await firstValueFrom(this.api.exportJob(job.id));
      }
      if (job.status === 'failed' || !job.url) {
        // The server's reason (`exportJobs.failed` after its retries, or a refusal's code).
        const fallback = $localize`:@@alExportFailed:Không tạo được tệp. Vui lòng thử lại.`;
        return {
          statusCode: 500,
          code: job.error ?? 'awardLists.exportFailed',
          message: job.error ? translateServerMessage({ code: job.error }, fallback) : fallback,
        };
      }
      this.exportState.set({ kind, format, progress: 100 });
      saveDownload(await firstValueFrom(this.api.download(job.url)), job.fileName || fallbackName);
      return null;
    } catch (error) {
      return blobErrorToApiError(error);
    } finally {
      this.exportState.set(null);
      this.isDownloadingState.set(false);
    }
  }
}
