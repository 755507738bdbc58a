import {
  type TestApp,
  DEMO_PASSWORD,
  bearer,
  createTestApp,
  login,
  uniqueName,
} from '../support/test-app';

describe('auth', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await login(t.http, 'admin');
  });

  afterAll(() => t.close());

  async function createUser(password = 'MatKhau123'): Promise<{ id: string; username: string }> {
    const username = uniqueName('auth');
    const res = await t.http
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ username, fullName: 'Phạm Minh Tuấn', role: 'viewer', password })
      .expect(201);
    return { id: res.body.id, username };
  }

  it('should sign in and answer the token, its expiry and the user', async () => {
    const res = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'admin', password: DEMO_PASSWORD })
      .expect(200);
    expect(res.body).toEqual({
      accessToken: expect.any(String),
      expiresAt: expect.any(String),
      user: expect.objectContaining({ username: 'admin', role: 'admin' }),
    });
    expect(new Date(res.body.expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(res.headers['set-cookie'][0]).toMatch(/td_session=.*HttpOnly.*SameSite=Strict/);
  });

  it('should accept the username in any case and with spaces around it', async () => {
    await t.http
      .post('/api/v1/auth/login')
      .send({ username: '  ADMIN ', password: DEMO_PASSWORD })
      .expect(200);
  });

  it('should refuse a wrong password and an unknown user alike with 401', async () => {
    const wrong = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'xem', password: 'sai-mat-khau' });
    const unknown = await t.http
      .post('/api/v1/auth/login')
      .send({ username: uniqueName('ghost'), password: 'x' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual({
      statusCode: 401,
      code: 'auth.invalidCredentials',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    });
    expect(unknown.body).toEqual(wrong.body);
  });

  it.each([
    [{}, ['username', 'password']],
    [{ username: '', password: '' }, ['username', 'password']],
    [{ username: 'admin' }, ['password']],
    [{ username: 42, password: ['x'] }, ['username', 'password']],
    [{ username: 'admin', password: 'x', role: 'admin' }, ['role']],
    [{ username: 'a'.repeat(500), password: 'x' }, ['username']],
    [{ username: 'ad\u0000min', password: 'x' }, ['username']],
  ])('should refuse bad login input %j with 422 and field errors', async (body, fields) => {
    const res = await t.http.post('/api/v1/auth/login').send(body).expect(422);
    expect(res.body.code).toBe('common.validation');
    expect(Object.keys(res.body.fieldErrors).sort()).toEqual([...fields].sort());
  });

  it('should rate-limit repeated failed sign-ins of one user with 429', async () => {
    const user = await createUser();
    for (let i = 0; i < 5; i += 1) {
      await t.http
        .post('/api/v1/auth/login')
        .send({ username: user.username, password: 'wrong1234' })
        .expect(401);
    }
    const res = await t.http
      .post('/api/v1/auth/login')
      .send({ username: user.username, password: 'MatKhau123' })
      .expect(429);
    expect(res.body.code).toBe('auth.tooManyAttempts');
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'login.failed' AND entity_id = $1`,
      [user.id],
    );
    expect(row.n).toBe(5);
  });

  it('should refuse a disabled user with 403 and end its sessions', async () => {
    const user = await createUser();
    const token = await login(t.http, user.username, 'MatKhau123');
    const current = await t.http.get(`/api/v1/users/${user.id}`).set(bearer(admin)).expect(200);
    await t.http
      .patch(`/api/v1/users/${user.id}`)
      .set(bearer(admin))
      .send({ isActive: false, version: current.body.version })
      .expect(200);
    await t.http.get('/api/v1/auth/me').set(bearer(token)).expect(401);
    const res = await t.http
      .post('/api/v1/auth/login')
      .send({ username: user.username, password: 'MatKhau123' })
      .expect(403);
    expect(res.body.code).toBe('auth.userDisabled');
  });

  it('should end the session on logout', async () => {
    const token = await login(t.http, 'xem');
    await t.http.get('/api/v1/auth/me').set(bearer(token)).expect(200);
    await t.http.post('/api/v1/auth/logout').set(bearer(token)).expect(204);
    const res = await t.http.get('/api/v1/auth/me').set(bearer(token)).expect(401);
    expect(res.body.code).toBe('auth.sessionExpired');
  });

  it('should refuse an expired token', async () => {
    const token = await login(t.http, 'xem');
    await t.dataSource.query(
      `UPDATE sessions SET expires_at = now() - interval '1 minute'
        WHERE id = (SELECT id FROM sessions ORDER BY created_at DESC LIMIT 1)`,
    );
    await t.http.get('/api/v1/auth/me').set(bearer(token)).expect(401);
  });

  it('should accept the session cookie the web app uses', async () => {
    const res = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'donvi', password: DEMO_PASSWORD });
    const cookie = (res.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
    const me = await t.http.get('/api/v1/auth/me').set('Cookie', cookie).expect(200);
    expect(me.body).toEqual(
      expect.objectContaining({
        username: 'donvi',
        role: 'unit',
        unit: expect.objectContaining({ name: 'Ban Tuyên giáo Tỉnh ủy' }),
      }),
    );
  });

  it('should change the own password, checking the current one and the rules', async () => {
    const user = await createUser();
    const token = await login(t.http, user.username, 'MatKhau123');
    const wrong = await t.http
      .post('/api/v1/auth/password')
      .set(bearer(token))
      .send({ currentPassword: 'KhongDung1', newPassword: 'MatKhauMoi456' })
      .expect(422);
    expect(wrong.body.fieldErrors.currentPassword).toEqual(['Mật khẩu hiện tại không đúng.']);
    const weak = await t.http
      .post('/api/v1/auth/password')
      .set(bearer(token))
      .send({ currentPassword: 'MatKhau123', newPassword: 'short' })
      .expect(422);
    expect(weak.body.fieldErrors.newPassword).toBeDefined();
    await t.http
      .post('/api/v1/auth/password')
      .set(bearer(token))
      .send({ currentPassword: 'MatKhau123', newPassword: 'MatKhauMoi456' })
      .expect(204);
    await t.http
      .post('/api/v1/auth/login')
      .send({ username: user.username, password: 'MatKhau123' })
      .expect(401);
    const fresh = await login(t.http, user.username, 'MatKhauMoi456');
    const me = await t.http.get('/api/v1/auth/me').set(bearer(fresh)).expect(200);
    expect(me.body.mustChangePassword).toBe(false);
  });

  it('should store only an argon2 hash of passwords and a SHA-256 of tokens', async () => {
    const token = await login(t.http, 'xem');
    const [user] = await t.dataSource.query(
      `SELECT password_hash FROM users WHERE username = 'xem'`,
    );
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
    const rows = await t.dataSource.query(`SELECT 1 FROM sessions WHERE token_hash = $1`, [token]);
    expect(rows).toHaveLength(0);
  });
});
