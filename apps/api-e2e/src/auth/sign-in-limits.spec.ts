import type { Response } from 'supertest';

import { type TestApp, bearer, createTestApp, login, uniqueName } from '../support/test-app';

/** This suite's settings: addresses come from X-Forwarded-For, 8 wrong passwords per address. */
const ENV = { TRUST_PROXY: 'true', AUTH_MAX_FAILURES_PER_IP: '8' };
const PASSWORD = 'MatKhau123';
const WRONG = 'SaiMatKhau9';

/** Each wrong password is an argon2id check (64 MiB): slow on a loaded 2-core machine. */
const SLOW = 90_000;

let addressCounter = 0;
/** An address no other test uses (TEST-NET-2). */
const newAddress = () => `198.51.100.${(addressCounter += 1)}`;

describe('auth: sign-in limits', () => {
  let t: TestApp;
  let admin: string;
  const saved = Object.fromEntries(Object.keys(ENV).map((k) => [k, process.env[k]]));

  beforeAll(async () => {
    Object.assign(process.env, ENV);
    t = await createTestApp();
    admin = await login(t.http, 'admin');
  });

  afterAll(async () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await t.close();
  });

  const signIn = (address: string, username: string, password: string): Promise<Response> =>
    t.http
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', address)
      .send({ username, password })
      .then((res) => res);

  async function createUser(): Promise<{ id: string; username: string }> {
    const username = uniqueName('gh');
    const res = await t.http
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ username, fullName: 'Lò Thị Mai', role: 'viewer', password: PASSWORD })
      .expect(201);
    return { id: res.body.id, username };
  }

  /** `n` wrong passwords one after another, each answered 401. */
  async function failTimes(n: number, address: string, username: string): Promise<void> {
    for (let i = 0; i < n; i += 1) {
      expect((await signIn(address, username, WRONG)).status).toBe(401);
    }
  }

  async function auditCount(action: string, userId: string): Promise<number> {
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = $1 AND entity_id = $2`,
      [action, userId],
    );
    return row.n;
  }

  async function attemptsCounted(username: string, address: string): Promise<number> {
    const [row] = await t.dataSource.query(
      `SELECT attempts FROM login_throttles WHERE username = $1 AND ip = $2`,
      [username, address],
    );
    return row?.attempts ?? 0;
  }

  function expectLocked(res: Response, minutes: number): void {
    expect(res.status).toBe(429);
    expect(res.body).toEqual({
      statusCode: 429,
      code: 'auth.tooManyAttempts',
      params: { minutes, retryAfterSeconds: expect.any(Number) },
      message: `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
    });
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan((minutes - 1) * 60);
    expect(retryAfter).toBeLessThanOrEqual(minutes * 60);
  }

  it.each([40, 100])(
    'should check at most 5 of %i simultaneous wrong passwords and refuse the right one sent amid them',
    async (burst) => {
      const user = await createUser();
      const address = newAddress();
      const wrong = Array.from({ length: burst }, () => signIn(address, user.username, WRONG));
      // The right password goes once the limit is counted, while the burst is still answered.
      for (let i = 0; i < 500 && (await attemptsCounted(user.username, address)) < 5; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const right = await signIn(address, user.username, PASSWORD);
      const statuses = (await Promise.all(wrong)).map((r) => r.status);

      expectLocked(right, 15);
      expect(statuses.filter((s) => s === 401)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(burst - 5);
      // Only the 5 counted attempts had their password checked.
      expect(await auditCount('login.failed', user.id)).toBe(5);
      expect(await auditCount('login.locked', user.id)).toBe(1);
      expect(await attemptsCounted(user.username, address)).toBe(5);
    },
    SLOW,
  );

  it(
    'should let the account sign in from another address while a stranger has locked it',
    async () => {
      const user = await createUser();
      const stranger = newAddress();
      await failTimes(5, stranger, user.username);
      expectLocked(await signIn(stranger, user.username, PASSWORD), 15);
      expect((await signIn(newAddress(), user.username, PASSWORD)).status).toBe(200);
      // The owner's sign-in does not lift the stranger's lock.
      expectLocked(await signIn(stranger, user.username, PASSWORD), 15);
    },
    SLOW,
  );

  it(
    'should start the count over after a right password',
    async () => {
      const user = await createUser();
      const address = newAddress();
      await failTimes(4, address, user.username);
      expect((await signIn(address, user.username, PASSWORD)).status).toBe(200);
      expect(await attemptsCounted(user.username, address)).toBe(0);
      // 7 wrong passwords in all: below the address's 8, above the account's 5 had it not started over.
      await failTimes(3, address, user.username);
      expect((await signIn(address, user.username, PASSWORD)).status).toBe(200);
    },
    SLOW,
  );

  it(
    'should lock twice as long each time the lock-out ends and the wrong passwords go on',
    async () => {
      const user = await createUser();
      const address = newAddress();
      // Time passes: the lock-out ends. (The address's own count, 8 here, is left out of this test.)
      const endLock = async () => {
        await t.dataSource.query(
          `UPDATE login_throttles SET locked_until = now() - interval '1 second'
          WHERE username = $1 AND ip = $2`,
          [user.username, address],
        );
        await t.dataSource.query(`DELETE FROM login_throttles WHERE username = '' AND ip = $1`, [
          address,
        ]);
      };
      await failTimes(5, address, user.username);
      expectLocked(await signIn(address, user.username, PASSWORD), 15);
      await endLock();
      await failTimes(5, address, user.username);
      expectLocked(await signIn(address, user.username, PASSWORD), 30);
      await endLock();
      await failTimes(5, address, user.username);
      expectLocked(await signIn(address, user.username, PASSWORD), 60);
      const locks = await t.dataSource.query(
        `SELECT after->>'lockouts' AS lockouts FROM audit_log
        WHERE action = 'login.locked' AND entity_id = $1 ORDER BY at`,
        [user.id],
      );
      expect(locks.map((l: { lockouts: string }) => l.lockouts)).toEqual(['1', '2', '3']);
    },
    SLOW,
  );

  it(
    'should lock an address that guesses across accounts, for every account but not elsewhere',
    async () => {
      const address = newAddress();
      const guesses = Array.from({ length: 12 }, (_, i) =>
        signIn(address, uniqueName(`spray${i}`), WRONG),
      );
      const statuses = (await Promise.all(guesses)).map((r) => r.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(8);
      expect(statuses.filter((s) => s === 429)).toHaveLength(4);
      expectLocked(await signIn(address, 'xem', 'ThiDua@2024'), 15);
      expect((await signIn(newAddress(), 'xem', 'ThiDua@2024')).status).toBe(200);
    },
    SLOW,
  );

  it(
    'should show the lock to an admin and let the admin lift it, in the audit log',
    async () => {
      const user = await createUser();
      const address = newAddress();
      await failTimes(5, address, user.username);
      const listed = await t.http
        .get(`/api/v1/users?q=${user.username}`)
        .set(bearer(admin))
        .expect(200);
      expect(new Date(listed.body.items[0].signInLockedUntil).getTime()).toBeGreaterThan(
        Date.now(),
      );

      const res = await t.http
        .post(`/api/v1/users/${user.id}/unlock-sign-in`)
        .set(bearer(admin))
        .expect(200);
      expect(res.body).toEqual(expect.objectContaining({ id: user.id, signInLockedUntil: null }));
      expect((await signIn(address, user.username, PASSWORD)).status).toBe(200);
      const [entry] = await t.dataSource.query(
        `SELECT actor_username, before FROM audit_log WHERE action = 'login.unlock' AND entity_id = $1`,
        [user.id],
      );
      expect(entry).toEqual({
        actor_username: 'admin',
        before: {
          username: user.username,
          counters: [{ ip: address, attempts: 5, lockedUntil: expect.any(String) }],
        },
      });
    },
    SLOW,
  );

  it(
    'should refuse the unlock to non-admins and to bad ids, changing nothing',
    async () => {
      const user = await createUser();
      const address = newAddress();
      await failTimes(5, address, user.username);
      const viewer = await login(t.http, 'xem');
      const refused = await t.http
        .post(`/api/v1/users/${user.id}/unlock-sign-in`)
        .set(bearer(viewer))
        .expect(403);
      expect(refused.body.code).toBe('common.forbidden');
      await t.http.post(`/api/v1/users/${user.id}/unlock-sign-in`).expect(401);
      await t.http.post('/api/v1/users/not-a-uuid/unlock-sign-in').set(bearer(admin)).expect(400);
      await t.http
        .post('/api/v1/users/00000000-0000-4000-8000-000000000000/unlock-sign-in')
        .set(bearer(admin))
        .expect(404);
      expectLocked(await signIn(address, user.username, PASSWORD), 15);
      expect(await auditCount('login.unlock', user.id)).toBe(0);
    },
    SLOW,
  );

  it(
    'should show the limits to an admin only',
    async () => {
      const res = await t.http.get('/api/v1/users/sign-in-limits').set(bearer(admin)).expect(200);
      expect(res.body).toEqual({
        maxFailuresPerAccount: 5,
        maxFailuresPerAddress: 8,
        windowMinutes: 15,
        lockoutGrowth: 2,
        maxLockoutMinutes: 1440,
      });
      const viewer = await login(t.http, 'xem');
      await t.http.get('/api/v1/users/sign-in-limits').set(bearer(viewer)).expect(403);
    },
    SLOW,
  );
});
