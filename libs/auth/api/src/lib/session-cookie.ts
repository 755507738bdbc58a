/**
 * The session cookie: never readable by scripts (`HttpOnly`), never sent by another site
 * (`SameSite=Strict`), and `Secure` over TLS, in production (unless `COOKIE_SECURE=false`, for a
 * plain-HTTP intranet), or always with `COOKIE_SECURE=true` (TLS ended by a proxy).
 */
export function sessionCookieFlags(
  requestIsSecure: boolean,
  env: NodeJS.ProcessEnv = process.env,
): { httpOnly: true; sameSite: 'strict'; secure: boolean; path: '/' } {
  const setting = env['COOKIE_SECURE'];
  const secure =
    setting === 'true' ||
    requestIsSecure ||
    (setting !== 'false' && env['NODE_ENV'] === 'production');
  return { httpOnly: true, sameSite: 'strict', secure, path: '/' };
}
