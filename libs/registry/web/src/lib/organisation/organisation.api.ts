import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import type {
  LegalDocumentResponse,
  OrganisationProfileResponse,
  SaveLegalDocumentRequest,
  SaveOrganisationProfileRequest,
} from '@thidua/registry/contracts';
import { API_BASE_URL } from '@thidua/shared/data-access';

/** The organisation profile and the legal bases: everyone reads them, admins change them. */
@Injectable({ providedIn: 'root' })
export class OrganisationApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  profile(): Observable<OrganisationProfileResponse> {
    return this.http.get<OrganisationProfileResponse>(`${this.baseUrl}/organisation/profile`);
  }

  saveProfile(request: SaveOrganisationProfileRequest): Observable<OrganisationProfileResponse> {
    return this.http.put<OrganisationProfileResponse>(
      `${this.baseUrl}/organisation/profile`,
      request,
    );
  }

  legalDocuments(): Observable<LegalDocumentResponse[]> {
    return this.http.get<LegalDocumentResponse[]>(`${this.baseUrl}/organisation/legal-documents`);
  }

  createLegalDocument(request: SaveLegalDocumentRequest): Observable<LegalDocumentResponse> {
    return this.http.post<LegalDocumentResponse>(
      `${this.baseUrl}/organisation/legal-documents`,
      request,
    );
  }

  updateLegalDocument(
    id: string,
    request: SaveLegalDocumentRequest,
  ): Observable<LegalDocumentResponse> {
    return this.http.put<LegalDocumentResponse>(
      `${this.baseUrl}/organisation/legal-documents/${encodeURIComponent(id)}`,
      request,
    );
  }

  removeLegalDocument(id: string, version: number): Observable<void> {
    return this.http.delete<void>(
      `${this.baseUrl}/organisation/legal-documents/${encodeURIComponent(id)}`,
      { body: { version } },
    );
  }
}
