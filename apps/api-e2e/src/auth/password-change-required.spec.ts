import { type TestApp, bearer, createTestApp, login, uniqueName } from '../support/test-app';

const FIRST = 'BanDau2024';
const CHOSEN = 'TuChon2024';
const REQUIRED = {
  statusCode: 403,
  code: 'auth.passwordChangeRequired',
  message: 'Bạn cần đổi mật khẩu trước khi tiếp tục sử dụng hệ thống.',
};

describe('auth: an account that must change its password', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await login(t.http, 'admin');
  });

  afterAll(() => t.close());

  /** A new admin account (it could do anything), signed in with its first password. */
  async function newAdmin(): Promise<{ id: string; username: string; token: string }> {
    const username = uniqueName('qt');
    const res = await t.http
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ username, fullName: 'Trần Văn Quản', role: 'admin', password: FIRST })
      .expect(201);
    return { id: res.body.id, username, token: await login(t.http, username, FIRST) };
  }

  const unitBody = () => ({ code: uniqueName('MCP').toUpperCase().slice(0, 20), name: 'Sở Thử' });
  const unitCount = async () =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM units`))[0].n as number;

  it('should refuse writes and reads other than its own session with 403, writing nothing', async () => {
    const user = await newAdmin();
    const before = await unitCount();
    const write = await t.http.post('/api/v1/units').set(bearer(user.token)).send(unitBody());
    expect({ status: write.status, body: write.body }).toEqual({ status: 403, body: REQUIRED });
    expect(await unitCount()).toBe(before);
    for (const path of ['/api/v1/users', '/api/v1/units', '/api/v1/audit-log', '/api/v1/ballots']) {
      const read = await t.http.get(path).set(bearer(user.token));
      expect({ path, status: read.status, code: read.body.code }).toEqual({
        path,
        status: 403,
        code: REQUIRED.code,
      });
    }
    const me = await t.http.get('/api/v1/auth/me').set(bearer(user.token)).expect(200);
    expect(me.body).toEqual(expect.objectContaining({ id: user.id, mustChangePassword: true }));
  });

  it('should answer in English when asked', async () => {
    const user = await newAdmin();
    const res = await t.http
      .get('/api/v1/users')
      .set(bearer(user.token))
      .set('Accept-Language', 'en')
      .expect(403);
    expect(res.body.message).toBe('Please change your password before you go on.');
  });

  it('should let it sign out', async () => {
    const user = await newAdmin();
    await t.http.post('/api/v1/auth/logout').set(bearer(user.token)).expect(204);
    await t.http.get('/api/v1/auth/me').set(bearer(user.token)).expect(401);
  });

  it('should let it change the password and then work, in the same session', async () => {
    const user = await newAdmin();
    await t.http
      .post('/api/v1/auth/password')
      .set(bearer(user.token))
      .send({ currentPassword: FIRST, newPassword: CHOSEN })
      .expect(204);
    await t.http.post('/api/v1/units').set(bearer(user.token)).send(unitBody()).expect(201);
    await t.http.get('/api/v1/users').set(bearer(user.token)).expect(200);
  });

  it('should hold it back again after an admin resets its password', async () => {
    const user = await newAdmin();
    await t.http
      .post('/api/v1/auth/password')
      .set(bearer(user.token))
      .send({ currentPassword: FIRST, newPassword: CHOSEN })
      .expect(204);
    await t.http
      .post(`/api/v1/users/${user.id}/reset-password`)
      .set(bearer(admin))
      .send({ newPassword: 'DatLai2024' })
      .expect(204);
    const token = await login(t.http, user.username, 'DatLai2024');
    const res = await t.http.post('/api/v1/units').set(bearer(token)).send(unitBody());
    expect(res.status).toBe(403);
    expect(res.body.code).toBe(REQUIRED.code);
  });
});
