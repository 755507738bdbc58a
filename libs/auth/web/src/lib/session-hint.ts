import { SESSION_HINT_COOKIE } from '@thidua/auth/contracts';

/**
 * Whether the API's readable hint says a session may exist (`td_signed_in`, set at sign-in beside
 * the HttpOnly session cookie and expiring with it). Without it nobody is signed in here, and the
 * app does not ask the server.
 */
export function hasSessionHint(doc: Document): boolean {
  return doc.cookie.split(';').some((part) => part.trim().startsWith(`${SESSION_HINT_COOKIE}=`));
}

/** Drops the hint once the server refused the session (revoked, or expired early). */
export function forgetSessionHint(doc: Document): void {
  doc.cookie = `${SESSION_HINT_COOKIE}=; Max-Age=0; Path=/; SameSite=Strict`;
}
