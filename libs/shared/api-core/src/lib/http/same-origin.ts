import type { NextFunction, Request, RequestHandler, Response } from 'express';

import { SESSION_COOKIE } from '../auth/auth-user';
import { ApiException } from '../errors/api.exception';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `https://Thidua.example:443/` → `https://thidua.example`; anything unparsable stays as it is. */
function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/** The browser sent the session cookie, and no bearer token (which no other site can add). */
function isCookieAuthenticated(req: Request): boolean {
  const cookies = (req as Request & { cookies?: Record<string, string> }).cookies;
  return !!cookies?.[SESSION_COOKIE] && !req.headers.authorization?.startsWith('Bearer ');
}

/**
 * Whether `origin` is the request's own site: its host (with the port) is the one the request was
 * sent to. `req.host` reads `X-Forwarded-Host` only when Express trusts the proxy (`TRUST_PROXY`).
 * The scheme is not compared: behind a TLS proxy the app itself sees plain HTTP.
 */
function isOwnOrigin(origin: string, req: Request): boolean {
  try {
    return new URL(origin).host === new URL(`http://${req.host}`).host;
  } catch {
    return false;
  }
}

/**
 * CSRF check: a write (POST, PUT, PATCH, DELETE) authenticated by the session cookie is refused with
 * 403 `common.crossSite` when its `Origin` is neither the app's own nor one of `CORS_ORIGINS`, or,
 * without `Origin`, when the browser says `Sec-Fetch-Site: cross-site`. Requests without either
 * header (curl, scripts, other servers) and bearer-token requests go on: no browser sends those
 * for another site.
 */
export function refuseCrossSiteWrites(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins.map(originOf));
  return (req: Request, _res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method) || !isCookieAuthenticated(req)) return next();
    const origin = req.headers.origin;
    const isForeign =
      origin === undefined
        ? req.headers['sec-fetch-site'] === 'cross-site'
        : !isOwnOrigin(origin, req) && !allowed.has(originOf(origin));
    next(isForeign ? new ApiException(403, 'common.crossSite') : undefined);
  };
}
