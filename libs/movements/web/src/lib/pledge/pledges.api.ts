import { HttpClient, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import type {
  MovementListItemResponse,
  PledgeResponse,
  ReopenPledgeRequest,
  SavePledgeRequest,
  SavePledgeUnitRequest,
  SignPledgeRequest,
} from '@thidua/movements/contracts';
import type { BlocYearResponse } from '@thidua/registry/contracts';
import type { AttachmentResponse, Page } from '@thidua/shared/contracts';
import { API_BASE_URL, toHttpParams } from '@thidua/shared/data-access';

export type PledgeDocumentFormat = 'pdf' | 'docx';

/** A bloc's emulation pledge of a year (giao ước thi đua), its signatures and its document. */
@Injectable({ providedIn: 'root' })
export class PledgesApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  get(blocId: string, year: number): Observable<PledgeResponse> {
    return this.http.get<PledgeResponse>(this.pledgeUrl(blocId, year));
  }

  /** The bloc's year (members, head, deputy, whether the user manages it). */
  getBlocYear(blocId: string, year: number): Observable<BlocYearResponse> {
    return this.http.get<BlocYearResponse>(this.yearUrl(blocId, year));
  }

  save(blocId: string, year: number, request: SavePledgeRequest): Observable<PledgeResponse> {
    return this.http.put<PledgeResponse>(this.pledgeUrl(blocId, year), request);
  }

  saveUnit(
    blocId: string,
    year: number,
    unitId: string,
    request: SavePledgeUnitRequest,
  ): Observable<PledgeResponse> {
    return this.http.put<PledgeResponse>(
      `${this.pledgeUrl(blocId, year)}/units/${encodeURIComponent(unitId)}`,
      request,
    );
  }

  sign(blocId: string, year: number, request: SignPledgeRequest): Observable<PledgeResponse> {
    return this.http.post<PledgeResponse>(`${this.pledgeUrl(blocId, year)}/signatures`, request);
  }

  reopen(blocId: string, year: number, request: ReopenPledgeRequest): Observable<PledgeResponse> {
    return this.http.post<PledgeResponse>(`${this.pledgeUrl(blocId, year)}/reopen`, request);
  }

  /** Uploads the scan of a paper signature (PDF, PNG or JPEG). */
  uploadScan(file: File): Observable<AttachmentResponse> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<AttachmentResponse>(`${this.baseUrl}/attachments`, body, {
      params: toHttpParams({ purpose: 'pledgeScan' }),
    });
  }

  document(
    blocId: string,
    year: number,
    format: PledgeDocumentFormat,
  ): Observable<HttpResponse<Blob>> {
    return this.http.get(`${this.pledgeUrl(blocId, year)}/document`, {
      params: toHttpParams({ format }),
      observe: 'response',
      responseType: 'blob',
    });
  }

  /** Any attachment by its `url` (same origin), as a file to save. */
  download(url: string): Observable<HttpResponse<Blob>> {
    return this.http.get(url, { observe: 'response', responseType: 'blob' });
  }

  /** Movements of the year, to tie the pledge to one. */
  movementsOfYear(year: number): Observable<Page<MovementListItemResponse>> {
    return this.http.get<Page<MovementListItemResponse>>(`${this.baseUrl}/movements`, {
      params: toHttpParams({ year, page: 1, pageSize: 100, sort: 'title' }),
    });
  }

  private yearUrl(blocId: string, year: number): string {
    return `${this.baseUrl}/blocs/${encodeURIComponent(blocId)}/years/${year}`;
  }

  private pledgeUrl(blocId: string, year: number): string {
    return `${this.yearUrl(blocId, year)}/pledge`;
  }
}
