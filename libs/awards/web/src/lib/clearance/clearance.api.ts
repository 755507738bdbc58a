import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import type {
  AnswerClearanceRequest,
  ClearanceKind,
  ClearanceOverrideRequest,
  ClearanceRequestResponse,
  ClearanceRequestSummaryResponse,
  CreateClearanceRequest,
} from '@thidua/awards/contracts';
import type { AttachmentResponse, Page } from '@thidua/shared/contracts';
import { API_BASE_URL, toHttpParams } from '@thidua/shared/data-access';

/** What the form offers: award lists and offices (units), by id and name. */
export interface ClearanceChoice {
  id: string;
  name: string;
  detail?: string;
}

const RESOURCE: Record<ClearanceKind, string> = {
  clearance: 'clearance-rounds',
  concurrence: 'concurrence-requests',
};

/** Clearance rounds and concurrence requests (one API shape), their answers and overrides. */
@Injectable({ providedIn: 'root' })
export class ClearanceApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  list(kind: ClearanceKind, year?: number): Observable<ClearanceRequestSummaryResponse[]> {
    return this.http.get<ClearanceRequestSummaryResponse[]>(this.url(kind), {
      params: toHttpParams({ year }),
    });
  }

  get(kind: ClearanceKind, id: string): Observable<ClearanceRequestResponse> {
    return this.http.get<ClearanceRequestResponse>(`${this.url(kind)}/${id}`);
  }

  create(kind: ClearanceKind, request: CreateClearanceRequest) {
    return this.http.post<ClearanceRequestResponse>(this.url(kind), request);
  }

  answer(kind: ClearanceKind, id: string, request: AnswerClearanceRequest) {
    return this.http.post<ClearanceRequestResponse>(`${this.url(kind)}/${id}/answers`, request);
  }

  upload(kind: ClearanceKind, id: string, file: File): Observable<AttachmentResponse> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<AttachmentResponse>(`${this.url(kind)}/${id}/documents`, body);
  }

  override(request: ClearanceOverrideRequest) {
    return this.http.post<{ nominationId: string }>(`${this.baseUrl}/clearance-overrides`, request);
  }

  /** The year's award lists, to ask about one. */
  awardLists(year: number): Observable<Array<{ id: string; title: string }>> {
    return this.http.get<Array<{ id: string; title: string }>>(`${this.baseUrl}/award-lists`, {
      params: toHttpParams({ year }),
    });
  }

  /** Units of the registry, to pick the offices asked. */
  offices(q: string): Observable<Page<{ id: string; code: string; name: string }>> {
    return this.http.get<Page<{ id: string; code: string; name: string }>>(
      `${this.baseUrl}/units`,
      {
        params: toHttpParams({
          q: q || undefined,
          page: 1,
          pageSize: 200,
          sort: 'name',
          isArchived: false,
        }),
      },
    );
  }

  private url(kind: ClearanceKind): string {
    return `${this.baseUrl}/${RESOURCE[kind]}`;
  }
}
