import { HttpClient, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import type {
  CreateUnitEventRequest,
  CreateUnitRequest,
  ImportReport,
  UnitEventResponse,
  UnitLineageResponse,
  UnitDetailResponse,
  UnitListItemResponse,
  UnitResponse,
  UnitTreeNode,
  UpdateUnitRequest,
} from '@thidua/registry/contracts';
import type { ListQuery, Page } from '@thidua/shared/contracts';
import { API_BASE_URL, toHttpParams } from '@thidua/shared/data-access';

/** `GET /units` filters (sort: name|code|shortName|kind|createdAt, `-` for descending). */
export interface UnitListQuery extends ListQuery {
  kindId?: string;
  parentId?: string;
  isArchived?: boolean;
  blocId?: string;
  year?: number;
  /** Units in no bloc that year (candidates to add to one). */
  withoutBlocIn?: number;
}

/** Units: list, tree, detail, changes, Excel import and export. */
@Injectable({ providedIn: 'root' })
export class UnitsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  list(query: UnitListQuery): Observable<Page<UnitListItemResponse>> {
    return this.http.get<Page<UnitListItemResponse>>(`${this.baseUrl}/units`, {
      params: toHttpParams(query),
    });
  }

  tree(includeArchived: boolean): Observable<UnitTreeNode[]> {
    return this.http.get<UnitTreeNode[]>(`${this.baseUrl}/units/tree`, {
      params: toHttpParams({ includeArchived }),
    });
  }

  get(id: string): Observable<UnitDetailResponse> {
    return this.http.get<UnitDetailResponse>(`${this.baseUrl}/units/${encodeURIComponent(id)}`);
  }

  create(request: CreateUnitRequest): Observable<UnitResponse> {
    return this.http.post<UnitResponse>(`${this.baseUrl}/units`, request);
  }

  update(id: string, request: UpdateUnitRequest): Observable<UnitResponse> {
    return this.http.patch<UnitResponse>(
      `${this.baseUrl}/units/${encodeURIComponent(id)}`,
      request,
    );
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/units/${encodeURIComponent(id)}`);
  }

  export(query: UnitListQuery): Observable<HttpResponse<Blob>> {
    const { q, kindId, parentId, isArchived, blocId, year, withoutBlocIn, sort } = query;
    return this.http.get(`${this.baseUrl}/units/export`, {
      params: toHttpParams({ q, kindId, parentId, isArchived, blocId, year, withoutBlocIn, sort }),
      observe: 'response',
      responseType: 'blob',
    });
  }

  importFile(file: File, dryRun: boolean): Observable<ImportReport> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<ImportReport>(`${this.baseUrl}/units/import`, body, {
      params: toHttpParams({ dryRun }),
    });
  }

  /** The unit's events (rename, merge, absorb, split, move, dissolve), newest first. */
  events(id: string): Observable<UnitEventResponse[]> {
    return this.http.get<UnitEventResponse[]>(
      `${this.baseUrl}/units/${encodeURIComponent(id)}/events`,
    );
  }

  /** Names over time, predecessors and successors, and whose history counts for the unit. */
  lineage(id: string): Observable<UnitLineageResponse> {
    return this.http.get<UnitLineageResponse>(
      `${this.baseUrl}/units/${encodeURIComponent(id)}/lineage`,
    );
  }

  recordEvent(id: string, request: CreateUnitEventRequest): Observable<UnitEventResponse> {
    return this.http.post<UnitEventResponse>(
      `${this.baseUrl}/units/${encodeURIComponent(id)}/events`,
      request,
    );
  }

  undoEvent(id: string, eventId: string): Observable<void> {
    return this.http.delete<void>(
      `${this.baseUrl}/units/${encodeURIComponent(id)}/events/${encodeURIComponent(eventId)}`,
    );
  }

  importTemplate(): Observable<HttpResponse<Blob>> {
    return this.http.get(`${this.baseUrl}/units/import/template`, {
      observe: 'response',
      responseType: 'blob',
    });
  }
}
