import type { ApiKeyScope, Role } from '@thidua/shared/contracts';

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
  /** Set when an integration's API key signed the request: `username` is then "Khóa API: <name>". */
  apiKey?: { id: string; scopes: readonly ApiKeyScope[] };
}

/** Implemented by the auth lib: turns a bearer token into a user, or null when it is not valid. */
export interface AuthTokenVerifier {
  verify(token: string): Promise<AuthUser | null>;
}

export const AUTH_TOKEN_VERIFIER = Symbol('AUTH_TOKEN_VERIFIER');

/**
 * Implemented by the auth lib: turns an integration's API key into its acting user, or throws 401
 * (unknown, expired, revoked key) or 429 (the key's requests per minute used up).
 */
export interface ApiKeyVerifier {
  authenticate(key: string): Promise<AuthUser>;
}

export const API_KEY_VERIFIER = Symbol('API_KEY_VERIFIER');
/** How an API key is recognised in `Authorization: Bearer …`. */
export const API_KEY_TOKEN_PREFIX = 'td_';
export const SESSION_COOKIE = 'td_session';
