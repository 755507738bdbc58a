import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import type {
  AwardHistoryResponse,
  BeneficiaryKind,
  SaveAwardHistoryRequest,
} from '@thidua/awards/contracts';
import type { ImportReport } from '@thidua/registry/contracts';
import type { Page } from '@thidua/shared/contracts';
import { API_BASE_URL, toHttpParams } from '@thidua/shared/data-access';

export interface AwardHistoryQuery {
  q?: string;
  page?: number;
  pageSize?: number;
  sort?: string;
  year?: number;
  awardTypeId?: string;
  beneficiaryKind?: BeneficiaryKind;
  unitId?: string;
  personId?: string;
  householdId?: string;
}

/** Awards received (lịch sử khen thưởng): list, add, import from a spreadsheet. */
@Injectable({ providedIn: 'root' })
export class AwardHistoryApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  list(query: AwardHistoryQuery): Observable<Page<AwardHistoryResponse>> {
    return this.http.get<Page<AwardHistoryResponse>>(`${this.baseUrl}/award-history`, {
      params: toHttpParams(query),
    });
  }

  create(request: SaveAwardHistoryRequest): Observable<AwardHistoryResponse> {
    return this.http.post<AwardHistoryResponse>(`${this.baseUrl}/award-history`, request);
  }

  importFile(file: File, dryRun: boolean): Observable<ImportReport> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<ImportReport>(`${this.baseUrl}/award-history/import`, body, {
      params: toHttpParams({ dryRun }),
    });
  }

  /** The .xlsx template of the import, with the award codes and kinds to choose from. */
  importTemplate(): Observable<HttpResponse<Blob>> {
    return this.http.get(`${this.baseUrl}/award-history/import/template`, {
      observe: 'response',
      responseType: 'blob',
    });
  }
}
