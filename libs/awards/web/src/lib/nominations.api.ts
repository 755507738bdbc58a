import { HttpClient, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import type {
  EligibilityResult,
  NominationListItemResponse,
  NominationListQuery,
  NominationResponse,
  NominationTransitionRequest,
  SaveNominationRequest,
} from '@thidua/awards/contracts';
import type { MovementListItemResponse } from '@thidua/movements/contracts';
import type { BlocListItemResponse } from '@thidua/registry/contracts';
import type { AttachmentResponse, Page } from '@thidua/shared/contracts';
import { API_BASE_URL, toHttpParams } from '@thidua/shared/data-access';

export type NominationQuery = NominationListQuery & { proposingUnitId?: string };

/** Nominations (đề nghị khen thưởng): list, detail, drafts, transitions, report upload. */
@Injectable({ providedIn: 'root' })
export class NominationsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  list(query: NominationQuery): Observable<Page<NominationListItemResponse>> {
    return this.http.get<Page<NominationListItemResponse>>(`${this.baseUrl}/nominations`, {
      params: toHttpParams(query),
    });
  }

  get(id: string): Observable<NominationResponse> {
    return this.http.get<NominationResponse>(this.nominationUrl(id));
  }

  create(request: SaveNominationRequest): Observable<NominationResponse> {
    return this.http.post<NominationResponse>(`${this.baseUrl}/nominations`, request);
  }

  update(id: string, request: SaveNominationRequest): Observable<NominationResponse> {
    return this.http.put<NominationResponse>(this.nominationUrl(id), request);
  }

  eligibility(id: string): Observable<EligibilityResult[]> {
    return this.http.get<EligibilityResult[]>(`${this.nominationUrl(id)}/eligibility`);
  }

  transition(id: string, request: NominationTransitionRequest): Observable<NominationResponse> {
    return this.http.post<NominationResponse>(`${this.nominationUrl(id)}/transitions`, request);
  }

  /** Uploads the achievement report (PDF/DOCX ≤ 10 MB); pass its id as `reportAttachmentId`. */
  uploadReport(file: File): Observable<AttachmentResponse> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<AttachmentResponse>(`${this.baseUrl}/attachments`, body, {
      params: toHttpParams({ purpose: 'achievementReport' }),
    });
  }

  /** Any attachment by its `url` (same origin), as a file to save. */
  download(url: string): Observable<HttpResponse<Blob>> {
    return this.http.get(url, { observe: 'response', responseType: 'blob' });
  }

  /** The blocs of a year, for the filter. */
  listBlocs(year: number | undefined): Observable<Page<BlocListItemResponse>> {
    return this.http.get<Page<BlocListItemResponse>>(`${this.baseUrl}/blocs`, {
      params: toHttpParams({ year, page: 1, pageSize: 200, sort: 'name' }),
    });
  }

  /** Movements to pick for a thematic award. */
  searchMovements(q: string): Observable<Page<MovementListItemResponse>> {
    return this.http.get<Page<MovementListItemResponse>>(`${this.baseUrl}/movements`, {
      params: toHttpParams({ q: q || undefined, page: 1, pageSize: 20 }),
    });
  }

  private nominationUrl(id: string): string {
    return `${this.baseUrl}/nominations/${encodeURIComponent(id)}`;
  }
}
