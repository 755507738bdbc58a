import { type TestApp, bearer, createTestApp, login, uniqueName } from '../support/test-app';

describe('users (admin)', () => {
  let t: TestApp;
  let admin: string;
  let unitUser: string;
  let viewer: string;
  let secretariat: string;
  let unitId: string;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, unitUser, viewer, secretariat] = await Promise.all(
      ['admin', 'donvi', 'xem', 'thuky'].map((u) => login(t.http, u)),
    );
    [{ id: unitId }] = await t.dataSource.query(`SELECT id FROM units WHERE code = 'BDVTU'`);
  });

  afterAll(() => t.close());

  it('should let an admin create a user who can then sign in and must change the password', async () => {
    const username = uniqueName('dv');
    const res = await t.http
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({
        username,
        fullName: 'Hoàng Thị Hiên',
        email: 'hien@laocai.gov.vn',
        role: 'unit',
        unitId,
        password: 'BanDanVan2024',
      })
      .expect(201);
    expect(res.body).toEqual(
      expect.objectContaining({
        username,
        fullName: 'Hoàng Thị Hiên',
        role: 'unit',
        unit: expect.objectContaining({ name: 'Ban Dân vận Tỉnh ủy' }),
        isActive: true,
        mustChangePassword: true,
        version: 1,
      }),
    );
    expect(res.body.passwordHash).toBeUndefined();
    const login_ = await t.http
      .post('/api/v1/auth/login')
      .send({ username, password: 'BanDanVan2024' })
      .expect(200);
    expect(login_.body.user.mustChangePassword).toBe(true);
    const [audit] = await t.dataSource.query(
      `SELECT actor_username, action, after FROM audit_log WHERE entity = 'user' AND entity_id = $1 AND action = 'create'`,
      [res.body.id],
    );
    expect(audit).toEqual({
      actor_username: 'admin',
      action: 'create',
      after: expect.objectContaining({ username, role: 'unit' }),
    });
    expect(JSON.stringify(audit.after)).not.toMatch(/argon2|password/i);
  });

  it('should store NFD input as NFC, so both spellings are one name', async () => {
    const username = uniqueName('nfd');
    const res = await t.http
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({
        username,
        fullName: '  Nguyễn   Văn Bình '.normalize('NFD'),
        role: 'viewer',
        password: 'MatKhau123',
      })
      .expect(201);
    expect(res.body.fullName).toBe('Nguyễn Văn Bình'.normalize('NFC'));
  });

  it('should refuse a taken username with 409 and write nothing', async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM users`);
    const res = await t.http
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ username: 'thuky', fullName: 'Trùng tên', role: 'viewer', password: 'MatKhau123' })
      .expect(409);
    expect(res.body.code).toBe('users.usernameTaken');
    expect(res.body.message).toContain('thuky');
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM users`)).toEqual(before);
  });

  it.each([
    [{ username: 'ab', fullName: 'X', role: 'viewer', password: 'MatKhau123' }, ['username']],
    [{ username: 'Có Dấu', fullName: 'X', role: 'viewer', password: 'MatKhau123' }, ['username']],
    [
      { username: 'okname', fullName: '', role: 'boss', password: 'short' },
      ['fullName', 'role', 'password'],
    ],
    [{ username: 'okname', fullName: 'X', role: 'viewer', password: 'chiCoChu' }, ['password']],
    [
      {
        username: 'okname',
        fullName: 'X',
        role: 'viewer',
        password: 'MatKhau123',
        email: 'not-mail',
      },
      ['email'],
    ],
    [{ username: 'okname', fullName: 'X', role: 'unit', password: 'MatKhau123' }, ['unitId']],
    [
      { username: 'okname', fullName: 'X', role: 'unit', password: 'MatKhau123', unitId: 'abc' },
      ['unitId'],
    ],
    [
      {
        username: 'okname',
        fullName: 'X',
        role: 'unit',
        password: 'MatKhau123',
        unitId: '00000000-0000-4000-8000-000000000000',
      },
      ['unitId'],
    ],
    [
      { username: 'okname', fullName: 'X'.repeat(121), role: 'viewer', password: 'MatKhau123' },
      ['fullName'],
    ],
  ])('should refuse %j with 422 on the named fields', async (body, fields) => {
    const res = await t.http.post('/api/v1/users').set(bearer(admin)).send(body).expect(422);
    expect(Object.keys(res.body.fieldErrors).sort()).toEqual([...fields].sort());
  });

  it.each([
    ['unit', () => unitUser],
    ['viewer', () => viewer],
    ['secretariat', () => secretariat],
  ])('should refuse the admin endpoints to a %s user with 403', async (_role, token) => {
    for (const call of [
      t.http.get('/api/v1/users'),
      t.http.post('/api/v1/users').send({ username: 'x' }),
      t.http.get('/api/v1/audit-log'),
    ]) {
      const res = await call.set(bearer(token()));
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('common.forbidden');
    }
  });

  it('should list users in pages and search ignoring diacritics and case', async () => {
    const res = await t.http
      .get('/api/v1/users?q=NGUYEN%20thu%20ha&pageSize=5')
      .set(bearer(admin))
      .expect(200);
    expect(res.body).toEqual({ items: expect.any(Array), total: 1, page: 1, pageSize: 5 });
    expect(res.body.items[0].username).toBe('thuky');
    const page2 = await t.http
      .get('/api/v1/users?pageSize=2&page=2&sort=username')
      .set(bearer(admin))
      .expect(200);
    expect(page2.body.items).toHaveLength(2);
    const filtered = await t.http
      .get('/api/v1/users?role=viewer&isActive=true')
      .set(bearer(admin))
      .expect(200);
    expect(filtered.body.items.every((u: { role: string }) => u.role === 'viewer')).toBe(true);
  });

  it('should sort full names in Vietnamese order', async () => {
    const res = await t.http
      .get('/api/v1/users?sort=fullName&pageSize=200')
      .set(bearer(admin))
      .expect(200);
    const names: string[] = res.body.items.map((u: { fullName: string }) => u.fullName);
    const collator = new Intl.Collator('vi');
    expect(names).toEqual([...names].sort(collator.compare));
  });

  it('should refuse a stale version with 409 rather than overwrite', async () => {
    const created = await t.http
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({
        username: uniqueName('ver'),
        fullName: 'Đỗ Văn Hùng',
        role: 'viewer',
        password: 'MatKhau123',
      })
      .expect(201);
    await t.http
      .patch(`/api/v1/users/${created.body.id}`)
      .set(bearer(admin))
      .send({ fullName: 'Đỗ Văn Hưng', version: 1 })
      .expect(200);
    const stale = await t.http
      .patch(`/api/v1/users/${created.body.id}`)
      .set(bearer(admin))
      .send({ fullName: 'Đỗ Văn Hùng', version: 1 })
      .expect(409);
    expect(stale.body.code).toBe('common.staleVersion');
    const now = await t.http.get(`/api/v1/users/${created.body.id}`).set(bearer(admin)).expect(200);
    expect(now.body.fullName).toBe('Đỗ Văn Hưng');
    const [audit] = await t.dataSource.query(
      `SELECT before, after FROM audit_log WHERE entity_id = $1 AND action = 'update'`,
      [created.body.id],
    );
    expect(audit.before.fullName).toBe('Đỗ Văn Hùng');
    expect(audit.after.fullName).toBe('Đỗ Văn Hưng');
  });

  it('should not let an admin disable or demote itself', async () => {
    const me = await t.http.get('/api/v1/auth/me').set(bearer(admin)).expect(200);
    const user = await t.http.get(`/api/v1/users/${me.body.id}`).set(bearer(admin)).expect(200);
    const res = await t.http
      .patch(`/api/v1/users/${me.body.id}`)
      .set(bearer(admin))
      .send({ role: 'viewer', version: user.body.version })
      .expect(409);
    expect(res.body.code).toBe('users.cannotDisableSelf');
  });

  it('should reset a password, end the sessions and require a change', async () => {
    const created = await t.http
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({
        username: uniqueName('rs'),
        fullName: 'Vũ Thị Lan',
        role: 'viewer',
        password: 'MatKhau123',
      })
      .expect(201);
    const token = await login(t.http, created.body.username, 'MatKhau123');
    await t.http
      .post(`/api/v1/users/${created.body.id}/reset-password`)
      .set(bearer(admin))
      .send({ newPassword: 'MatKhauMoi789' })
      .expect(204);
    await t.http.get('/api/v1/auth/me').set(bearer(token)).expect(401);
    await login(t.http, created.body.username, 'MatKhauMoi789');
  });

  it('should answer 400 for a malformed id and 404 for an unknown one', async () => {
    const bad = await t.http.get('/api/v1/users/not-a-uuid').set(bearer(admin)).expect(400);
    expect(bad.body.code).toBe('common.invalidId');
    const missing = await t.http
      .get('/api/v1/users/00000000-0000-4000-8000-000000000000')
      .set(bearer(admin))
      .expect(404);
    expect(missing.body.code).toBe('users.notFound');
  });

  it('should let an admin browse and filter the audit log', async () => {
    const res = await t.http
      .get('/api/v1/audit-log?entity=user&action=create&pageSize=5')
      .set(bearer(admin))
      .expect(200);
    expect(res.body.total).toBeGreaterThan(0);
    expect(res.body.items.every((e: { action: string }) => e.action === 'create')).toBe(true);
    const search = await t.http.get('/api/v1/audit-log?q=ADMIN').set(bearer(admin)).expect(200);
    expect(search.body.total).toBeGreaterThan(0);
    await t.http.get('/api/v1/audit-log?action=explode').set(bearer(admin)).expect(422);
    await t.http.get('/api/v1/audit-log?from=21/11/2026').set(bearer(admin)).expect(422);
  });

  it('should list units with a diacritic-insensitive search for the user form', async () => {
    const res = await t.http.get('/api/v1/units?q=ban%20to%20chuc').set(bearer(viewer)).expect(200);
    expect(res.body.items.map((u: { name: string }) => u.name)).toEqual(['Ban Tổ chức Tỉnh ủy']);
    const all = await t.http.get('/api/v1/units?pageSize=200').set(bearer(viewer)).expect(200);
    const names: string[] = all.body.items.map((u: { name: string }) => u.name);
    expect(names.indexOf('Xã Ân Nghĩa')).toBeLessThan(names.indexOf('Xã Bát Xát'));
  });
});
