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

/**
 * History follows the lineage: a unit made by a merger is eligible for an award that needs two
 * consecutive TTLĐXS years through its predecessor's year before the merger, with the rule on,
 * and not with it off; the explanation names the predecessor.
 */
describe('eligibility across a merger', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await login(t.http, 'admin');
  });

  afterAll(() => t.close());

  const post = async (url: string, body: object) => {
    const res = await t.http.post(`/api/v1${url}`).set(bearer(admin)).send(body);
    if (res.status !== 201) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const code = () =>
    uniqueName('E')
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, '')
      .slice(0, 20);

  it('should count a predecessor’s TTLĐXS year under the rule, and not without it', async () => {
    const award = await post('/award-types', {
      code: code(),
      name: uniqueName('Bằng khen thử kế thừa '),
      category: 'commendation',
      beneficiaryKinds: ['collective'],
      decidingAuthority: 'Chủ tịch UBND tỉnh',
      kind: 'regular',
    });
    await post(`/award-types/${award.id}/versions`, {
      version: award.version,
      effectiveFrom: '2020-01-01',
      legalCitation: 'Điều 74 Luật Thi đua, khen thưởng 2022',
      bonusCoefficient: 1.5,
      ballot: { threshold: 50, denominator: 'eligible', comparator: 'gt' },
      prerequisites: [{ kind: 'consecutiveTitles', awardCode: 'TTLDXS', years: 2 }],
    });
    const old = await post('/units', { code: code(), name: 'Sở Giao thông vận tải (cũ) thử' });
    const other = await post('/units', { code: code(), name: 'Sở Xây dựng (cũ) thử' });
    const merged = await post(`/units/${old.id}/events`, {
      kind: 'merge',
      effectiveDate: '2024-01-01',
      decision: { number: '99/QĐ-UBND', date: '2023-12-20', decidedBy: 'Ủy ban nhân dân tỉnh' },
      otherSourceIds: [other.id],
      newUnits: [{ code: code(), name: 'Sở Xây dựng (mới) thử' }],
      mainSourceId: old.id,
    });
    const successor = merged.targets[0].id;
    const [ttldxs] = await t.dataSource.query(`SELECT id FROM award_types WHERE code = 'TTLDXS'`);
    await t.dataSource.query(
      `INSERT INTO award_history (term_year, award_type_id, unit_id, decision_number, decision_date)
       VALUES (2023, $1, $2, '1/QĐ-UBND', '2024-01-10'), (2024, $1, $3, '2/QĐ-UBND', '2025-01-10')`,
      [ttldxs.id, old.id, successor],
    );
    const nomination = await post('/nominations', {
      year: 2025,
      awardTypeId: award.id,
      beneficiaryKind: 'collective',
      beneficiaryId: successor,
      proposingUnitId: successor,
      summary: 'Hoàn thành xuất sắc nhiệm vụ',
    });
    const chain = async () =>
      (
        await t.http
          .get(`/api/v1/nominations/${nomination.id}/eligibility`)
          .set(bearer(admin))
          .expect(200)
      ).body.find((r: { rule: string }) => r.rule === 'consecutiveTitles');
    const settings = await t.http.get('/api/v1/lineage-settings').set(bearer(admin)).expect(200);
    const setRule = async (rule: string) => {
      const now = await t.http.get('/api/v1/lineage-settings').set(bearer(admin)).expect(200);
      await t.http
        .put('/api/v1/lineage-settings')
        .set(bearer(admin))
        .send({ rule, citation: now.body.citation, version: now.body.version })
        .expect(200);
    };
    try {
      await setRule('main');
      expect(await chain()).toMatchObject({
        status: 'pass',
        code: 'eligibility.titles.passInherited',
        params: { years: '2024, 2023', inherited: 'Sở Giao thông vận tải (cũ) thử (2023)' },
      });
      await setRule('none');
      expect(await chain()).toMatchObject({
        status: 'blocker',
        code: 'eligibility.titles.blocker',
      });
    } finally {
      await setRule(settings.body.rule);
    }
  });
});
