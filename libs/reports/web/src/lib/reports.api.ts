import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type {
  AwardsReportQuery,
  AwardsReportResponse,
  DashboardQuery,
  DashboardResponse,
  MovementReportQuery,
  ParticipationReportResponse,
  PersonRecordResponse,
  ReportFormat,
  TargetsReportResponse,
  UnitRecordResponse,
} from '@thidua/reports/contracts';
import type { BlocListItemResponse } from '@thidua/registry/contracts';
import type { MovementListItemResponse } from '@thidua/movements/contracts';
import type { Page } from '@thidua/shared/contracts';
import { API_BASE_URL, toHttpParams } from '@thidua/shared/data-access';

/** The reports that export: the awards report and a movement's participation and targets. */
export type ExportableReport = 'awards' | 'participation' | 'targets';

/** Dashboards, reports and records; the only place that knows their URLs. */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  dashboard(query: DashboardQuery): Observable<DashboardResponse> {
    return this.http.get<DashboardResponse>(`${this.baseUrl}/dashboard`, {
      params: toHttpParams(query),
    });
  }

  awards(query: AwardsReportQuery): Observable<AwardsReportResponse> {
    return this.http.get<AwardsReportResponse>(`${this.baseUrl}/reports/awards`, {
      params: toHttpParams(query),
    });
  }

  participation(query: MovementReportQuery): Observable<ParticipationReportResponse> {
    return this.http.get<ParticipationReportResponse>(`${this.baseUrl}/reports/participation`, {
      params: toHttpParams(query),
    });
  }

  targets(query: MovementReportQuery): Observable<TargetsReportResponse> {
    return this.http.get<TargetsReportResponse>(`${this.baseUrl}/reports/targets`, {
      params: toHttpParams(query),
    });
  }

  export(
    report: ExportableReport,
    query: AwardsReportQuery | MovementReportQuery,
    format: ReportFormat,
  ): Observable<HttpResponse<Blob>> {
    return this.http.get(`${this.baseUrl}/reports/${report}/export`, {
      params: toHttpParams({ ...query, format }),
      observe: 'response',
      responseType: 'blob',
    });
  }

  unitRecord(id: string): Observable<UnitRecordResponse> {
    return this.http.get<UnitRecordResponse>(`${this.baseUrl}/reports/units/${id}`);
  }

  personRecord(id: string): Observable<PersonRecordResponse> {
    return this.http.get<PersonRecordResponse>(`${this.baseUrl}/reports/people/${id}`);
  }

  /** Blocs with members in the year, for the bloc picker. */
  blocs(year: number): Observable<Page<BlocListItemResponse>> {
    return this.http.get<Page<BlocListItemResponse>>(`${this.baseUrl}/blocs`, {
      params: toHttpParams({ year, pageSize: 200, sort: 'name' }),
    });
  }

  /** Movements running in the year, for the movement picker. */
  movements(year: number): Observable<Page<MovementListItemResponse>> {
    return this.http.get<Page<MovementListItemResponse>>(`${this.baseUrl}/movements`, {
      params: toHttpParams({ year, pageSize: 200 }),
    });
  }
}
