import {
  type TestApp,
  bearer,
  createTestApp,
  login,
  uniqueName,
  unitId,
} from '../support/test-app';

describe('units', () => {
  let t: TestApp;
  let admin: string;
  let thuky: string;
  let donvi: string;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, thuky, donvi] = await Promise.all(
      ['admin', 'thuky', 'donvi'].map((u) => login(t.http, u)),
    );
  });

  afterAll(() => t.close());

  const code = () => uniqueName('U').toUpperCase().slice(0, 20);

  it('should let a secretariat register a unit and record it in the audit log', async () => {
    const c = code();
    const res = await t.http
      .post('/api/v1/units')
      .set(bearer(thuky))
      .send({
        code: c,
        name: 'Ban Quản lý dự án Đầu tư xây dựng tỉnh',
        shortName: 'BQLDA',
        address: 'Lào Cai',
      })
      .expect(201);
    expect(res.body).toEqual(
      expect.objectContaining({
        code: c,
        name: 'Ban Quản lý dự án Đầu tư xây dựng tỉnh',
        version: 1,
      }),
    );
    const [audit] = await t.dataSource.query(
      `SELECT actor_username, action FROM audit_log WHERE entity_id = $1`,
      [res.body.id],
    );
    expect(audit).toEqual({ actor_username: 'thuky', action: 'create' });
  });

  it('should refuse a unit user registering units (403)', async () => {
    await t.http
      .post('/api/v1/units')
      .set(bearer(donvi))
      .send({ code: code(), name: 'X' })
      .expect(403);
  });

  it('should refuse a duplicate code with 409 and bad fields with 422', async () => {
    const dup = await t.http
      .post('/api/v1/units')
      .set(bearer(admin))
      .send({ code: 'vptu', name: 'Trùng mã' })
      .expect(409);
    expect(dup.body.code).toBe('units.codeTaken');
    const bad = await t.http
      .post('/api/v1/units')
      .set(bearer(admin))
      .send({ code: 'có khoảng trắng', name: '', email: 'x', kindId: 'nope', phone: 'abc' })
      .expect(422);
    expect(Object.keys(bad.body.fieldErrors).sort()).toEqual([
      'code',
      'email',
      'kindId',
      'name',
      'phone',
    ]);
  });

  it('should search ignoring diacritics and case, and sort in Vietnamese order', async () => {
    const res = await t.http.get('/api/v1/units?q=BAN%20TO%20CHUC').set(bearer(donvi)).expect(200);
    expect(res.body.items.map((u: { name: string }) => u.name)).toEqual(['Ban Tổ chức Tỉnh ủy']);
    const all = await t.http
      .get('/api/v1/units?pageSize=200&sort=name')
      .set(bearer(donvi))
      .expect(200);
    const names: string[] = all.body.items.map((u: { name: string }) => u.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    expect(names.indexOf('Đảng ủy Khối Cơ quan - Doanh nghiệp')).toBeGreaterThan(
      names.indexOf('Đài Phát thanh và Truyền hình tỉnh'),
    );
  });

  it('should show a unit with its sub-units and its blocs and roles by year', async () => {
    const id = await unitId(t, 'BLC');
    const res = await t.http.get(`/api/v1/units/${id}`).set(bearer(donvi)).expect(200);
    expect(res.body.memberships.filter((m: { year: number }) => m.year <= 2024)).toEqual([
      expect.objectContaining({
        year: 2024,
        role: 'head',
        bloc: expect.objectContaining({ name: 'Khối thi đua các cơ quan Tỉnh ủy' }),
      }),
      expect.objectContaining({ year: 2023, role: 'deputy' }),
    ]);
    expect(res.body.canManage).toBe(false);
    const syt = await t.http
      .get(`/api/v1/units/${await unitId(t, 'SYT')}`)
      .set(bearer(donvi))
      .expect(200);
    expect(syt.body.children.map((c: { name: string }) => c.name)).toEqual([
      'Bệnh viện Đa khoa tỉnh',
    ]);
    const tree = await t.http.get('/api/v1/units/tree').set(bearer(donvi)).expect(200);
    expect(tree.body.find((n: { code: string }) => n.code === 'BVDKT').parentId).toBe(syt.body.id);
  });

  it('should refuse a parent that would make a cycle', async () => {
    const syt = await unitId(t, 'SYT');
    const child = await unitId(t, 'BVDKT');
    const current = await t.http.get(`/api/v1/units/${syt}`).set(bearer(admin)).expect(200);
    const res = await t.http
      .patch(`/api/v1/units/${syt}`)
      .set(bearer(admin))
      .send({ parentId: child, version: current.body.version })
      .expect(422);
    expect(res.body.fieldErrors.parentId).toBeDefined();
  });

  it('should refuse a stale version with 409', async () => {
    const created = await t.http
      .post('/api/v1/units')
      .set(bearer(admin))
      .send({ code: code(), name: 'Sở Khoa học và Công nghệ' })
      .expect(201);
    await t.http
      .patch(`/api/v1/units/${created.body.id}`)
      .set(bearer(admin))
      .send({ headName: 'Nguyễn Văn A', version: 1 })
      .expect(200);
    const stale = await t.http
      .patch(`/api/v1/units/${created.body.id}`)
      .set(bearer(admin))
      .send({ headName: 'B', version: 1 })
      .expect(409);
    expect(stale.body.code).toBe('common.staleVersion');
  });

  it('should archive a referenced unit but never delete it', async () => {
    const id = await unitId(t, 'TTTHCB');
    const res = await t.http
      .delete(`/api/v1/units/${await unitId(t, 'VPUBND')}`)
      .set(bearer(admin))
      .expect(409);
    expect(res.body.code).toBe('units.referenced');
    const current = await t.http.get(`/api/v1/units/${id}`).set(bearer(admin)).expect(200);
    const archived = await t.http
      .patch(`/api/v1/units/${id}`)
      .set(bearer(admin))
      .send({ isArchived: true, version: current.body.version })
      .expect(200);
    expect(archived.body.isArchived).toBe(true);
    const created = await t.http
      .post('/api/v1/units')
      .set(bearer(admin))
      .send({ code: code(), name: 'Đơn vị nhập nhầm' })
      .expect(201);
    await t.http.delete(`/api/v1/units/${created.body.id}`).set(bearer(admin)).expect(204);
    await t.http.get(`/api/v1/units/${created.body.id}`).set(bearer(admin)).expect(404);
  });

  it('should let an admin manage the unit kinds, and others only read them', async () => {
    const kinds = await t.http.get('/api/v1/unit-kinds').set(bearer(donvi)).expect(200);
    expect(kinds.body.map((k: { name: string }) => k.name)).toContain('Cơ quan Đảng');
    await t.http
      .post('/api/v1/unit-kinds')
      .set(bearer(thuky))
      .send({ code: 'ngan-hang', name: 'Ngân hàng' })
      .expect(403);
    const created = await t.http
      .post('/api/v1/unit-kinds')
      .set(bearer(admin))
      .send({ code: uniqueName('k'), name: 'Ngân hàng', sortOrder: 9 })
      .expect(201);
    const updated = await t.http
      .patch(`/api/v1/unit-kinds/${created.body.id}`)
      .set(bearer(admin))
      .send({ isActive: false, version: created.body.version })
      .expect(200);
    expect(updated.body.isActive).toBe(false);
    const refused = await t.http
      .post('/api/v1/units')
      .set(bearer(admin))
      .send({ code: code(), name: 'X', kindId: created.body.id })
      .expect(422);
    expect(refused.body.fieldErrors.kindId).toBeDefined();
  });
});
