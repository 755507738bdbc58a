import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import type {
  ChangePasswordRequest,
  CurrentUserResponse,
  LoginRequest,
  LoginResponse,
  MailSettingsRequest,
  MailSettingsResponse,
} from '@thidua/auth/contracts';
import { API_BASE_URL, SKIP_UNAUTHORIZED_REDIRECT } from '@thidua/shared/data-access';

/** The session endpoints. The session itself travels in the HttpOnly `td_session` cookie. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);
  /** Login and "who am I" answer 401 as a normal outcome: the interceptor must not redirect. */
  private readonly selfHandled = () => new HttpContext().set(SKIP_UNAUTHORIZED_REDIRECT, true);

  login(request: LoginRequest): Observable<LoginResponse> {
    return this.http.post<LoginResponse>(`${this.baseUrl}/auth/login`, request, {
      context: this.selfHandled(),
    });
  }

  logout(): Observable<void> {
    return this.http.post<void>(`${this.baseUrl}/auth/logout`, null, {
      context: this.selfHandled(),
    });
  }

  me(): Observable<CurrentUserResponse> {
    return this.http.get<CurrentUserResponse>(`${this.baseUrl}/auth/me`, {
      context: this.selfHandled(),
    });
  }

  changePassword(request: ChangePasswordRequest): Observable<void> {
    return this.http.post<void>(`${this.baseUrl}/auth/password`, request);
  }

  mailSettings(): Observable<MailSettingsResponse> {
    return this.http.get<MailSettingsResponse>(`${this.baseUrl}/auth/me/mail`);
  }

  saveMailSettings(request: MailSettingsRequest): Observable<MailSettingsResponse> {
    return this.http.put<MailSettingsResponse>(`${this.baseUrl}/auth/me/mail`, request);
  }
}
