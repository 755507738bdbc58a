import {
  PARTY_BLOC,
  type TestApp,
  bearer,
  blocId,
  createTestApp,
  login,
  unitId,
} from '../support/test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('movements and campaigns', () => {
  let t: TestApp;
  let admin: string;
  let thuky: string;
  let donvi: string;
  let party: string;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, thuky, donvi] = await Promise.all(
      ['admin', 'thuky', 'donvi'].map((u) => login(t.http, u)),
    );
    party = await blocId(t, PARTY_BLOC);
  });

  afterAll(() => t.close());

  const movement = (extra: Record<string, unknown> = {}) => ({
    kind: 'special',
    title: 'Đợt thi đua đặc biệt chào mừng Đại hội Đảng bộ tỉnh',
    slogan: 'Đoàn kết - Sáng tạo - Phát triển',
    launchingAuthority: PARTY_BLOC,
    startDate: '2025-03-01',
    endDate: '2025-09-30',
    anniversaries: ['95 năm Ngày thành lập Đảng Cộng sản Việt Nam'],
    targets: [
      { content: 'Tổ chức sinh hoạt chuyên đề', measure: 'hội nghị', targetValue: 4 },
      { content: 'Tỷ lệ cán bộ tham gia', measure: '%', targetValue: 98.7 },
    ],
    blocIds: [party],
    ...extra,
  });

  it('should show the demo campaign with its targets, models and the bloc taking part', async () => {
    const list = await t.http
      .get('/api/v1/movements?q=90%20ngay%20lao%20dong')
      .set(bearer(donvi))
      .expect(200);
    expect(list.body.items).toHaveLength(1);
    const res = await t.http
      .get(`/api/v1/movements/${list.body.items[0].id}`)
      .set(bearer(donvi))
      .expect(200);
    expect(res.body).toEqual(
      expect.objectContaining({
        kind: 'special',
        status: 'ended',
        anniversaries: ['30 năm tái lập tỉnh Lào Cai (01/10/1991 - 01/10/2021)'],
        blocs: [expect.objectContaining({ name: PARTY_BLOC })],
        canManage: false,
      }),
    );
    expect(res.body.targets).toHaveLength(3);
    expect(res.body.models.map((m: { unit: { name: string } }) => m.unit.name)).toContain(
      'Báo Lào Cai',
    );
  });

  it('should take a movement from draft through launched to ended, and refuse a step out of order', async () => {
    const created = await t.http
      .post('/api/v1/movements')
      .set(bearer(thuky))
      .send(movement())
      .expect(201);
    expect(created.body).toEqual(
      expect.objectContaining({ status: 'draft', canManage: true, version: 1 }),
    );
    const id = created.body.id;
    const early = await t.http
      .post(`/api/v1/movements/${id}/transitions`)
      .set(bearer(thuky))
      .send({ action: 'end', version: 1 })
      .expect(409);
    expect(early.body.code).toBe('movements.invalidTransition');
    const launched = await t.http
      .post(`/api/v1/movements/${id}/transitions`)
      .set(bearer(thuky))
      .send({ action: 'launch', version: 1 })
      .expect(200);
    expect(launched.body.status).toBe('launched');
    expect(launched.body.launchDate).toEqual(expect.any(String));
    await t.http
      .post(`/api/v1/movements/${id}/transitions`)
      .set(bearer(donvi))
      .send({ action: 'end', version: launched.body.version })
      .expect(403);
    const ended = await t.http
      .post(`/api/v1/movements/${id}/transitions`)
      .set(bearer(admin))
      .send({ action: 'end', version: launched.body.version })
      .expect(200);
    expect(ended.body.status).toBe('ended');
  });

  it('should refuse bad input field by field and a unit user creating movements', async () => {
    const res = await t.http
      .post('/api/v1/movements')
      .set(bearer(admin))
      .send({
        kind: 'weekly',
        title: '',
        launchingAuthority: 'x',
        startDate: '2025-13-01',
        endDate: '2025-01-01',
        targets: [{ content: '', targetValue: -1 }],
      })
      .expect(422);
    expect(Object.keys(res.body.fieldErrors)).toEqual(
      expect.arrayContaining([
        'kind',
        'title',
        'startDate',
        'targets.0.content',
        'targets.0.targetValue',
      ]),
    );
    const order = await t.http
      .post('/api/v1/movements')
      .set(bearer(admin))
      .send(movement({ startDate: '2025-09-30', endDate: '2025-03-01' }))
      .expect(422);
    expect(order.body.fieldErrors.endDate).toBeDefined();
    await t.http.post('/api/v1/movements').set(bearer(donvi)).send(movement()).expect(403);
  });

  it('should let a member unit report its own results, and only its own', async () => {
    const created = await t.http
      .post('/api/v1/movements')
      .set(bearer(admin))
      .send(movement({ startDate: '2024-03-01', endDate: '2024-09-30' }))
      .expect(201);
    const launched = await t.http
      .post(`/api/v1/movements/${created.body.id}/transitions`)
      .set(bearer(admin))
      .send({ action: 'launch', version: 1 })
      .expect(200);
    expect(launched.body.reportableUnitIds.length).toBe(9);
    const mine = await t.http
      .get(`/api/v1/movements/${created.body.id}`)
      .set(bearer(donvi))
      .expect(200);
    const btg = await unitId(t, 'BTGTU');
    expect(mine.body.reportableUnitIds).toEqual([btg]);
    const [t1, t2] = mine.body.targets;
    const res = await t.http
      .put(`/api/v1/movements/${created.body.id}/results`)
      .set(bearer(donvi))
      .send({
        unitId: btg,
        results: [
          { targetId: t1.id, value: 5, note: 'Vượt chỉ tiêu', version: 0 },
          { targetId: t2.id, value: 98.7, version: 0 },
        ],
      })
      .expect(200);
    expect(res.body.results).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          targetId: t2.id,
          value: 98.7,
          unit: expect.objectContaining({ code: 'BTGTU' }),
        }),
      ]),
    );
    // Reported again from the same reading (someone saved meanwhile): refused, nothing changed.
    const stale = await t.http
      .put(`/api/v1/movements/${created.body.id}/results`)
      .set(bearer(admin))
      .send({ unitId: btg, results: [{ targetId: t1.id, value: 7, version: 0 }] })
      .expect(409);
    expect(stale.body.code).toBe('common.staleVersion');
    const [kept] = await t.dataSource.query(
      `SELECT value::float AS value, version FROM movement_results WHERE target_id = $1 AND unit_id = $2`,
      [t1.id, btg],
    );
    expect(kept).toEqual({ value: 5, version: 1 });
    await t.http
      .put(`/api/v1/movements/${created.body.id}/results`)
      .set(bearer(donvi))
      .send({
        unitId: await unitId(t, 'BLC'),
        results: [{ targetId: t1.id, value: 1, version: 0 }],
      })
      .expect(403);
  });

  it('should attach PDF and DOCX documents and refuse other files', async () => {
    const created = await t.http
      .post('/api/v1/movements')
      .set(bearer(admin))
      .send(movement())
      .expect(201);
    const url = `/api/v1/movements/${created.body.id}/documents`;
    const ok = await t.http
      .post(url)
      .set(bearer(admin))
      .attach('file', PDF, 'Kế hoạch phát động.pdf')
      .expect(201);
    expect(ok.body.documents).toEqual([
      expect.objectContaining({
        fileName: 'Kế hoạch phát động.pdf',
        contentType: 'application/pdf',
      }),
    ]);
    const download = await t.http.get(ok.body.documents[0].url).set(bearer(donvi)).expect(200);
    expect(download.headers['content-type']).toContain('application/pdf');
    await t.http
      .post(url)
      .set(bearer(admin))
      .attach('file', Buffer.from('MZ\u0090executable'), 'ke-hoach.pdf')
      .expect(415);
    await t.http.post(url).set(bearer(admin)).attach('file', PDF, 'ke-hoach.exe').expect(415);
    await t.http
      .post(url)
      .set(bearer(admin))
      .attach('file', Buffer.alloc(11 * 1024 * 1024, 0x25), 'lon.pdf')
      .expect(413);
    const after = await t.http
      .get(`/api/v1/movements/${created.body.id}`)
      .set(bearer(admin))
      .expect(200);
    expect(after.body.documents).toHaveLength(1);
  });

  it('should record exemplary models', async () => {
    const created = await t.http
      .post('/api/v1/movements')
      .set(bearer(admin))
      .send(movement())
      .expect(201);
    const res = await t.http
      .post(`/api/v1/movements/${created.body.id}/models`)
      .set(bearer(admin))
      .send({
        name: 'Mô hình "Dân vận khéo"',
        unitId: await unitId(t, 'BDVTU'),
        recognizedOn: '2025-05-19',
      })
      .expect(201);
    expect(res.body.models).toEqual([
      expect.objectContaining({ name: 'Mô hình "Dân vận khéo"', recognizedOn: '2025-05-19' }),
    ]);
    await t.http
      .post(`/api/v1/movements/${created.body.id}/models`)
      .set(bearer(donvi))
      .send({ name: 'X', unitId: await unitId(t, 'BDVTU'), recognizedOn: '2025-05-19' })
      .expect(403);
  });
});
