import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import type {
  AwardTypeResponse,
  SaveAwardRuleVersionRequest,
  SaveAwardTypeRequest,
} from '@thidua/awards/contracts';
import { API_BASE_URL, toHttpParams } from '@thidua/shared/data-access';

/** The award catalogue (danh mục khen thưởng) with its versioned rules. */
@Injectable({ providedIn: 'root' })
export class AwardTypesApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  list(includeInactive = false): Observable<AwardTypeResponse[]> {
    return this.http.get<AwardTypeResponse[]>(`${this.baseUrl}/award-types`, {
      params: toHttpParams({ includeInactive: includeInactive || undefined }),
    });
  }

  create(request: SaveAwardTypeRequest): Observable<AwardTypeResponse> {
    return this.http.post<AwardTypeResponse>(`${this.baseUrl}/award-types`, request);
  }

  update(id: string, request: SaveAwardTypeRequest): Observable<AwardTypeResponse> {
    return this.http.put<AwardTypeResponse>(this.typeUrl(id), request);
  }

  addVersion(id: string, request: SaveAwardRuleVersionRequest): Observable<AwardTypeResponse> {
    return this.http.post<AwardTypeResponse>(`${this.typeUrl(id)}/versions`, request);
  }

  updateVersion(
    id: string,
    versionId: string,
    request: SaveAwardRuleVersionRequest,
  ): Observable<AwardTypeResponse> {
    return this.http.put<AwardTypeResponse>(
      `${this.typeUrl(id)}/versions/${encodeURIComponent(versionId)}`,
      request,
    );
  }

  private typeUrl(id: string): string {
    return `${this.baseUrl}/award-types/${encodeURIComponent(id)}`;
  }
}
