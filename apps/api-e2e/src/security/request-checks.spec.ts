import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  DEMO_PASSWORD,
  PARTY_BLOC,
  type TestApp,
  bearer,
  blocId,
  createTestApp,
  login,
  uniqueName,
  unitId,
} from '../support/test-app';
import { changedTables, checksummer } from './support/checksum';

const DEEP = '['.repeat(5000) + ']'.repeat(5000);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const EVIL = 'https://evil.example';

/** The checks every request passes before Nest reads it (docs/security.md). */
describe('request checks: body shape, decimals, cross-site writes, content types, caching', () => {
  let t: TestApp;
  let web: string;
  let admin: string;
  let cookie: string;
  let checksum: () => Promise<string>;

  beforeAll(async () => {
    web = mkdtempSync(join(tmpdir(), 'thidua-web-'));
    mkdirSync(join(web, 'vi'));
    writeFileSync(join(web, 'vi', 'index.html'), '<!doctype html><title>Thi đua</title>');
    writeFileSync(join(web, 'vi', 'main.js'), 'console.log(1);');
    t = await createTestApp({ webDistDir: web });
    admin = await login(t.http, 'admin');
    const res = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'admin', password: DEMO_PASSWORD })
      .expect(200);
    cookie = (res.headers['set-cookie'] as unknown as string[])
      .find((c) => c.startsWith('td_session='))
      ?.split(';')[0] as string;
    checksum = await checksummer(t, ['migrations', 'typeorm_metadata']);
  }, 120_000);

  afterAll(async () => {
    await t.close();
    rmSync(web, { recursive: true, force: true });
  });

  /** Runs `send` and answers what it got; fails when any table changed. */
  async function refusedUnchanged(send: () => PromiseLike<{ status: number; body: unknown }>) {
    const before = await checksum();
    const res = await send();
    expect(changedTables(before, await checksum())).toEqual([]);
    expect(res.body).toEqual(
      expect.objectContaining({ statusCode: res.status, code: expect.any(String) }),
    );
    return res as {
      status: number;
      body: { code: string; message: string; fieldErrors?: Record<string, string[]> };
    };
  }

  const unitBody = () => ({
    code: uniqueName('RC').toUpperCase(),
    name: `Đơn vị ${uniqueName('')}`,
  });

  describe('bodies nested too deep, too long or with prototype keys', () => {
    it.each([
      ['anonymous sign-in', '/api/v1/auth/login', false],
      ['anonymous voting', `/api/v1/ballots/${randomUUID()}/votes`, false],
      ['an admin creating a unit', '/api/v1/units', true],
    ])(
      'should refuse a body nested 5,000 deep on %s with 400 and write nothing',
      async (_, url, auth) => {
        const res = await refusedUnchanged(() => {
          const req = t.http.post(url).type('json');
          return (auth ? req.set(bearer(admin)) : req).send(DEEP);
        });
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('common.tooDeep');
        expect(res.body.message).toBe('Dữ liệu gửi lên lồng nhau quá sâu (tối đa 32 cấp).');
      },
    );

    it('should refuse a list of more than 10,000 items with 413, and prototype keys with 400', async () => {
      const wide = await refusedUnchanged(() =>
        t.http
          .post('/api/v1/units')
          .set(bearer(admin))
          .send({ ...unitBody(), x: Array(10_001).fill(1) }),
      );
      expect([wide.status, wide.body.code]).toEqual([413, 'common.tooManyItems']);
      for (const body of [
        '{"__proto__":{"isAdmin":true}}',
        '{"a":{"constructor":{"prototype":{}}}}',
      ]) {
        const res = await refusedUnchanged(() =>
          t.http.post('/api/v1/units').set(bearer(admin)).type('json').send(body),
        );
        expect([res.status, res.body.code]).toEqual([400, 'common.prototypeKey']);
      }
      expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    });

    it('should answer a nested query string and nested form field names with 4xx, never 5xx', async () => {
      const query = await refusedUnchanged(() =>
        t.http.get(`/api/v1/units?${'a' + '[b]'.repeat(2000)}=1&__proto__[x]=1`).set(bearer(admin)),
      );
      expect(query.status).toBe(422);
      const form = await refusedUnchanged(() =>
        t.http
          .post('/api/v1/attachments?purpose=document')
          .set(bearer(admin))
          .field(`a${'[b]'.repeat(20)}`, '1')
          .attach('file', PDF, 'ke-hoach.pdf'),
      );
      expect(form.status).toBe(400);
    });
  });

  describe('numbers written with an exponent', () => {
    let base: string;
    let unit: string;
    const sheet = (criterion: number, bonusCap: number | null = 5) => ({
      scale: 100,
      groups: [{ title: 'I', criteria: [{ content: 'Hoàn thành', maxPoints: criterion }] }],
      bonusItems: [],
      penaltyItems: [],
      bonusCap,
      penaltyCap: null,
      tieBreaks: [],
      version: 0,
    });

    beforeAll(async () => {
      base = `/api/v1/blocs/${await blocId(t, PARTY_BLOC)}/years/2024`;
      unit = await unitId(t, 'BTGTU');
    });

    it.each([
      ['bonusCap', 'score-sheet', (v: number) => sheet(100, v), 'bonusCap'],
      ['maxPoints', 'score-sheet', (v: number) => sheet(v), 'groups.0.criteria.0.maxPoints'],
      [
        'entries[].points',
        'scores/:unit',
        (v: number) => ({ entries: [{ itemId: randomUUID(), points: v }], version: 1 }),
        'entries.0.points',
      ],
      [
        'adjustments[].points',
        'scores/:unit/adjustments',
        (v: number) => ({
          adjustments: [{ itemId: randomUUID(), points: v, reason: 'x' }],
          version: 1,
        }),
        'adjustments.0.points',
      ],
    ])(
      'should refuse %s of 1e-7, 1e-320 and 12.345 with 422 on the field',
      async (_, path, body, field) => {
        for (const value of [1e-7, 1e-320, 12.345]) {
          const res = await refusedUnchanged(() =>
            t.http
              .put(`${base}/${path.replace(':unit', unit)}`)
              .set(bearer(admin))
              .send(body(value)),
          );
          expect({ value, status: res.status }).toEqual({ value, status: 422 });
          // Below 0.01 maxPoints breaks its minimum first: one message either way.
          expect(res.body.fieldErrors?.[field]).toEqual([
            value < 0.01 && field.endsWith('maxPoints')
              ? 'Không được nhỏ hơn 0.01.'
              : 'Không quá 2 chữ số thập phân.',
          ]);
        }
      },
    );
  });

  describe('writes from another site (CSRF)', () => {
    const withCookie = (req: ReturnType<TestApp['http']['post']>, origin?: string) => {
      const r = req.set('Cookie', cookie);
      return origin ? r.set('Origin', origin) : r;
    };

    it.each([
      ['JSON', (o: string) => withCookie(t.http.post('/api/v1/units'), o).send(unitBody())],
      [
        'form-encoded',
        (o: string) => withCookie(t.http.post('/api/v1/units'), o).type('form').send(unitBody()),
      ],
      [
        'multipart',
        (o: string) =>
          withCookie(t.http.post('/api/v1/attachments?purpose=document'), o).attach(
            'file',
            PDF,
            'ke-hoach.pdf',
          ),
      ],
      ['body-less logout', (o: string) => withCookie(t.http.post('/api/v1/auth/logout'), o)],
    ])(
      'should refuse a %s write with the session cookie from a foreign origin with 403',
      async (_, send) => {
        for (const origin of [EVIL, 'null', 'http://127.0.0.1.evil.example']) {
          const res = await refusedUnchanged(() => send(origin));
          expect([res.status, res.body.code]).toEqual([403, 'common.crossSite']);
          expect(res.body.message).toMatch(/trang web khác/);
        }
      },
    );

    it('should refuse a cookie write marked Sec-Fetch-Site: cross-site that has no Origin', async () => {
      const res = await refusedUnchanged(() =>
        withCookie(t.http.post('/api/v1/units'))
          .set('Sec-Fetch-Site', 'cross-site')
          .send(unitBody()),
      );
      expect(res.status).toBe(403);
    });

    it('should refuse a forged X-Forwarded-Host while the proxy is not trusted', async () => {
      const res = await refusedUnchanged(() =>
        withCookie(t.http.post('/api/v1/units'), EVIL)
          .set('X-Forwarded-Host', 'evil.example')
          .send(unitBody()),
      );
      expect(res.status).toBe(403);
    });

    it('should take cookie writes from the own origin, without Origin, and bearer writes from anywhere', async () => {
      await withCookie(t.http.post('/api/v1/units'), 'https://thidua.example')
        .set('Host', 'thidua.example')
        .send(unitBody())
        .expect(201);
      await withCookie(t.http.post('/api/v1/units'))
        .set('Sec-Fetch-Site', 'same-origin')
        .send(unitBody())
        .expect(201);
      await withCookie(t.http.post('/api/v1/units')).send(unitBody()).expect(201);
      await t.http
        .post('/api/v1/units')
        .set(bearer(admin))
        .set('Origin', EVIL)
        .send(unitBody())
        .expect(201);
      await t.http.get('/api/v1/units').set('Cookie', cookie).set('Origin', EVIL).expect(200);
    });
  });

  describe('content types', () => {
    it.each([
      ['form-encoded', 'application/x-www-form-urlencoded', 'code=X&name=Y'],
      ['text/plain JSON', 'text/plain', '{"code":"X","name":"Y"}'],
      ['XML', 'application/xml', '<unit/>'],
    ])('should refuse a %s body with 415 and write nothing', async (_, type, body) => {
      const res = await refusedUnchanged(() =>
        t.http.post('/api/v1/units').set(bearer(admin)).set('Content-Type', type).send(body),
      );
      expect([res.status, res.body.code]).toEqual([415, 'common.unsupportedMediaType']);
      expect(res.body.message).toMatch(/^Kiểu dữ liệu gửi lên không được hỗ trợ/);
    });

    it('should take a multipart form only on upload routes, and only a multipart form there', async () => {
      const form = await refusedUnchanged(() =>
        t.http.post('/api/v1/units').set(bearer(admin)).field('code', 'X').field('name', 'Y'),
      );
      expect(form.status).toBe(415);
      const json = await refusedUnchanged(() =>
        t.http.post('/api/v1/attachments?purpose=document').set(bearer(admin)).send({ file: 'x' }),
      );
      expect(json.status).toBe(415);
      await t.http
        .post('/api/v1/attachments?purpose=document')
        .set(bearer(admin))
        .attach('file', PDF, 'ke-hoach.pdf')
        .expect(201);
      await t.http.post('/api/v1/units').set(bearer(admin)).send(unitBody()).expect(201);
    });
  });

  describe('caching', () => {
    it.each([
      ['an answer', '/api/v1/units', true],
      ['an error', '/api/v1/units', false],
      ['the health check', '/api/v1/health', false],
      ['the API docs', '/api/docs-json', false],
    ])('should mark %s of the API Cache-Control: no-store', async (_, url, auth) => {
      const res = await (auth ? t.http.get(url).set(bearer(admin)) : t.http.get(url));
      expect(res.headers['cache-control']).toBe('no-store');
    });

    it("should leave the web app's own caching to its files", async () => {
      // A name without a content hash may change: checked again each time (hashed names: a year).
      expect((await t.http.get('/main.js').expect(200)).headers['cache-control']).toBe('no-cache');
      expect((await t.http.get('/units').expect(200)).headers['cache-control']).toBe('no-cache');
    });
  });
});
