import { AuditService } from '@thidua/shared/api-core';
import ExcelJS from 'exceljs';
import { Client } from 'pg';

import {
  type TestApp,
  bearer,
  binaryParser,
  createTestApp,
  login,
  uniqueName,
} from '../support/test-app';
import { downloadNames } from '../support/downloads';

const BROWSER = 'Mozilla/5.0 (Linux; Android 14) AuditLogSpec/1.0';

/**
 * The audit log: append-only in the database, every entry with its origin (address and user
 * agent of the request, or the system), and its export as .xlsx.
 */
describe('audit log', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    // Behind the reverse proxy of a real deployment: the client is the X-Forwarded-For address.
    process.env['TRUST_PROXY'] = 'true';
    try {
      t = await createTestApp();
    } finally {
      delete process.env['TRUST_PROXY'];
    }
    admin = await login(t.http, 'admin');
  });

  afterAll(() => t.close());

  const count = async () =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log`))[0].n as number;

  it.each([
    [
      'UPDATE',
      `UPDATE audit_log SET reason = 'sửa lén' WHERE id = (SELECT id FROM audit_log LIMIT 1)`,
    ],
    ['DELETE', `DELETE FROM audit_log WHERE id = (SELECT id FROM audit_log LIMIT 1)`],
    ['DELETE', `DELETE FROM audit_log`],
  ])('should refuse %s on audit_log through the app’s connection (%s)', async (op, sql) => {
    const before = await count();
    expect(before).toBeGreaterThan(0);
    await expect(t.dataSource.query(sql)).rejects.toThrow(
      `audit_log is append-only: ${op} is refused`,
    );
    expect(await count()).toBe(before);
  });

  it('should refuse TRUNCATE on audit_log: the app role has no right to it, and the trigger stops even the owner', async () => {
    const before = await count();
    await expect(t.dataSource.query(`TRUNCATE audit_log`)).rejects.toThrow(/permission denied/);
    const owner = new Client({ connectionString: process.env['DATABASE_MIGRATION_URL'] });
    await owner.connect();
    try {
      await expect(owner.query(`TRUNCATE audit_log`)).rejects.toThrow(
        'audit_log is append-only: TRUNCATE is refused',
      );
      await expect(owner.query(`DELETE FROM audit_log`)).rejects.toThrow(
        'audit_log is append-only: DELETE is refused',
      );
    } finally {
      await owner.end();
    }
    expect(await count()).toBe(before);
  });

  /** The unit the secretary created through a proxy in the test below. */
  let proxiedUnitId = '';

  it('should record the client’s address and user agent on every entry of API requests', async () => {
    const [{ now }] = await t.dataSource.query(`SELECT clock_timestamp() AS now`);
    const client = '203.0.113.7';
    const from = (req: { set(name: string, value: string): unknown }) =>
      req.set('X-Forwarded-For', client) && req.set('User-Agent', BROWSER);

    const secretary = await t.http
      .post('/api/v1/auth/login')
      .use((r) => from(r))
      .send({ username: 'thuky', password: 'ThiDua@2024' })
      .expect(200);
    await t.http
      .post('/api/v1/auth/login')
      .use((r) => from(r))
      .send({ username: 'thuky', password: 'Sai@12345' })
      .expect(401);
    const unit = await t.http
      .post('/api/v1/units')
      .use((r) => from(r))
      .set(bearer(secretary.body.accessToken))
      .send({
        code: uniqueName('NK').toUpperCase().slice(0, 20),
        name: uniqueName('Đơn vị nhật ký '),
      })
      .expect(201);
    proxiedUnitId = unit.body.id;
    await t.http
      .patch(`/api/v1/units/${unit.body.id}`)
      .use((r) => from(r))
      .set(bearer(admin))
      .send({ address: 'Số 2 đường Hoàng Liên', version: unit.body.version })
      .expect(200);
    // An upload: its form is parsed after the request context was set.
    const upload = await t.http
      .post('/api/v1/units/import?dryRun=false')
      .use((r) => from(r))
      .set(bearer(admin))
      .attach('file', unitImport(), 'don-vi.csv')
      .expect(201);
    expect(upload.body).toEqual(expect.objectContaining({ imported: 1 }));
    // Without a proxy header, the socket's own (loopback) address.
    await t.http
      .post('/api/v1/auth/logout')
      .set(bearer(secretary.body.accessToken))
      .expect((res) => expect(res.status).toBeLessThan(300));

    const entries: Array<{
      action: string;
      entity: string;
      ip: string;
      user_agent: string | null;
      origin: string;
    }> = await t.dataSource.query(
      `SELECT action, entity, ip, user_agent, origin FROM audit_log WHERE at >= $1 ORDER BY at`,
      [now],
    );
    expect(entries.map((e) => `${e.entity} ${e.action}`)).toEqual([
      'user login',
      'user login.failed',
      'unit create',
      'unit update',
      'unit import',
      'user logout',
    ]);
    const proxied = entries.slice(0, -1);
    expect(proxied.map((e) => [e.ip, e.user_agent, e.origin])).toEqual(
      proxied.map(() => [client, BROWSER, 'request']),
    );
    expect(entries.at(-1)).toEqual(
      expect.objectContaining({ ip: expect.stringMatching(/127\.0\.0\.1|::1/), origin: 'request' }),
    );
  });

  it('should mark an entry written outside a request as the system’s, with no address', async () => {
    await t.app.get(AuditService).record({
      actor: null,
      action: 'import',
      entity: 'awardHistory',
      after: { job: 'nightly' },
    });
    const [entry] = await t.dataSource.query(
      `SELECT ip, user_agent, origin FROM audit_log WHERE after->>'job' = 'nightly'`,
    );
    expect(entry).toEqual({ ip: null, user_agent: null, origin: 'system' });
  });

  it('should filter the log by actor, kind and period, and show the origin', async () => {
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
    const res = await t.http
      .get(`/api/v1/audit-log?actor=THUKY&entity=unit&action=create&from=${today}&to=${today}`)
      .set(bearer(admin))
      .expect(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    for (const item of res.body.items)
      expect(item).toEqual(
        expect.objectContaining({ actorUsername: 'thuky', entity: 'unit', action: 'create' }),
      );
    // Other specs' secretary creates units today too; this spec's one came through the proxy.
    expect(
      res.body.items.find((item: { entityId: string }) => item.entityId === proxiedUnitId),
    ).toEqual(
      expect.objectContaining({ ip: '203.0.113.7', userAgent: BROWSER, origin: 'request' }),
    );
    const yesterday = await t.http
      .get(`/api/v1/audit-log?actor=thuky&to=2001-01-01`)
      .set(bearer(admin))
      .expect(200);
    expect(yesterday.body.total).toBe(0);
  });

  describe('export', () => {
    const exportOf = (query: string, token = admin) =>
      t.http
        .get(`/api/v1/audit-log/export?${query}`)
        .set(bearer(token))
        .buffer(true)
        .parse(binaryParser);

    it('should export a period as .xlsx with Vietnamese headers and record the export', async () => {
      const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_log
          WHERE at >= $1::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
            AND at < ($1::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`,
        [today],
      );
      const res = await exportOf(`from=${today}&to=${today}`).expect(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(downloadNames(res).utf8).toBe(`Nhật ký hệ thống ${today} đến ${today}.xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body);
      const sheet = workbook.worksheets[0];
      expect(sheet.getRow(1).values).toEqual([
        undefined,
        'Thời gian',
        'Người thực hiện',
        'Hành động',
        'Đối tượng',
        'Mã đối tượng',
        'Lý do',
        'Nguồn',
        'Địa chỉ IP',
        'Trình duyệt',
        'Trước khi thay đổi',
        'Sau khi thay đổi',
      ]);
      expect(sheet.rowCount - 1).toBe(n);
      const rows = sheet.getSheetValues().slice(2) as unknown[][];
      for (const row of rows) expect(row[1]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
      const created = rows.find((r) => r[3] === 'Tạo mới' && r[4] === 'Đơn vị' && r[2] === 'thuky');
      expect(created?.slice(7, 10)).toEqual(['Người dùng', '203.0.113.7', BROWSER]);

      const [entry] = await t.dataSource.query(
        `SELECT actor_username, after FROM audit_log WHERE action = 'export' ORDER BY at DESC LIMIT 1`,
      );
      expect(entry).toEqual({
        actor_username: 'admin',
        after: { from: today, to: today, entries: n },
      });
    });

    it('should refuse the export to everyone but admins', async () => {
      const before = await count();
      for (const user of ['thuky', 'donvi', 'xem']) {
        const token = await login(t.http, user);
        const res = await exportOf('from=2025-01-01&to=2025-01-31', token).expect(403);
        expect(JSON.parse((res.body as Buffer).toString())).toEqual(
          expect.objectContaining({ statusCode: 403, code: 'common.forbidden' }),
        );
      }
      await t.http.get('/api/v1/audit-log/export?from=2025-01-01&to=2025-01-31').expect(401);
      // Three sign-ins, no export.
      expect(await count()).toBe(before + 3);
    });

    it.each([
      ['no period', '', ['from', 'to']],
      ['no end', 'from=2025-01-01', ['to']],
      ['a day that does not exist', 'from=2025-02-30&to=2025-03-01', ['from']],
      ['a Vietnamese-style date', 'from=01/01/2025&to=2025-01-31', ['from']],
      ['an end before the start', 'from=2025-03-01&to=2025-02-28', ['to']],
      ['more than 366 days', 'from=2024-01-01&to=2025-01-01', ['to']],
      ['a stray parameter', 'from=2025-01-01&to=2025-01-31&limit=5', ['limit']],
    ])('should answer 422 field by field on %s', async (_, query, fields) => {
      const before = await count();
      const res = await exportOf(query).expect(422);
      const body = JSON.parse((res.body as Buffer).toString());
      expect(body).toEqual({
        statusCode: 422,
        code: expect.any(String),
        message: expect.any(String),
        fieldErrors: expect.any(Object),
        fieldErrorCodes: expect.any(Object),
        // The range rules say their limit (`{max}` days).
        ...('params' in body ? { params: expect.any(Object) } : {}),
      });
      expect(Object.keys(body.fieldErrors).sort()).toEqual(fields);
      expect(await count()).toBe(before);
    });

    it('should refuse a period of more entries than one export holds', async () => {
      await t.dataSource.query(
        `INSERT INTO audit_log (at, action, entity, origin, after)
         SELECT timestamptz '2001-06-01 08:00+07' + i * interval '1 second', 'import', 'awardHistory', 'system',
                jsonb_build_object('row', i)
           FROM generate_series(1, 20001) AS i`,
      );
      const res = await exportOf('from=2001-06-01&to=2001-06-30')
        .set('Accept-Language', 'vi')
        .expect(422);
      const body = JSON.parse((res.body as Buffer).toString());
      expect(body.code).toBe('audit.exportTooLarge');
      expect(body.message).toContain('20001');
      const ok = await exportOf('from=2001-05-01&to=2001-05-31').expect(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(ok.body);
      expect(workbook.worksheets[0].rowCount).toBe(1);
    });
  });
});

/** A unit import of one row, as .csv. */
function unitImport(): Buffer {
  const code = uniqueName('NKI').toUpperCase().slice(0, 20);
  return Buffer.from(`Mã đơn vị,Tên đơn vị\r\n${code},${uniqueName('Đơn vị nhập ')}\r\n`, 'utf8');
}
