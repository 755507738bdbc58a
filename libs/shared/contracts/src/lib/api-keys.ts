/**
 * API keys for integrations (the document management system, the civil-servant database, …).
 * A key acts with scopes, never with a person's role: each scope opens a few HTTP methods on a few
 * resources (the first path segment after `/api/v1/`), and every other route refuses keys. A key
 * never reaches the administration (users, keys, audit log, signing) or the ballots.
 */
export const API_KEY_SCOPES = [
  'registry:read',
  'awards:read',
  'nominations:write',
  'documents:read',
] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What each scope opens: method → resources. */
export const API_KEY_SCOPE_ROUTES: Readonly<
  Record<ApiKeyScope, Readonly<Partial<Record<Method, readonly string[]>>>>
> = {
  'registry:read': { GET: ['units', 'unit-kinds', 'blocs', 'organisation'] },
  'awards:read': { GET: ['award-types', 'award-history', 'nominations', 'people', 'households'] },
  'nominations:write': { POST: ['nominations'], PUT: ['nominations'] },
  'documents:read': { GET: ['award-lists', 'export-jobs'] },
};

/** Scopes that write: the key must act for one unit, as that unit's own account would. */
export const API_KEY_WRITE_SCOPES: readonly ApiKeyScope[] = ['nominations:write'];

export const API_KEY_DEFAULT_RATE_LIMIT = 600;
export const API_KEY_MAX_RATE_LIMIT = 100_000;
/** The longest a key may live. */
export const API_KEY_MAX_DAYS = 731;
export const API_KEY_NAME_MAX = 80;
/** A key reads `td_live_<8 characters, its public id>_<43 characters of secret>`. */
export const API_KEY_PREFIX = 'td_live_';
/** The actor name a key's audit entries carry. */
export const API_KEY_ACTOR_PREFIX = 'Khóa API: ';

/** The scope that opens `method` on a route path such as `units/:id`, or null if none does. */
export function scopeForRoute(method: string, path: string): ApiKeyScope | null {
  const resource = path.replace(/^\/+/, '').split('/')[0];
  const found = API_KEY_SCOPES.find((scope) =>
    API_KEY_SCOPE_ROUTES[scope][method.toUpperCase() as Method]?.includes(resource),
  );
  return found ?? null;
}

export function isApiKeyScope(value: unknown): value is ApiKeyScope {
  return typeof value === 'string' && (API_KEY_SCOPES as readonly string[]).includes(value);
}

export interface CreateApiKeyRequest {
  name: string;
  scopes: ApiKeyScope[];
  /** The unit the key acts for (its data only, as that unit's account); null: read-only, all units. */
  unitId?: string | null;
  /** ISO 8601 date-time, in the future, at most {@link API_KEY_MAX_DAYS} days ahead. */
  expiresAt: string;
  rateLimitPerMinute?: number;
}

export interface ApiKeyResponse {
  id: string;
  name: string;
  /** The public part, e.g. `td_live_k3x9p2ab`: how a key is recognised in lists and logs. */
  prefix: string;
  scopes: ApiKeyScope[];
  unitId: string | null;
  unitName: string | null;
  rateLimitPerMinute: number;
  expiresAt: string;
  createdAt: string;
  createdByUsername: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  revokedByUsername: string | null;
}

/** The answer to a creation: the only time the whole key is shown. */
export interface CreatedApiKeyResponse extends ApiKeyResponse {
  key: string;
}
