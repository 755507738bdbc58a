import type { HttpResponse } from '@angular/common/http';
import { computed, signal } from '@angular/core';
import { type Observable, firstValueFrom } from 'rxjs';

import type { ApiError } from '@thidua/shared/contracts';

import { toApiError } from './api-error';
import { blobErrorToApiError, saveDownload } from './download';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const ACCEPTED = /\.(xlsx|csv)$/i;

export type ImportStep = 'choose' | 'checked' | 'done';

/** What every spreadsheet import answers: row counts and each row's errors. */
export interface ImportReportLike {
  total: number;
  invalid: number;
  rows: ReadonlyArray<{ errors: readonly unknown[] }>;
}

/**
 * The import wizard shared by every spreadsheet import: download the template, choose a file, check
 * it (dry run), then import it. A feature's store extends it and says how its file is sent and where
 * its template is.
 */
export abstract class ImportWizardStore<R extends ImportReportLike> {
  /** Sends the file; `dryRun` only reads and reports, nothing is saved. */
  protected abstract upload(file: File, dryRun: boolean): Observable<R>;

  /** The .xlsx template of the import. */
  protected abstract template(): Observable<HttpResponse<Blob>>;

  /** The template's file name when the server does not give one. */
  protected abstract readonly templateName: string;

  private readonly fileState = signal<File | null>(null);
  private readonly reportState = signal<R | null>(null);
  private readonly resultState = signal<R | null>(null);
  private readonly isBusyState = signal(false);
  private readonly errorState = signal<ApiError | null>(null);

  readonly file = this.fileState.asReadonly();
  readonly report = this.reportState.asReadonly();
  readonly result = this.resultState.asReadonly();
  readonly isBusy = this.isBusyState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly step = computed<ImportStep>(() =>
    this.resultState() ? 'done' : this.reportState() ? 'checked' : 'choose',
  );
  /** Import only when the checked file has rows and every one is valid. */
  readonly canImport = computed(() => {
    const report = this.reportState();
    return !!report && report.total > 0 && report.invalid === 0 && !this.isBusyState();
  });
  readonly invalidRows = computed<Array<R['rows'][number]>>(() =>
    (this.reportState()?.rows ?? []).filter((row) => row.errors.length > 0),
  );

  /** Takes the chosen file; refuses other types and files over 5 MB. Resolves to a message. */
  chooseFile(file: File | null): string | null {
    this.reportState.set(null);
    this.resultState.set(null);
    this.errorState.set(null);
    if (file && !ACCEPTED.test(file.name)) {
      this.fileState.set(null);
      return $localize`:@@importWrongType:Chỉ nhận tệp .xlsx hoặc .csv.`;
    }
    if (file && file.size > MAX_IMPORT_BYTES) {
      this.fileState.set(null);
      return $localize`:@@importTooLarge:Tệp lớn hơn 5 MB.`;
    }
    this.fileState.set(file);
    return null;
  }

  /** Dry run: the server reads every row and reports its errors; nothing is saved. */
  async check(): Promise<boolean> {
    const file = this.fileState();
    if (!file) return false;
    this.isBusyState.set(true);
    this.errorState.set(null);
    this.reportState.set(null);
    try {
      this.reportState.set(await firstValueFrom(this.upload(file, true)));
      return true;
    } catch (error) {
      this.failWith(error);
      return false;
    } finally {
      this.isBusyState.set(false);
    }
  }

  /** Imports for real. On 422 the server sends the report again (nothing imported). */
  async import(): Promise<boolean> {
    const file = this.fileState();
    if (!file || !this.canImport()) return false;
    this.isBusyState.set(true);
    this.errorState.set(null);
    try {
      this.resultState.set(await firstValueFrom(this.upload(file, false)));
      return true;
    } catch (error) {
      this.failWith(error);
      return false;
    } finally {
      this.isBusyState.set(false);
    }
  }

  /** Saves the template. Resolves to null, or to the error in the user's language. */
  async downloadTemplate(): Promise<ApiError | null> {
    try {
      saveDownload(await firstValueFrom(this.template()), this.templateName);
      return null;
    } catch (error) {
      return blobErrorToApiError(error);
    }
  }

  reset(): void {
    this.fileState.set(null);
    this.reportState.set(null);
    this.resultState.set(null);
    this.errorState.set(null);
  }

  private failWith(error: unknown): void {
    const apiError = toApiError(error) as ApiError & { report?: R };
    this.errorState.set(apiError);
    if (apiError.report) this.reportState.set(apiError.report);
  }
}
