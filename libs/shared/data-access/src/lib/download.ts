import { HttpErrorResponse, type HttpResponse } from '@angular/common/http';

import type { ApiError } from '@thidua/shared/contracts';
import { isApiError, toApiError } from './api-error';

/** The file name in a `Content-Disposition` header (RFC 5987 `filename*` first), if any. */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // Fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*("?)([^";]+)\1/i.exec(header);
  return plain ? plain[2].trim() : null;
}

/** Saves a downloaded file through a temporary `<a download>` link and an object URL. */
export function saveDownload(response: HttpResponse<Blob>, fallbackName: string): void {
  if (!response.body) return;
  const name = fileNameFromDisposition(response.headers.get('Content-Disposition')) ?? fallbackName;
  const url = URL.createObjectURL(response.body);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Whether a file's name ends with one of the extensions (`.pdf`, `.docx` …), case-insensitive. */
export function hasExtension(file: { name: string }, extensions: readonly string[]): boolean {
  const name = file.name.toLowerCase();
  return extensions.some((extension) => name.endsWith(extension));
}

/**
 * Like `toApiError`, but also reads the error body of a `responseType: 'blob'` request (the API
 * answers JSON even then), so downloads show the server's message.
 */
export async function blobErrorToApiError(error: unknown): Promise<ApiError> {
  if (error instanceof HttpErrorResponse && error.error instanceof Blob) {
    try {
      const body: unknown = JSON.parse(await error.error.text());
      if (isApiError(body)) return toApiError(body);
    } catch {
      // Not JSON: fall back to the generic message.
    }
  }
  return toApiError(error);
}
