import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import type {
  OutgoingNumberResponse,
  OutgoingNumbersQuery,
  TakeOutgoingNumberRequest,
} from '@thidua/registry/contracts';
import type { Page } from '@thidua/shared/contracts';
import { API_BASE_URL, toHttpParams } from '@thidua/shared/data-access';

/** The register of outgoing documents (sổ văn bản đi): read it, take the next number. */
@Injectable({ providedIn: 'root' })
export class OutgoingNumbersApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  list(query: OutgoingNumbersQuery): Observable<Page<OutgoingNumberResponse>> {
    return this.http.get<Page<OutgoingNumberResponse>>(`${this.baseUrl}/outgoing-numbers`, {
      params: toHttpParams(query),
    });
  }

  take(request: TakeOutgoingNumberRequest): Observable<OutgoingNumberResponse> {
    return this.http.post<OutgoingNumberResponse>(`${this.baseUrl}/outgoing-numbers`, request);
  }
}
