import type { Response } from 'supertest';

import {
  type TestApp,
  bearer,
  createTestApp,
  login,
  uniqueName,
  unitId,
} from '../support/test-app';

const DAY_MS = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();

describe('auth: API keys for integrations', () => {
  let t: TestApp;
  let admin: string;
  let btg: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await login(t.http, 'admin');
    btg = await unitId(t, 'BTGTU');
  });

  afterAll(() => t.close());

  /** A new key as the admin; answers the creation's body (with the whole key). */
  async function createKey(body: Record<string, unknown> = {}) {
    const res = await t.http
      .post('/api/v1/api-keys')
      .set(bearer(admin))
      .send({
        name: uniqueName('Tích hợp '),
        scopes: ['registry:read'],
        expiresAt: inDays(30),
        ...body,
      })
      .expect(201);
    return res.body as { id: string; key: string; name: string; prefix: string };
  }

  const apiKey = (key: string) => ({ 'X-API-Key': key });

  function expectError(res: Response, status: number, code: string): void {
    expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
    expect(res.body.message).toEqual(expect.any(String));
  }

  it('should show the key once, keep only its hash, and list it without the secret', async () => {
    const created = await createKey({ scopes: ['registry:read', 'awards:read'] });
    expect(created.key).toMatch(new RegExp(`^${created.prefix}_[A-Za-z0-9_-]{43}$`));
    const secret = created.key.slice(created.prefix.length + 1);

    const [row] = await t.dataSource.query(
      `SELECT to_jsonb(k) AS row FROM api_keys k WHERE id = $1`,
      [created.id],
    );
    const stored = JSON.stringify(row.row);
    expect(stored).not.toContain(secret);
    expect(row.row.secret_hash).toMatch(/^[0-9a-f]{64}$/);

    const list = await t.http
      .get('/api/v1/api-keys')
      .query({ q: created.name })
      .set(bearer(admin))
      .expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        id: created.id,
        prefix: created.prefix,
        scopes: ['registry:read', 'awards:read'],
        createdByUsername: 'admin',
        lastUsedAt: null,
        revokedAt: null,
      }),
    ]);
    expect(JSON.stringify(list.body)).not.toContain(secret);
    const [audit] = await t.dataSource.query(
      `SELECT actor_username, after FROM audit_log WHERE entity = 'apiKey' AND action = 'create' AND entity_id = $1`,
      [created.id],
    );
    expect(audit.actor_username).toBe('admin');
    expect(JSON.stringify(audit.after)).not.toContain(secret);
  });

  it('should answer an allowed read, by X-API-Key or bearer, and note when the key was used', async () => {
    const { id, key } = await createKey();
    const byHeader = await t.http.get('/api/v1/units').set(apiKey(key)).expect(200);
    expect(byHeader.body.total).toBeGreaterThan(0);
    await t.http.get(`/api/v1/units/${btg}`).set(bearer(key)).expect(200);
    const [row] = await t.dataSource.query(`SELECT last_used_at FROM api_keys WHERE id = $1`, [id]);
    expect(row.last_used_at).not.toBeNull();
  });

  it('should refuse a route outside its scopes with 403 naming the scope, and admin routes always', async () => {
    const { key } = await createKey({ scopes: ['registry:read'] });
    const res = await t.http.get('/api/v1/nominations').set(apiKey(key));
    expectError(res, 403, 'auth.scopeDenied');
    expect(res.body.message).toContain('awards:read');
    expectError(
      await t.http.post('/api/v1/units').set(apiKey(key)).send({}),
      403,
      'auth.apiKeyRouteDenied',
    );
    // Even a key with every scope never reaches the administration or the account.
    const all = await createKey({
      scopes: ['registry:read', 'awards:read', 'nominations:write', 'documents:read'],
      unitId: btg,
    });
    for (const path of [
      '/api/v1/users',
      '/api/v1/api-keys',
      '/api/v1/audit-log',
      '/api/v1/auth/me',
    ]) {
      const answer = await t.http.get(path).set(apiKey(all.key));
      expect({ path, status: answer.status, code: answer.body.code }).toEqual({
        path,
        status: 403,
        code: 'auth.apiKeyRouteDenied',
      });
    }
    // The ballots answer signed-in people or a voting code; a key is neither.
    expectError(
      await t.http.get('/api/v1/ballots').query({ meetingId: btg }).set(apiKey(key)),
      401,
      'common.unauthorized',
    );
  });

  it('should refuse unknown, expired and revoked keys with 401 and distinct codes', async () => {
    const { id, key } = await createKey();
    const forged = `${key.slice(0, -4)}AAAA`;
    expectError(await t.http.get('/api/v1/units').set(apiKey(forged)), 401, 'auth.apiKeyUnknown');
    expectError(
      await t.http.get('/api/v1/units').set(apiKey('td_nonsense')),
      401,
      'auth.apiKeyUnknown',
    );

    const expired = await createKey();
    await t.dataSource.query(
      `UPDATE api_keys SET created_at = now() - interval '2 days', expires_at = now() - interval '1 day' WHERE id = $1`,
      [expired.id],
    );
    expectError(
      await t.http.get('/api/v1/units').set(apiKey(expired.key)),
      401,
      'auth.apiKeyExpired',
    );

    await t.http.get('/api/v1/units').set(apiKey(key)).expect(200);
    const revoked = await t.http
      .post(`/api/v1/api-keys/${id}/revoke`)
      .set(bearer(admin))
      .expect(200);
    expect(revoked.body).toEqual(
      expect.objectContaining({ id, revokedByUsername: 'admin', revokedAt: expect.any(String) }),
    );
    expectError(await t.http.get('/api/v1/units').set(bearer(key)), 401, 'auth.apiKeyRevoked');
    expectError(
      await t.http.post(`/api/v1/api-keys/${id}/revoke`).set(bearer(admin)),
      409,
      'apiKeys.alreadyRevoked',
    );
    const [audit] = await t.dataSource.query(
      `SELECT actor_username FROM audit_log WHERE entity = 'apiKey' AND action = 'revoke' AND entity_id = $1`,
      [id],
    );
    expect(audit.actor_username).toBe('admin');
  });

  it("should record a key's write in the audit log under the key's name", async () => {
    const { id, key, name } = await createKey({
      scopes: ['nominations:write', 'awards:read'],
      unitId: btg,
    });
    const person = await t.http
      .post('/api/v1/people')
      .set(bearer(admin))
      .send({
        fullName: `Lò Văn ${uniqueName('k')}`,
        sex: 'male',
        birthYear: 1980,
        position: 'Chuyên viên',
        unitId: btg,
      })
      .expect(201);
    const [award] = await t.dataSource.query(`SELECT id FROM award_types WHERE code = 'GK'`);
    const created = await t.http
      .post('/api/v1/nominations')
      .set(apiKey(key))
      .send({
        year: 2024,
        awardTypeId: award.id,
        beneficiaryKind: 'individual',
        beneficiaryId: person.body.id,
        proposingUnitId: btg,
        summary: 'Hoàn thành xuất sắc nhiệm vụ năm 2024',
      })
      .expect(201);
    const [entry] = await t.dataSource.query(
      `SELECT actor_id, actor_username FROM audit_log WHERE entity = 'nomination' AND action = 'create' AND entity_id = $1`,
      [created.body.id],
    );
    expect(entry).toEqual({ actor_id: id, actor_username: `Khóa API: ${name}` });
    const audit = await t.http
      .get('/api/v1/audit-log')
      .query({ actorId: id })
      .set(bearer(admin))
      .expect(200);
    expect(audit.body.items.map((e: { actorUsername: string }) => e.actorUsername)).toContain(
      `Khóa API: ${name}`,
    );
  });

  it('should refuse bad keys to create, field by field, and change nothing', async () => {
    const name = uniqueName('Sai ');
    const res = await t.http
      .post('/api/v1/api-keys')
      .set(bearer(admin))
      .send({ name, scopes: ['users:manage'], expiresAt: 'mai' });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.fieldErrors).sort()).toEqual(['expiresAt', 'scopes']);
    expect(res.body.fieldErrors.expiresAt).toEqual([expect.stringContaining('ISO 8601')]);
    const write = await t.http
      .post('/api/v1/api-keys')
      .set(bearer(admin))
      .send({ name, scopes: ['nominations:write'], expiresAt: inDays(10) });
    expect(write.status).toBe(422);
    expect(write.body.fieldErrors).toEqual({ unitId: [expect.any(String)] });
    const past = await t.http
      .post('/api/v1/api-keys')
      .set(bearer(admin))
      .send({ name, scopes: ['registry:read'], expiresAt: inDays(-1) });
    expectError(past, 422, 'apiKeys.expiryInPast');
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM api_keys WHERE name = $1`,
      [name],
    );
    expect(row.n).toBe(0);
    const taken = await createKey();
    expectError(
      await t.http
        .post('/api/v1/api-keys')
        .set(bearer(admin))
        .send({ name: taken.name.toUpperCase(), scopes: ['registry:read'], expiresAt: inDays(10) }),
      409,
      'apiKeys.nameTaken',
    );
  });

  it('should declare the key and the scope each operation needs in the OpenAPI document', async () => {
    const doc = await t.http.get('/api/docs-json').expect(200);
    expect(doc.body.components.securitySchemes['api-key']).toEqual({
      type: 'apiKey',
      in: 'header',
      name: 'X-API-Key',
    });
    const units = doc.body.paths['/api/v1/units'].get;
    expect(units.security).toContainEqual({ 'api-key': [] });
    expect(units.description).toContain('`registry:read`');
    expect(doc.body.paths['/api/v1/users'].get.security ?? []).not.toContainEqual({
      'api-key': [],
    });
  });

  it('should limit each key to its requests per minute, with 429 and Retry-After', async () => {
    const { key } = await createKey({ rateLimitPerMinute: 3 });
    const other = await createKey({ rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i += 1)
      await t.http.get('/api/v1/unit-kinds').set(apiKey(key)).expect(200);
    const limited = await t.http.get('/api/v1/unit-kinds').set(apiKey(key));
    expectError(limited, 429, 'auth.apiKeyRateLimited');
    const wait = Number(limited.headers['retry-after']);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    await t.http.get('/api/v1/unit-kinds').set(apiKey(other.key)).expect(200);
  });
});
