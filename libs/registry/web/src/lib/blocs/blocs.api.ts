import { HttpClient, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import type {
  BlocDetailResponse,
  BlocKind,
  BlocListItemResponse,
  BlocResponse,
  BlocYearResponse,
  CreateBlocRequest,
  CopyPreviousBlocYearRequest,
  PutBlocLeadershipRequest,
  PutBlocMembersRequest,
  RotationProposalResponse,
  UpdateBlocRequest,
  WorkingYearResponse,
} from '@thidua/registry/contracts';
import type { ListQuery, Page } from '@thidua/shared/contracts';
import { API_BASE_URL, toHttpParams } from '@thidua/shared/data-access';

/** `GET /blocs` filters (sort: name|kind). `year` defaults to the current year on the server. */
export interface BlocListQuery extends ListQuery {
  kind?: BlocKind;
  isArchived?: boolean;
  year?: number;
}

/** Blocs and clusters, their yearly members, head/deputy and the rotation proposal. */
@Injectable({ providedIn: 'root' })
export class BlocsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  list(query: BlocListQuery): Observable<Page<BlocListItemResponse>> {
    return this.http.get<Page<BlocListItemResponse>>(`${this.baseUrl}/blocs`, {
      params: toHttpParams(query),
    });
  }

  /** The year pages open on when none is chosen. */
  workingYear(): Observable<WorkingYearResponse> {
    return this.http.get<WorkingYearResponse>(`${this.baseUrl}/blocs/working-year`);
  }

  get(id: string): Observable<BlocDetailResponse> {
    return this.http.get<BlocDetailResponse>(this.blocUrl(id));
  }

  create(request: CreateBlocRequest): Observable<BlocResponse> {
    return this.http.post<BlocResponse>(`${this.baseUrl}/blocs`, request);
  }

  update(id: string, request: UpdateBlocRequest): Observable<BlocResponse> {
    return this.http.patch<BlocResponse>(this.blocUrl(id), request);
  }

  export(year: number): Observable<HttpResponse<Blob>> {
    return this.http.get(`${this.baseUrl}/blocs/export`, {
      params: toHttpParams({ year }),
      observe: 'response',
      responseType: 'blob',
    });
  }

  getYear(id: string, year: number): Observable<BlocYearResponse> {
    return this.http.get<BlocYearResponse>(this.yearUrl(id, year));
  }

  putMembers(
    id: string,
    year: number,
    request: PutBlocMembersRequest,
  ): Observable<BlocYearResponse> {
    return this.http.put<BlocYearResponse>(`${this.yearUrl(id, year)}/members`, request);
  }

  putLeadership(
    id: string,
    year: number,
    request: PutBlocLeadershipRequest,
  ): Observable<BlocYearResponse> {
    return this.http.put<BlocYearResponse>(`${this.yearUrl(id, year)}/leadership`, request);
  }

  copyPrevious(
    id: string,
    year: number,
    request: CopyPreviousBlocYearRequest,
  ): Observable<BlocYearResponse> {
    return this.http.post<BlocYearResponse>(`${this.yearUrl(id, year)}/copy-previous`, request);
  }

  rotationProposal(id: string, year: number): Observable<RotationProposalResponse> {
    return this.http.get<RotationProposalResponse>(`${this.yearUrl(id, year)}/rotation-proposal`);
  }

  private blocUrl(id: string): string {
    return `${this.baseUrl}/blocs/${encodeURIComponent(id)}`;
  }

  private yearUrl(id: string, year: number): string {
    return `${this.blocUrl(id)}/years/${year}`;
  }
}
