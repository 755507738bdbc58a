import { HttpClient, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import type {
  ActivityReportsResponse,
  MovementListItemResponse,
  MovementListQuery,
  MovementResponse,
  MovementTransition,
  ReportMovementResultRequest,
  SaveActivityReportRequest,
  SaveExemplaryModelRequest,
  SaveMovementRequest,
  UpdateMovementRequest,
} from '@thidua/movements/contracts';
import type { BlocListItemResponse, UnitListItemResponse } from '@thidua/registry/contracts';
import type { Page } from '@thidua/shared/contracts';
import { API_BASE_URL, toHttpParams } from '@thidua/shared/data-access';

/** Movements (phong trào thi đua): list, detail, changes, results, documents, models. */
@Injectable({ providedIn: 'root' })
export class MovementsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  list(query: MovementListQuery): Observable<Page<MovementListItemResponse>> {
    return this.http.get<Page<MovementListItemResponse>>(`${this.baseUrl}/movements`, {
      params: toHttpParams(query),
    });
  }

  get(id: string): Observable<MovementResponse> {
    return this.http.get<MovementResponse>(this.movementUrl(id));
  }

  create(request: SaveMovementRequest): Observable<MovementResponse> {
    return this.http.post<MovementResponse>(`${this.baseUrl}/movements`, request);
  }

  update(id: string, request: UpdateMovementRequest): Observable<MovementResponse> {
    return this.http.put<MovementResponse>(this.movementUrl(id), request);
  }

  transition(
    id: string,
    action: MovementTransition,
    version: number,
  ): Observable<MovementResponse> {
    return this.http.post<MovementResponse>(`${this.movementUrl(id)}/transitions`, {
      action,
      version,
    });
  }

  reportResults(id: string, request: ReportMovementResultRequest): Observable<MovementResponse> {
    return this.http.put<MovementResponse>(`${this.movementUrl(id)}/results`, request);
  }

  /** A year's activity reports: every participating unit and where it stands. */
  activityReports(id: string, year: number): Observable<ActivityReportsResponse> {
    return this.http.get<ActivityReportsResponse>(`${this.movementUrl(id)}/activity-reports`, {
      params: toHttpParams({ year }),
    });
  }

  saveActivityReport(
    id: string,
    request: SaveActivityReportRequest,
  ): Observable<ActivityReportsResponse> {
    return this.http.put<ActivityReportsResponse>(
      `${this.movementUrl(id)}/activity-reports`,
      request,
    );
  }

  addModel(id: string, request: SaveExemplaryModelRequest): Observable<unknown> {
    return this.http.post(`${this.movementUrl(id)}/models`, request);
  }

  removeModel(id: string, modelId: string): Observable<unknown> {
    return this.http.delete(`${this.movementUrl(id)}/models/${encodeURIComponent(modelId)}`);
  }

  uploadDocument(id: string, file: File): Observable<MovementResponse> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<MovementResponse>(`${this.movementUrl(id)}/documents`, body);
  }

  /** Any attachment by its `url` (same origin), as a file to save. */
  download(url: string): Observable<HttpResponse<Blob>> {
    return this.http.get(url, { observe: 'response', responseType: 'blob' });
  }

  /** Blocs to pick as participants (active ones, by name). */
  searchBlocs(q: string): Observable<Page<BlocListItemResponse>> {
    return this.http.get<Page<BlocListItemResponse>>(`${this.baseUrl}/blocs`, {
      params: toHttpParams({
        q: q || undefined,
        page: 1,
        pageSize: 20,
        sort: 'name',
        isArchived: false,
      }),
    });
  }

  /** Units to pick as participants or for a model (active ones, by name). */
  searchUnits(q: string): Observable<Page<UnitListItemResponse>> {
    return this.http.get<Page<UnitListItemResponse>>(`${this.baseUrl}/units`, {
      params: toHttpParams({
        q: q || undefined,
        page: 1,
        pageSize: 20,
        sort: 'name',
        isArchived: false,
      }),
    });
  }

  private movementUrl(id: string): string {
    return `${this.baseUrl}/movements/${encodeURIComponent(id)}`;
  }
}
