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

/**
 * The session hint (`SESSION_HINT_COOKIE`): the session cookie's flags, but readable by scripts,
 * so the web app knows whether to ask who is signed in. It says nothing a script could misuse.
 */
export function sessionHintCookieFlags(
  requestIsSecure: boolean,
  env: NodeJS.ProcessEnv = process.env,
): { httpOnly: false; sameSite: 'strict'; secure: boolean; path: '/' } {
  return { ...sessionCookieFlags(requestIsSecure, env), httpOnly: false };
}
