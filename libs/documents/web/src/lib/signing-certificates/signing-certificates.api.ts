import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import type {
  SigningCertificateResponse,
  UploadSigningCertificateRequest,
} from '@thidua/shared/contracts';
import { API_BASE_URL } from '@thidua/shared/data-access';

/** The issuing bodies' signing certificates (admin). */
@Injectable({ providedIn: 'root' })
export class SigningCertificatesApi {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/signing-certificates`;

  list(): Observable<SigningCertificateResponse[]> {
    return this.http.get<SigningCertificateResponse[]>(this.url);
  }

  /** Sends the PKCS#12 file with its password, body and signer as one multipart form. */
  upload(
    file: File,
    request: UploadSigningCertificateRequest,
  ): Observable<SigningCertificateResponse> {
    const form = new FormData();
    for (const [key, value] of Object.entries(request)) form.append(key, value);
    form.append('file', file, file.name);
    return this.http.post<SigningCertificateResponse>(this.url, form);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(`${this.url}/${encodeURIComponent(id)}`);
  }
}
