import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import type {
  CreateUnitKindRequest,
  UnitKindResponse,
  UpdateUnitKindRequest,
} from '@thidua/registry/contracts';
import { API_BASE_URL } from '@thidua/shared/data-access';

/** Unit kinds (loại đơn vị): everyone reads them, admins change them. */
@Injectable({ providedIn: 'root' })
export class UnitKindsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  list(): Observable<UnitKindResponse[]> {
    return this.http.get<UnitKindResponse[]>(`${this.baseUrl}/unit-kinds`);
  }

  create(request: CreateUnitKindRequest): Observable<UnitKindResponse> {
    return this.http.post<UnitKindResponse>(`${this.baseUrl}/unit-kinds`, request);
  }

  update(id: string, request: UpdateUnitKindRequest): Observable<UnitKindResponse> {
    return this.http.patch<UnitKindResponse>(
      `${this.baseUrl}/unit-kinds/${encodeURIComponent(id)}`,
      request,
    );
  }
}
