import { type TestApp, bearer, createTestApp, login } from '../support/test-app';

describe('platform: health, OpenAPI, headers, errors', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await login(t.http, 'admin');
  });

  afterAll(() => t.close());

  it('should answer the health check without signing in', async () => {
    const res = await t.http.get('/api/v1/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', db: 'up', version: expect.any(String) });
  });

  it('should publish the OpenAPI document with the endpoints', async () => {
    const res = await t.http.get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/users',
        '/api/v1/audit-log',
        '/api/v1/health',
      ]),
    );
  });

  it('should set security headers and keep CORS closed', async () => {
    const res = await t.http.get('/api/v1/health').set('Origin', 'https://evil.example');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('should want a session on every other endpoint (401 with the error shape)', async () => {
    const res = await t.http.get('/api/v1/users').expect(401);
    expect(res.body).toEqual({
      statusCode: 401,
      code: 'common.unauthorized',
      message: expect.any(String),
    });
    await t.http.get('/api/v1/users').set(bearer('not-a-token')).expect(401);
  });

  it('should answer unknown API routes with 404 in the error shape', async () => {
    const res = await t.http.get('/api/v1/nope').set(bearer(admin)).expect(404);
    expect(res.body.code).toBe('common.routeNotFound');
  });

  it('should answer malformed JSON with 400 and change nothing', async () => {
    const res = await t.http
      .post('/api/v1/users')
      .set(bearer(admin))
      .set('Content-Type', 'application/json')
      .send('{"username": ');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('common.malformedJson');
  });

  it('should refuse unknown query filters and bad paging with 422 field errors', async () => {
    const res = await t.http
      .get('/api/v1/users?page=0&pageSize=5000&bogus=1')
      .set(bearer(admin))
      .expect(422);
    expect(Object.keys(res.body.fieldErrors)).toEqual(
      expect.arrayContaining(['page', 'pageSize', 'bogus']),
    );
    // Each field error also comes as a code and its parameters, in the same order.
    expect(res.body.fieldErrorCodes.page).toEqual([{ code: 'validation.min', params: { min: 1 } }]);
    expect(res.body.fieldErrorCodes.bogus).toEqual([{ code: 'validation.whitelistValidation' }]);
    expect(res.body.fieldErrors.page).toEqual(['Không được nhỏ hơn 1.']);
    const sort = await t.http.get('/api/v1/users?sort=passwordHash').set(bearer(admin)).expect(422);
    expect(sort.body.fieldErrors.sort).toBeDefined();
  });

  it('should speak English when asked', async () => {
    const res = await t.http
      .get('/api/v1/users')
      .set('Accept-Language', 'en-US,en;q=0.9')
      .expect(401);
    expect(res.body.message).toBe('Please sign in to continue.');
  });
});
