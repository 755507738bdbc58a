import { type TestApp, bearer, createTestApp, login } from '../support/test-app';
import { type ThrowawayPostgres, startThrowawayPostgres } from '../support/throwaway-postgres';

/**
 * PostgreSQL stops under the running API: every request that needs it answers 503
 * `common.databaseUnavailable` (never 500), health says down, and once the database is back the
 * same API process serves again (the pool reconnects by itself).
 */
describe('database outage: 503 while down, recovery without restart', () => {
  let pg: ThrowawayPostgres;
  let t: TestApp;
  let admin: string;
  const sharedUrl = process.env['DATABASE_URL'];
  const sharedMigrationUrl = process.env['DATABASE_MIGRATION_URL'];

  beforeAll(async () => {
    pg = await startThrowawayPostgres('thidua_outage');
    process.env['DATABASE_URL'] = pg.url;
    process.env['DATABASE_MIGRATION_URL'] = pg.migrationUrl;
    t = await createTestApp();
    admin = await login(t.http, 'admin');
  }, 120_000);

  afterAll(async () => {
    process.env['DATABASE_URL'] = sharedUrl;
    process.env['DATABASE_MIGRATION_URL'] = sharedMigrationUrl;
    await t?.close();
    await pg?.destroy();
  });

  it('should serve while the database is up', async () => {
    await t.http.get('/api/v1/health').expect(200);
    await t.http.get('/api/v1/units?pageSize=5').set(bearer(admin)).expect(200);
  });

  it('should answer 503 with the error shape while the database is down, then recover', async () => {
    await pg.stop();

    const health = await t.http.get('/api/v1/health');
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ status: 'error', db: 'down', version: expect.any(String) });

    const expected = {
      statusCode: 503,
      code: 'common.databaseUnavailable',
      message: 'Hệ thống tạm thời không truy cập được cơ sở dữ liệu. Vui lòng thử lại sau ít phút.',
    };
    // A read, a sign-in and a write: each touches the database at a different step.
    const list = await t.http.get('/api/v1/units?pageSize=5').set(bearer(admin));
    expect({ status: list.status, body: list.body }).toEqual({ status: 503, body: expected });
    const signIn = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'thuky', password: 'ThiDua@2024' });
    expect({ status: signIn.status, body: signIn.body }).toEqual({ status: 503, body: expected });
    const write = await t.http
      .post('/api/v1/units')
      .set(bearer(admin))
      .send({ code: 'OUTAGE', name: 'Đơn vị thử khi mất CSDL', kind: 'agency' });
    expect(write.status).toBe(503);
    expect(write.body.code).toBe('common.databaseUnavailable');
    const english = await t.http
      .get('/api/v1/units?pageSize=5')
      .set(bearer(admin))
      .set('Accept-Language', 'en');
    expect(english.body.message).toBe(
      'The database is temporarily unavailable. Please try again in a few minutes.',
    );

    await pg.start();

    await t.http.get('/api/v1/health').expect(200);
    await t.http.get('/api/v1/units?pageSize=5').set(bearer(admin)).expect(200);
    await login(t.http, 'thuky');
  }, 120_000);
});
