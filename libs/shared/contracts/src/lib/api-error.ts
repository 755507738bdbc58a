/** The one error shape every endpoint answers with (STYLE.md §5). */
export interface ApiError {
  statusCode: number;
  /** Stable machine code, e.g. `auth.invalidCredentials`; the web translates it. */
  code: string;
  /** A human sentence in the request's language (Vietnamese unless `Accept-Language: en`). */
  message: string;
  /** Field-by-field messages for validation errors (422). Keys are dotted paths. */
  fieldErrors?: Record<string, string[]>;
}

export const COMMON_ERROR_CODES = {
  validation: 'common.validation',
  badRequest: 'common.badRequest',
  unauthorized: 'common.unauthorized',
  forbidden: 'common.forbidden',
  notFound: 'common.notFound',
  conflict: 'common.conflict',
  tooManyRequests: 'common.tooManyRequests',
  payloadTooLarge: 'common.payloadTooLarge',
  unavailable: 'common.unavailable',
  databaseUnavailable: 'common.databaseUnavailable',
  internal: 'common.internal',
} as const;

export type SupportedLanguage = 'vi' | 'en';

/**
 * The 403 code for an account that must change its password first: until then it may only change
 * it, sign out and read its own session (`/auth/me`).
 */
export const PASSWORD_CHANGE_REQUIRED = 'auth.passwordChangeRequired';
