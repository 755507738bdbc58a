import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import type { AuditLogEntryResponse, AuditLogQuery, Page } from '@thidua/shared/contracts';
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
}
