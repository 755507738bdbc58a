import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import type { AuditLogEntryResponse, AuditLogQuery, Page } from '@thidua/shared/contracts';
import { API_BASE_URL } from '@thidua/shared/data-access';

import { toParams } from '../users/users.api';

/** The system audit log (admin only). */
@Injectable({ providedIn: 'root' })
export class AuditLogApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  list(query: AuditLogQuery): Observable<Page<AuditLogEntryResponse>> {
    return this.http.get<Page<AuditLogEntryResponse>>(`${this.baseUrl}/audit-log`, {
      params: toParams(query),
    });
  }
}
