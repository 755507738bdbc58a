import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import type {
  BeneficiaryKind,
  HouseholdResponse,
  PerformanceRating,
  PersonResponse,
  ReviewFlagKind,
  SaveHouseholdRequest,
  SavePersonRequest,
} from '@thidua/awards/contracts';
import type { UnitListItemResponse } from '@thidua/registry/contracts';
import type { Page } from '@thidua/shared/contracts';
import { API_BASE_URL, toHttpParams } from '@thidua/shared/data-access';

/** A person's assessment of one year (xếp loại) and recognised initiatives. */
export interface PersonYearRecord {
  termYear: number;
  rating: PerformanceRating;
  initiatives: number;
  /** Sent back with a change (409 when someone else changed the record meanwhile). */
  version: number;
}

export interface ReviewFlagRequest {
  beneficiaryKind: BeneficiaryKind;
  beneficiaryId: string;
  kind: ReviewFlagKind;
  fromDate: string;
  toDate?: string | null;
  note?: string | null;
}

export interface BeneficiaryQuery {
  q?: string;
  unitId?: string;
  page?: number;
  pageSize?: number;
}

/** People, households, their yearly records and review flags; units to pick. */
@Injectable({ providedIn: 'root' })
export class BeneficiariesApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  listPeople(query: BeneficiaryQuery): Observable<Page<PersonResponse>> {
    return this.http.get<Page<PersonResponse>>(`${this.baseUrl}/people`, {
      params: toHttpParams(query),
    });
  }

  getPerson(id: string): Observable<PersonResponse> {
    return this.http.get<PersonResponse>(this.personUrl(id));
  }

  createPerson(request: SavePersonRequest): Observable<PersonResponse> {
    return this.http.post<PersonResponse>(`${this.baseUrl}/people`, request);
  }

  updatePerson(id: string, request: SavePersonRequest): Observable<PersonResponse> {
    return this.http.put<PersonResponse>(this.personUrl(id), request);
  }

  records(personId: string): Observable<PersonYearRecord[]> {
    return this.http.get<PersonYearRecord[]>(`${this.personUrl(personId)}/records`);
  }

  /** Records a year's assessment; answers all the person's records. */
  saveRecord(
    personId: string,
    year: number,
    request: { rating: PerformanceRating; initiatives: number; version: number },
  ): Observable<PersonYearRecord[]> {
    return this.http.put<PersonYearRecord[]>(
      `${this.personUrl(personId)}/records/${year}`,
      request,
    );
  }

  listHouseholds(query: BeneficiaryQuery): Observable<Page<HouseholdResponse>> {
    return this.http.get<Page<HouseholdResponse>>(`${this.baseUrl}/households`, {
      params: toHttpParams(query),
    });
  }

  createHousehold(request: SaveHouseholdRequest): Observable<HouseholdResponse> {
    return this.http.post<HouseholdResponse>(`${this.baseUrl}/households`, request);
  }

  addReviewFlag(request: ReviewFlagRequest): Observable<unknown> {
    return this.http.post(`${this.baseUrl}/review-flags`, request);
  }

  /** Units to pick (active ones, by name). */
  searchUnits(q: string): Observable<Page<UnitListItemResponse>> {
    return this.http.get<Page<UnitListItemResponse>>(`${this.baseUrl}/units`, {
      params: toHttpParams({
        q: q || undefined,
        page: 1,
        pageSize: 20,
        sort: 'name',
        isArchived: false,
      }),
    });
  }

  private personUrl(id: string): string {
    return `${this.baseUrl}/people/${encodeURIComponent(id)}`;
  }
}
