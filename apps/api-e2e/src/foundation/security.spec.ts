import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DEMO_PASSWORD, type TestApp, bearer, createTestApp, login } from '../support/test-app';
import { type ThrowawayPostgres, startThrowawayPostgres } from '../support/throwaway-postgres';

/** The proofs docs/security.md points to that no feature spec gives. */
describe('security: headers, session cookie', () => {
  let t: TestApp;
  let web: string;

  beforeAll(async () => {
    web = mkdtempSync(join(tmpdir(), 'thidua-web-'));
    mkdirSync(join(web, 'vi'));
    writeFileSync(join(web, 'vi', 'index.html'), '<!doctype html><title>Thi đua</title>');
    t = await createTestApp({ webDistDir: web });
  });

  afterAll(async () => {
    await t.close();
    rmSync(web, { recursive: true, force: true });
  });

  const HEADERS = {
    'content-security-policy': expect.stringContaining("default-src 'self'"),
    'strict-transport-security': expect.stringContaining('max-age='),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'SAMEORIGIN',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  };

  it.each([
    ['an API answer', '/api/v1/health', 'application/json'],
    ['an API error', '/api/v1/users', 'application/json'],
    ['the web app page', '/', 'text/html'],
    ['a deep link of the web app', '/nominations/new', 'text/html'],
  ])('should send the security headers on %s', async (_, url, type) => {
    const res = await t.http.get(url);
    expect(res.headers['content-type']).toContain(type);
    expect(res.headers).toEqual(expect.objectContaining(HEADERS));
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('should allow no inline script, no plugin and no framing in the CSP', async () => {
    const csp = (await t.http.get('/')).headers['content-security-policy'] as string;
    const directives = Object.fromEntries(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toEqual(
      expect.objectContaining({
        'script-src': "'self'",
        'object-src': "'none'",
        'frame-ancestors': "'none'",
        'base-uri': "'self'",
        'form-action': "'self'",
      }),
    );
  });

  function sessionCookie(res: { headers: Record<string, unknown> }, name = 'td_session'): string {
    const cookies = res.headers['set-cookie'] as string[];
    const cookie = cookies.find((c) => c.startsWith(`${name}=`));
    if (!cookie) throw new Error(`no ${name} cookie in ${JSON.stringify(cookies)}`);
    return cookie;
  }

  it('should set the session cookie HttpOnly, SameSite=Strict, on the whole site, expiring', async () => {
    const res = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'xem', password: DEMO_PASSWORD })
      .expect(200);
    const cookie = sessionCookie(res);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; Expires=/);
    // Plain HTTP outside production: not Secure, or the browser would drop it.
    expect(cookie).not.toMatch(/; Secure/);
  });

  it('should set a readable hint beside the session cookie, expiring with it', async () => {
    const res = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'xem', password: DEMO_PASSWORD })
      .expect(200);
    const hint = sessionCookie(res, 'td_signed_in');
    expect(hint).toMatch(/^td_signed_in=1;/);
    expect(hint).not.toMatch(/HttpOnly/);
    expect(hint).toMatch(/; SameSite=Strict/);
    expect(hint).toMatch(/; Path=\//);
    const expires = (cookie: string) => /Expires=([^;]+)/.exec(cookie)?.[1];
    expect(expires(hint)).toBe(expires(sessionCookie(res)));
  });

  it('should mark the session cookie Secure in production', async () => {
    const before = process.env['NODE_ENV'];
    process.env['NODE_ENV'] = 'production';
    try {
      const res = await t.http
        .post('/api/v1/auth/login')
        .send({ username: 'xem', password: DEMO_PASSWORD })
        .expect(200);
      expect(sessionCookie(res)).toMatch(/; Secure/);
    } finally {
      process.env['NODE_ENV'] = before;
    }
  });

  it('should clear the cookie and end the session on logout', async () => {
    const token = await login(t.http, 'xem');
    const res = await t.http.post('/api/v1/auth/logout').set(bearer(token)).expect(204);
    const cookie = sessionCookie(res);
    expect(cookie).toMatch(/^td_session=;/);
    expect(cookie).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(sessionCookie(res, 'td_signed_in')).toMatch(/^td_signed_in=;.*Expires=Thu, 01 Jan 1970/);
    await t.http.get('/api/v1/auth/me').set(bearer(token)).expect(401);
  });
});

/**
 * Guessing across many usernames from one address: its own database (its failures would lock
 * 127.0.0.1 out of the shared one) and a limit of 3 for the test.
 */
describe('security: sign-in rate limit per address', () => {
  let pg: ThrowawayPostgres;
  let t: TestApp;
  const saved = {
    url: process.env['DATABASE_URL'],
    migrationUrl: process.env['DATABASE_MIGRATION_URL'],
    limit: process.env['AUTH_MAX_FAILURES_PER_IP'],
  };

  beforeAll(async () => {
    pg = await startThrowawayPostgres('thidua_ratelimit');
    process.env['DATABASE_URL'] = pg.url;
    process.env['DATABASE_MIGRATION_URL'] = pg.migrationUrl;
    process.env['AUTH_MAX_FAILURES_PER_IP'] = '3';
    t = await createTestApp();
  }, 120_000);

  afterAll(async () => {
    process.env['DATABASE_URL'] = saved.url;
    process.env['DATABASE_MIGRATION_URL'] = saved.migrationUrl;
    if (saved.limit === undefined) delete process.env['AUTH_MAX_FAILURES_PER_IP'];
    else process.env['AUTH_MAX_FAILURES_PER_IP'] = saved.limit;
    await t?.close();
    await pg?.destroy();
  });

  it('should answer 429 to an address after too many failed sign-ins, even with the right password', async () => {
    for (const username of ['admin', 'thuky', 'donvi']) {
      await t.http.post('/api/v1/auth/login').send({ username, password: 'Sai12345' }).expect(401);
    }
    const res = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'xem', password: DEMO_PASSWORD })
      .expect(429);
    expect(res.body).toEqual({
      statusCode: 429,
      code: 'auth.tooManyAttempts',
      params: { minutes: 15, retryAfterSeconds: expect.any(Number) },
      message: expect.stringContaining('15'),
    });
  });
});
