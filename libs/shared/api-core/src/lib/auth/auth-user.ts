import type { Role } from '@thidua/shared/contracts';

/** The signed-in user, as the guard puts it on the request. */
export interface AuthUser {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  unitId: string | null;
  sessionId: string;
  /** Set by an admin's create or reset: only `@AllowPendingPasswordChange()` endpoints answer. */
  mustChangePassword: boolean;
}

/** Implemented by the auth lib: turns a bearer token into a user, or null when it is not valid. */
export interface AuthTokenVerifier {
  verify(token: string): Promise<AuthUser | null>;
}

export const AUTH_TOKEN_VERIFIER = Symbol('AUTH_TOKEN_VERIFIER');
export const SESSION_COOKIE = 'td_session';
