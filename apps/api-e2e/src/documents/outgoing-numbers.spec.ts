import { type TestApp, bearer, createTestApp, login } from '../support/test-app';

/**
 * The register of outgoing documents (sổ văn bản đi): the next number and symbol per issuing body
 * and year, never twice, even under concurrent requests; who may read and take; the audit log.
 * Years far from the suites' own, so no other suite's numbers mix in.
 */
describe('the register of outgoing numbers', () => {
  let t: TestApp;
  let admin: string;
  const take = (token: string, body: object) =>
    t.http.post('/api/v1/outgoing-numbers').set(bearer(token)).send(body);
  const stored = async () =>
    Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM outgoing_numbers`))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await login(t.http, 'admin');
  });

  afterAll(() => t.close());

  it('should hand out 20 distinct consecutive numbers to 20 concurrent requests', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        take(admin, {
          documentKind: 'decision',
          documentDate: '2098-03-02',
          subject: `Về việc tặng Bằng khen, đợt ${i + 1}`,
        }),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(201));
    const numbers = answers.map((r) => r.body.number as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    // The demo profile's decisions are signed for the UBND: its symbol.
    expect(answers.map((r) => r.body.symbol).sort()).toEqual(
      numbers.map((n) => `${n}/QĐ-UBND`).sort(),
    );
    expect(answers[0].body).toMatchObject({ bodyCode: 'ubnd', year: 2098, takenBy: 'admin' });

    const page = await t.http
      .get('/api/v1/outgoing-numbers')
      .query({ bodyCode: 'ubnd', year: 2098, pageSize: 50 })
      .set(bearer(admin))
      .expect(200);
    expect(page.body.total).toBe(20);
    expect(page.body.items[0]).toMatchObject({ number: 20, symbol: '20/QĐ-UBND' });
    expect(page.body.items[0].bodyName).toMatch(/^Ủy ban nhân dân tỉnh/);
  }, 60_000);

  it('should number every kind of a body in one sequence, from 1 again each year', async () => {
    const letter = await take(admin, {
      documentKind: 'coverLetter',
      documentDate: '2097-05-06',
      subject: 'Đề nghị tặng Bằng khen',
    }).expect(201);
    expect(letter.body.symbol).toBe('1/TTr-SNV');
    const minutes = await take(admin, {
      documentKind: 'minutes',
      documentDate: '2097-05-07',
      bodyCode: 'snv',
      subject: 'Biên bản họp Hội đồng',
    }).expect(201);
    expect(minutes.body.symbol).toBe('2/BB-SNV');
    const next = await take(admin, {
      documentKind: 'coverLetter',
      documentDate: '2098-01-02',
      subject: 'Đề nghị tặng Cờ thi đua',
    }).expect(201);
    expect(next.body.symbol).toBe('1/TTr-SNV');
    // The Council signs the demo's minutes: its own register.
    const council = await take(admin, {
      documentKind: 'minutes',
      documentDate: '2097-05-08',
      subject: 'Biên bản họp Hội đồng Thi đua - Khen thưởng',
    }).expect(201);
    expect(council.body.symbol).toBe('1/BB-HĐTĐKT');
  });

  it('should refuse bad input field by field, in Vietnamese, and take no number', async () => {
    const before = await stored();
    const bad = await take(admin, {
      documentKind: 'pledge',
      documentDate: '2098-02-30',
      subject: '',
    }).expect(422);
    expect(bad.body.code).toBe('common.validation');
    expect(Object.keys(bad.body.fieldErrors).sort()).toEqual([
      'documentDate',
      'documentKind',
      'subject',
    ]);
    const unknown = await take(admin, {
      documentKind: 'decision',
      documentDate: '2098-03-02',
      bodyCode: 'khong-co',
      subject: 'Về việc tặng Bằng khen',
    }).expect(422);
    expect(unknown.body.fieldErrors).toEqual({
      bodyCode: ['Cơ quan ban hành không có trong danh sách cơ quan ban hành.'],
    });
    // No signer of minutes in force before 2020 in the demo profile: the body must be chosen.
    const minutes = await take(admin, {
      documentKind: 'minutes',
      documentDate: '2019-03-02',
      subject: 'Biên bản',
    }).expect(422);
    expect(minutes.body.fieldErrors.bodyCode[0]).toMatch(/^Cần chọn cơ quan ban hành/);
    expect(await stored()).toBe(before);
  });

  it('should keep one number once in the database itself', async () => {
    await expect(
      t.dataSource.query(
        `INSERT INTO outgoing_numbers (body_code, year, number, symbol, document_kind, document_date, subject)
         VALUES ('ubnd', 2098, 1, '1/QĐ-UBND', 'decision', '2098-03-02', 'Lặp số')`,
      ),
    ).rejects.toThrow(/uq_outgoing_numbers_body_year_number/);
  });

  it('should let the admin and the secretariat read and take, nobody else', async () => {
    const [thuky, donvi, xem] = await Promise.all(
      ['thuky', 'donvi', 'xem'].map((u) => login(t.http, u)),
    );
    await t.http.get('/api/v1/outgoing-numbers').set(bearer(thuky)).expect(200);
    const body = { documentKind: 'coverLetter', documentDate: '2096-01-05', subject: 'Tờ trình' };
    await take(thuky, body).expect(201);
    for (const token of [donvi, xem]) {
      await t.http.get('/api/v1/outgoing-numbers').set(bearer(token)).expect(403);
      await take(token, body).expect(403);
    }
    await take('', body).expect(401);
  });

  it('should record each number taken in the audit log', async () => {
    const audit = await t.http
      .get('/api/v1/audit-log')
      .query({ entity: 'outgoingNumber', pageSize: 100 })
      .set(bearer(admin))
      .expect(200);
    const symbols = audit.body.items.map((e: { after: { symbol: string } }) => e.after.symbol);
    expect(symbols).toEqual(expect.arrayContaining(['20/QĐ-UBND', '2/BB-SNV']));
    expect(audit.body.items.every((e: { action: string }) => e.action === 'create')).toBe(true);
  });
});
