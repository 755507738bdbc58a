import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type { MailRunResponse, TasksResponse } from '@thidua/reports/contracts';
import { API_BASE_URL } from '@thidua/shared/data-access';

/** What waits for the signed-in user; the only place that knows the URL. */
@Injectable({ providedIn: 'root' })
export class TasksApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  mine(): Observable<TasksResponse> {
    return this.http.get<TasksResponse>(`${this.baseUrl}/me/tasks`);
  }

  /** Today's digest to everyone now (admin; each user at most once a day). */
  sendDigestNow(): Observable<MailRunResponse> {
    return this.http.post<MailRunResponse>(`${this.baseUrl}/admin/mail/digest`, null);
  }
}
