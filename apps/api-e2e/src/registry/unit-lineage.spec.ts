import { type TestApp, bearer, createTestApp, login, uniqueName } from '../support/test-app';

/**
 * Units that merge, split and rename (issue 22): events with their decision, checked against the
 * events before them, the lineage they draw, and the newest one undone.
 */
describe('unit events and lineage', () => {
  let t: TestApp;
  let admin: string;
  let thuky: string;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, thuky] = await Promise.all(['admin', 'thuky'].map((u) => login(t.http, u)));
  });

  afterAll(() => t.close());

  const decision = {
    number: '1234/QĐ-UBND',
    date: '2025-06-20',
    decidedBy: 'Ủy ban nhân dân tỉnh',
  };
  const code = () =>
    uniqueName('L')
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, '')
      .slice(0, 20);

  async function newUnit(name = uniqueName('Sở thử ')): Promise<{ id: string; name: string }> {
    const res = await t.http
      .post('/api/v1/units')
      .set(bearer(admin))
      .send({ code: code(), name })
      .expect(201);
    return res.body;
  }
  const record = (unitId: string, body: object, token = admin) =>
    t.http
      .post(`/api/v1/units/${unitId}/events`)
      .set(bearer(token))
      .send({ decision, ...body });
  const archived = async (id: string): Promise<boolean> =>
    (await t.dataSource.query(`SELECT is_archived FROM units WHERE id = $1`, [id]))[0].is_archived;

  it('should merge two units into a new one, archive them and draw the lineage', async () => {
    const [g, x] = [await newUnit('Sở Giao thông vận tải thử'), await newUnit('Sở Xây dựng thử')];
    const newCode = code();
    const res = await record(g.id, {
      kind: 'merge',
      effectiveDate: '2025-03-01',
      otherSourceIds: [x.id],
      newUnits: [{ code: newCode, name: 'Sở Xây dựng (hợp nhất) thử' }],
      mainSourceId: x.id,
    }).expect(201);
    expect(res.body).toMatchObject({
      kind: 'merge',
      effectiveDate: '2025-03-01',
      decision,
      mainSource: { id: x.id },
      canUndo: true,
    });
    const merged = res.body.targets[0];
    expect(merged.code).toBe(newCode);
    expect(await archived(g.id)).toBe(true);
    expect(await archived(x.id)).toBe(true);

    const lineage = await t.http
      .get(`/api/v1/units/${merged.id}/lineage`)
      .set(bearer(thuky))
      .expect(200);
    expect(
      lineage.body.predecessors.map((p: { unit: { id: string }; main: boolean; depth: number }) => [
        p.unit.id,
        p.main,
        p.depth,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [g.id, false, 1],
        [x.id, true, 1],
      ]),
    );
    expect(lineage.body.predecessors[0].event).toMatchObject({
      kind: 'merge',
      decisionNumber: decision.number,
    });
    const back = await t.http.get(`/api/v1/units/${g.id}/lineage`).set(bearer(admin)).expect(200);
    expect(back.body.successors.map((s: { unit: { id: string } }) => s.unit.id)).toEqual([
      merged.id,
    ]);

    const events = await t.http.get(`/api/v1/units/${x.id}/events`).set(bearer(admin)).expect(200);
    expect(events.body).toHaveLength(1);
    const [entry] = await t.dataSource.query(
      `SELECT actor_username, after FROM audit_log WHERE entity = 'unitEvent' AND entity_id = $1`,
      [res.body.id],
    );
    expect(entry.actor_username).toBe('admin');
    expect(entry.after).toMatchObject({ kind: 'merge', decision });
  });

  it('should refuse a unit that ceased, with the field and nothing changed', async () => {
    const [a, b, c] = [await newUnit(), await newUnit(), await newUnit()];
    await record(b.id, { kind: 'absorb', effectiveDate: '2025-03-01', targetIds: [a.id] }).expect(
      201,
    );
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM unit_events`);
    const res = await record(b.id, {
      kind: 'absorb',
      effectiveDate: '2025-05-01',
      targetIds: [c.id],
    }).expect(422);
    expect(res.body).toMatchObject({
      code: 'lineage.ceased',
      fieldErrors: { effectiveDate: ['Có đơn vị đã chấm dứt hoạt động trước ngày hiệu lực này.'] },
      fieldErrorCodes: { effectiveDate: [{ code: 'lineage.ceased' }] },
    });
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM unit_events`)).toEqual(before);
    expect(await archived(c.id)).toBe(false);
  });

  it.each<[string, object, string, string]>([
    [
      'a merge of one unit',
      { kind: 'merge', newUnits: [{ code: 'MOTDONVI', name: 'Một' }] },
      'kind',
      'lineage.shape',
    ],
    ['a rename without a name', { kind: 'rename' }, 'newName', ''],
    ['an unknown kind', { kind: 'fusion' }, 'kind', ''],
    [
      'a date that is not a day',
      { kind: 'dissolve', effectiveDate: '2025-02-30' },
      'effectiveDate',
      '',
    ],
    [
      'an unknown unit',
      { kind: 'absorb', targetIds: ['00000000-0000-4000-8000-000000000000'] },
      'otherSourceIds',
      'unitEvents.unitNotFound',
    ],
  ])('should refuse %s field by field', async (_name, body, field, code) => {
    const unit = await newUnit();
    const res = await record(unit.id, { effectiveDate: '2025-04-01', ...body }).expect(422);
    expect(Object.keys(res.body.fieldErrors)).toContain(field);
    if (code) expect(res.body.fieldErrorCodes[field]).toContainEqual({ code });
    expect(
      await t.dataSource.query(`SELECT 1 FROM unit_event_units WHERE unit_id = $1`, [unit.id]),
    ).toEqual([]);
    expect(await t.dataSource.query(`SELECT 1 FROM units WHERE code = 'MOTDONVI'`)).toEqual([]);
  });

  it('should let only the admin record an event', async () => {
    const unit = await newUnit();
    await record(unit.id, { kind: 'dissolve', effectiveDate: '2025-04-01' }, thuky).expect(403);
    expect(await archived(unit.id)).toBe(false);
  });

  it('should rename a unit and keep its names over time', async () => {
    const unit = await newUnit('Sở Lao động – Thương binh và Xã hội thử');
    await record(unit.id, {
      kind: 'rename',
      effectiveDate: '2025-03-01',
      newName: 'Sở Nội vụ thử',
    }).expect(201);
    const lineage = await t.http
      .get(`/api/v1/units/${unit.id}/lineage`)
      .set(bearer(admin))
      .expect(200);
    expect(lineage.body.names).toEqual([
      { name: 'Sở Lao động – Thương binh và Xã hội thử', from: null, to: '2025-03-01' },
      { name: 'Sở Nội vụ thử', from: '2025-03-01', to: null },
    ]);
    expect(
      (await t.dataSource.query(`SELECT name FROM units WHERE id = $1`, [unit.id]))[0].name,
    ).toBe('Sở Nội vụ thử');
  });

  it('should undo the newest event only, bringing the merged units back', async () => {
    const [a, b] = [await newUnit(), await newUnit()];
    const merged = await record(a.id, {
      kind: 'merge',
      effectiveDate: '2025-03-01',
      otherSourceIds: [b.id],
      newUnits: [{ code: code(), name: 'Đơn vị hợp nhất thử' }],
    }).expect(201);
    const newId = merged.body.targets[0].id;
    const renamed = await record(newId, {
      kind: 'rename',
      effectiveDate: '2025-09-01',
      newName: 'Tên sau',
    }).expect(201);
    const refused = await t.http
      .delete(`/api/v1/units/${a.id}/events/${merged.body.id}`)
      .set(bearer(admin))
      .expect(409);
    expect(refused.body.code).toBe('unitEvents.notNewest');
    await t.http
      .delete(`/api/v1/units/${newId}/events/${renamed.body.id}`)
      .set(bearer(admin))
      .expect(204);
    await t.http
      .delete(`/api/v1/units/${a.id}/events/${merged.body.id}`)
      .set(bearer(admin))
      .expect(204);
    expect(await archived(a.id)).toBe(false);
    expect(await archived(b.id)).toBe(false);
    expect(await t.dataSource.query(`SELECT 1 FROM units WHERE id = $1`, [newId])).toEqual([]);
  });

  it('should keep the inheritance rule as data the admin edits, with its version', async () => {
    const now = await t.http.get('/api/v1/lineage-settings').set(bearer(thuky)).expect(200);
    const body = {
      rule: 'all',
      citation: 'Hướng dẫn thử của Ban Thi đua – Khen thưởng',
      version: now.body.version,
    };
    await t.http.put('/api/v1/lineage-settings').set(bearer(thuky)).send(body).expect(403);
    const saved = await t.http
      .put('/api/v1/lineage-settings')
      .set(bearer(admin))
      .send(body)
      .expect(200);
    expect(saved.body).toMatchObject({ rule: 'all', version: now.body.version + 1 });
    const stale = await t.http
      .put('/api/v1/lineage-settings')
      .set(bearer(admin))
      .send(body)
      .expect(409);
    expect(stale.body.code).toBe('common.staleVersion');
    await t.http
      .put('/api/v1/lineage-settings')
      .set(bearer(admin))
      .send({ ...now.body, version: saved.body.version })
      .expect(200);
  });
});
