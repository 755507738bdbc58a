import { PASSWORD_CHANGE_REQUIRED, type Role } from '@thidua/shared/contracts';

export const USERNAME_PATTERN = /^[a-z0-9._-]{3,50}$/;
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * A cookie scripts may read (`td_signed_in=1`), set beside the HttpOnly session cookie at sign-in,
 * expiring with it and cleared at sign-out. It holds no secret: it only tells the web app that a
 * session may exist, so a signed-out page (sign-in, `/vote`) does not ask `GET /auth/me` for a 401.
 */
export const SESSION_HINT_COOKIE = 'td_signed_in';

export interface LoginRequest {
  username: string;
  password: string;
}

/** A bloc for which the user acts as secretariat in a year (derived from the rotation). */
export interface BlocSecretariatGrant {
  blocId: string;
  blocName: string;
  year: number;
  /** Whether the user's unit is the bloc's head (`head`) or deputy (`deputy`) that year. */
  position: 'head' | 'deputy';
}

export interface UnitSummary {
  id: string;
  name: string;
  shortName: string | null;
}

export interface CurrentUserResponse {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  unit: UnitSummary | null;
  mustChangePassword: boolean;
  secretariatOf: BlocSecretariatGrant[];
}

export interface LoginResponse {
  accessToken: string;
  /** ISO time at which the token stops working. */
  expiresAt: string;
  user: CurrentUserResponse;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface UserResponse {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  role: Role;
  unit: UnitSummary | null;
  isActive: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  /** No digest or reminder e-mails (the user's choice, or an admin's). */
  mailOptOut: boolean;
  /** Until when wrong passwords keep the account from signing in at some address; else null. */
  signInLockedUntil: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface CreateUserRequest {
  username: string;
  fullName: string;
  email?: string | null;
  role: Role;
  unitId?: string | null;
  password: string;
}

export interface UpdateUserRequest {
  fullName?: string;
  email?: string | null;
  role?: Role;
  unitId?: string | null;
  isActive?: boolean;
  mailOptOut?: boolean;
  /** The version the client read; a stale one is refused with 409. */
  version: number;
}

/**
 * One's own e-mail settings (`GET`/`PUT /auth/me/mail`): the address the digest and the reminders
 * go to, and whether to receive them.
 */
export interface MailSettingsResponse {
  email: string | null;
  mailOptOut: boolean;
}

export interface MailSettingsRequest {
  email: string | null;
  mailOptOut: boolean;
}

export interface ResetPasswordRequest {
  newPassword: string;
}

/** The sign-in limits the server runs with (environment settings, read-only). */
export interface SignInLimitsResponse {
  /** Wrong passwords for one account from one address before it is locked there. */
  maxFailuresPerAccount: number;
  /** Wrong passwords from one address over all accounts before the address is locked. */
  maxFailuresPerAddress: number;
  /** How long failures are counted, and the first lock-out. */
  windowMinutes: number;
  /** Each further lock-out lasts this many times the one before. */
  lockoutGrowth: number;
  maxLockoutMinutes: number;
}

export interface UserListQuery {
  q?: string;
  page?: number;
  pageSize?: number;
  sort?: string;
  role?: Role;
  isActive?: boolean;
  unitId?: string;
}

export const AUTH_ERROR_CODES = {
  invalidCredentials: 'auth.invalidCredentials',
  userDisabled: 'auth.userDisabled',
  tooManyAttempts: 'auth.tooManyAttempts',
  passwordChangeRequired: PASSWORD_CHANGE_REQUIRED,
  sessionExpired: 'auth.sessionExpired',
  wrongCurrentPassword: 'auth.wrongCurrentPassword',
  weakPassword: 'auth.weakPassword',
  usernameTaken: 'users.usernameTaken',
  unitNotFound: 'users.unitNotFound',
  staleVersion: 'common.staleVersion',
  cannotDisableSelf: 'users.cannotDisableSelf',
  unitRequired: 'users.unitRequired',
} as const;

/** A password must have 8+ characters with a letter and a digit. Returns a reason code or null. */
export function checkPasswordStrength(
  password: string,
): 'tooShort' | 'tooLong' | 'needsLetterAndDigit' | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'tooLong';
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) return 'needsLetterAndDigit';
  return null;
}
