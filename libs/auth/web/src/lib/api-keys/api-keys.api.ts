import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import type { UnitListItemResponse } from '@thidua/registry/contracts';
import type {
  ApiKeyResponse,
  CreateApiKeyRequest,
  CreatedApiKeyResponse,
  Page,
} from '@thidua/shared/contracts';
import { API_BASE_URL, toHttpParams } from '@thidua/shared/data-access';

/** Integrations' API keys (admin). */
@Injectable({ providedIn: 'root' })
export class ApiKeysApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);
  private readonly url = `${this.baseUrl}/api-keys`;

  list(page: number, pageSize: number): Observable<Page<ApiKeyResponse>> {
    return this.http.get<Page<ApiKeyResponse>>(this.url, {
      params: toHttpParams({ page, pageSize }),
    });
  }

  create(request: CreateApiKeyRequest): Observable<CreatedApiKeyResponse> {
    return this.http.post<CreatedApiKeyResponse>(this.url, request);
  }

  revoke(id: string): Observable<ApiKeyResponse> {
    return this.http.post<ApiKeyResponse>(`${this.url}/${encodeURIComponent(id)}/revoke`, {});
  }

  searchUnits(q: string, pageSize = 20): Observable<Page<UnitListItemResponse>> {
    return this.http.get<Page<UnitListItemResponse>>(`${this.baseUrl}/units`, {
      params: toHttpParams({ q, page: 1, pageSize }),
    });
  }
}
