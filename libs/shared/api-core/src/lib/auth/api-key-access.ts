import { scopeForRoute } from '@thidua/shared/contracts';
import type { Request, Response } from 'express';

import { ApiException } from '../errors/api.exception';
import { API_KEY_TOKEN_PREFIX, type ApiKeyVerifier, type AuthUser } from './auth-user';

/** The API key a request carries (`X-API-Key`, or a bearer token that looks like a key), or null. */
export function extractApiKey(request: Request): string | null {
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header.trim()) return header.trim();
  const auth = request.headers.authorization;
  if (auth?.startsWith(`Bearer ${API_KEY_TOKEN_PREFIX}`)) return auth.slice(7).trim();
  return null;
}

/**
 * Signs the request in with its API key and checks the key's scopes open this route: 403
 * `auth.scopeDenied` naming the scope needed, or `auth.apiKeyRouteDenied` where no scope opens it
 * (administration, ballots, the account). A 429 carries `Retry-After`.
 */
export async function authenticateApiKey(
  verifier: ApiKeyVerifier | null,
  key: string,
  request: Request,
  response: Response,
): Promise<AuthUser> {
  if (!verifier) throw new ApiException(401, 'auth.apiKeyUnknown');
  let user: AuthUser;
  try {
    user = await verifier.authenticate(key);
  } catch (error) {
    const wait = error instanceof ApiException ? error.params['retryAfterSeconds'] : undefined;
    if (wait !== undefined) response.setHeader('Retry-After', String(wait));
    throw error;
  }
  const scope = scopeForRoute(request.method, routePath(request));
  if (!scope) throw new ApiException(403, 'auth.apiKeyRouteDenied');
  if (!user.apiKey?.scopes.includes(scope))
    throw new ApiException(403, 'auth.scopeDenied', { scope });
  return user;
}

/** The matched route without the `/api/v1/` prefix, e.g. `nominations/:id`. */
function routePath(request: Request): string {
  const path: string = (request.route as { path?: string } | undefined)?.path ?? request.path;
  return path.replace(/^\/?(api\/)?(v\d+\/)?/, '');
}
