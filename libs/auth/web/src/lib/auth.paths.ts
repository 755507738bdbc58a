/** Where the auth pages live, for links and redirects. */
export const AUTH_PATHS = {
  login: '/login',
  changePassword: '/account/password',
  mailSettings: '/account/mail',
  forbidden: '/forbidden',
  users: '/admin/users',
  auditLog: '/admin/audit-log',
  apiKeys: '/admin/api-keys',
} as const;

/** A return URL that stays inside the app (no `//host`, no absolute URL); else `/`. */
export function safeReturnUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  return value.startsWith(AUTH_PATHS.login) ? '/' : value;
}
