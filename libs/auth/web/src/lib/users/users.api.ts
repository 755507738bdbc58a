import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import type {
  CreateUserRequest,
  ResetPasswordRequest,
  SignInLimitsResponse,
  UpdateUserRequest,
  UserListQuery,
  UserResponse,
} from '@thidua/auth/contracts';
import type { UnitListItemResponse } from '@thidua/registry/contracts';
import type { Page } from '@thidua/shared/contracts';
import { API_BASE_URL, toHttpParams } from '@thidua/shared/data-access';

/** User administration endpoints (admin only), and the unit lookup for the user form. */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  list(query: UserListQuery): Observable<Page<UserResponse>> {
    return this.http.get<Page<UserResponse>>(`${this.baseUrl}/users`, {
      params: toHttpParams(query),
    });
  }

  get(id: string): Observable<UserResponse> {
    return this.http.get<UserResponse>(`${this.baseUrl}/users/${encodeURIComponent(id)}`);
  }

  create(request: CreateUserRequest): Observable<UserResponse> {
    return this.http.post<UserResponse>(`${this.baseUrl}/users`, request);
  }

  update(id: string, request: UpdateUserRequest): Observable<UserResponse> {
    return this.http.patch<UserResponse>(
      `${this.baseUrl}/users/${encodeURIComponent(id)}`,
      request,
    );
  }

  resetPassword(id: string, request: ResetPasswordRequest): Observable<void> {
    return this.http.post<void>(
      `${this.baseUrl}/users/${encodeURIComponent(id)}/reset-password`,
      request,
    );
  }

  unlockSignIn(id: string): Observable<UserResponse> {
    return this.http.post<UserResponse>(
      `${this.baseUrl}/users/${encodeURIComponent(id)}/unlock-sign-in`,
      {},
    );
  }

  signInLimits(): Observable<SignInLimitsResponse> {
    return this.http.get<SignInLimitsResponse>(`${this.baseUrl}/users/sign-in-limits`);
  }

  searchUnits(q: string, pageSize = 20): Observable<Page<UnitListItemResponse>> {
    return this.http.get<Page<UnitListItemResponse>>(`${this.baseUrl}/units`, {
      params: toHttpParams({ q, page: 1, pageSize }),
    });
  }
}
