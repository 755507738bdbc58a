import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import type {
  AuditLogEntryResponse,
  AuditLogExportQuery,
  AuditLogQuery,
  Page,
} from '@thidua/shared/contracts';
import { API_BASE_URL, toHttpParams } from '@thidua/shared/data-access';

/** The system audit log (admin only). */
@Injectable({ providedIn: 'root' })
export class AuditLogApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  list(query: AuditLogQuery): Observable<Page<AuditLogEntryResponse>> {
    return this.http.get<Page<AuditLogEntryResponse>>(`${this.baseUrl}/audit-log`, {
      params: toHttpParams(query),
    });
  }

  /** The entries of a period as .xlsx. */
  export(query: AuditLogExportQuery): Observable<HttpResponse<Blob>> {
    return this.http.get(`${this.baseUrl}/audit-log/export`, {
      params: toHttpParams(query),
      observe: 'response',
      responseType: 'blob',
    });
  }
}
