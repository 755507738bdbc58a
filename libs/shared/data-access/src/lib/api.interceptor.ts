import { HttpContextToken, HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { InjectionToken, LOCALE_ID, inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';

import type { ApiError } from '@thidua/shared/contracts';

import { API_BASE_URL } from './api-base-url.token';
import { toApiError } from './api-error';

/** Set on a request whose 401 the caller handles itself (login, restoring the session). */
export const SKIP_UNAUTHORIZED_REDIRECT = new HttpContextToken<boolean>(() => false);

/** Called when the API answers 401: the auth lib provides it to forget the current user. */
export const ON_UNAUTHORIZED = new InjectionToken<() => void>('ON_UNAUTHORIZED');

/**
 * Called with every 403 the API answers: the auth lib provides it to send an account that must
 * change its password to the change page (`auth.passwordChangeRequired`).
 */
export const ON_FORBIDDEN = new InjectionToken<(error: ApiError) => void>('ON_FORBIDDEN');

/** The path of the login page the interceptor sends a user to when the session ended. */
export const LOGIN_PATH = '/login';

/** The language the API should answer in, from the build's locale (`vi`, `en`, `en-US` …). */
export function acceptLanguageFor(localeId: string): 'vi' | 'en' {
  return localeId.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/**
 * The one interceptor (STYLE.md §6). For API calls: sends the session cookie and the current
 * language; on network errors and 5xx shows a snackbar; on 401 forgets the user and goes to the
 * login page; a 403 goes to the `ON_FORBIDDEN` hook; every error (422 included) goes back to the
 * caller.
 */
export const apiInterceptor: HttpInterceptorFn = (req, next) => {
  const baseUrl = inject(API_BASE_URL);
  if (!req.url.startsWith(baseUrl)) return next(req);

  const language = acceptLanguageFor(inject(LOCALE_ID));
  const snackBar = inject(MatSnackBar);
  const router = inject(Router);
  const onUnauthorized = inject(ON_UNAUTHORIZED, { optional: true });
  const onForbidden = inject(ON_FORBIDDEN, { optional: true });

  const request = req.clone({
    withCredentials: true,
    setHeaders: { 'Accept-Language': language },
  });

  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse) {
        if (error.status === 0 || error.status >= 500) {
          snackBar.open(toApiError(error).message, $localize`:@@snackClose:Đóng`, {
            duration: 6000,
            politeness: 'assertive',
          });
        } else if (error.status === 401 && !req.context.get(SKIP_UNAUTHORIZED_REDIRECT)) {
          onUnauthorized?.();
          const returnUrl = router.url;
          if (!returnUrl.startsWith(LOGIN_PATH)) {
            void router.navigate([LOGIN_PATH], {
              queryParams: returnUrl && returnUrl !== '/' ? { returnUrl } : {},
            });
          }
        } else if (error.status === 403) {
          onForbidden?.(toApiError(error));
        }
      }
      return throwError(() => error);
    }),
  );
};
