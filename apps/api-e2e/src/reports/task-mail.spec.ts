import { TaskMailService } from '@thidua/reports/api';

import { type FreshBloc, freshBloc } from '../support/fresh-bloc';
import { type Mailbox, openMailbox } from '../support/mailbox';
import { daysFromToday, pledgeDueOn } from '../support/task-data';
import {
  type TestApp,
  bearer,
  createReadyUser,
  createTestApp,
  login,
  uniqueName,
  unitId,
} from '../support/test-app';

const PUBLIC_URL = 'https://thidua.example.vn';
const MAIL_ENV = ['SMTP_URL', 'MAIL_FROM', 'PUBLIC_URL'] as const;

describe('the digest and the reminders by e-mail', () => {
  let t: TestApp;
  let mailbox: Mailbox;
  let admin: string;
  let thuky: string;
  let bloc: FreshBloc;
  const saved = Object.fromEntries(MAIL_ENV.map((name) => [name, process.env[name]]));
  const dueOn = daysFromToday(2);
  const [y, m, d] = dueOn.split('-');
  const users: Record<'reader' | 'optedOut' | 'optedOutByAdmin', { id: string; token: string }> =
    {} as never;
  const address = (who: keyof typeof users) => `${who.toLowerCase()}@donvi.example.vn`;

  beforeAll(async () => {
    mailbox = await openMailbox();
    Object.assign(process.env, {
      SMTP_URL: mailbox.url,
      MAIL_FROM: 'Thi đua – Khen thưởng <thidua@example.vn>',
      PUBLIC_URL,
    });
    t = await createTestApp();
    [admin, thuky] = await Promise.all(['admin', 'thuky'].map((u) => login(t.http, u)));
    const btg = await unitId(t, 'BTGTU');
    for (const who of ['reader', 'optedOut', 'optedOutByAdmin'] as const) {
      users[who] = await createReadyUser(t.http, admin, {
        username: uniqueName('mail'),
        fullName: `Người nhận ${who}`,
        role: 'unit',
        unitId: btg,
      });
    }
    bloc = await freshBloc(t, admin);
    await pledgeDueOn(t, thuky, bloc, dueOn);
    // Three accounts, each created and signed in with its password changed: slow hashing.
  }, 120_000);

  afterAll(async () => {
    await t.close();
    await mailbox.close();
    for (const name of MAIL_ENV) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  const setMail = (who: keyof typeof users, mailOptOut: boolean) =>
    t.http
      .put('/api/v1/auth/me/mail')
      .set(bearer(users[who].token))
      .send({ email: address(who), mailOptOut });

  it('should let users set their address and opt out on their own, recorded in the audit log', async () => {
    await setMail('reader', false).expect(200);
    const optedOut = await setMail('optedOut', true).expect(200);
    expect(optedOut.body).toEqual({ email: address('optedOut'), mailOptOut: true });
    const [entry] = await t.dataSource.query(
      `SELECT before, after FROM audit_log WHERE entity = 'user' AND entity_id = $1 AND action = 'update'
        ORDER BY at DESC LIMIT 1`,
      [users.optedOut.id],
    );
    expect(entry).toEqual({
      before: { email: null, mailOptOut: false },
      after: { email: address('optedOut'), mailOptOut: true },
    });
    const bad = await t.http
      .put('/api/v1/auth/me/mail')
      .set(bearer(users.optedOut.token))
      .send({ email: 'không phải địa chỉ', mailOptOut: false })
      .expect(422);
    expect(Object.keys(bad.body.fieldErrors)).toEqual(['email']);
    const now = await t.http.get('/api/v1/auth/me/mail').set(bearer(users.optedOut.token));
    expect(now.body).toEqual({ email: address('optedOut'), mailOptOut: true });
  });

  it('should let an admin opt a user out, recorded in the audit log', async () => {
    await setMail('optedOutByAdmin', false).expect(200);
    const user = await t.http
      .get(`/api/v1/users/${users.optedOutByAdmin.id}`)
      .set(bearer(admin))
      .expect(200);
    const updated = await t.http
      .patch(`/api/v1/users/${users.optedOutByAdmin.id}`)
      .set(bearer(admin))
      .send({ mailOptOut: true, version: user.body.version })
      .expect(200);
    expect(updated.body.mailOptOut).toBe(true);
    const [entry] = await t.dataSource.query(
      `SELECT before->'mailOptOut' AS before, after->'mailOptOut' AS after FROM audit_log
        WHERE entity = 'user' AND entity_id = $1 AND actor_username = 'admin' ORDER BY at DESC LIMIT 1`,
      [users.optedOutByAdmin.id],
    );
    expect(entry).toEqual({ before: false, after: true });
  });

  it('should send the digest now on the admin’s request, with each item’s link, to no one opted out', async () => {
    await t.http.post('/api/v1/admin/mail/digest').set(bearer(thuky)).expect(403);
    const run = await t.http.post('/api/v1/admin/mail/digest').set(bearer(admin)).expect(200);
    expect(run.body).toEqual(expect.objectContaining({ isConfigured: true, failed: 0 }));
    expect(run.body.sent).toBeGreaterThanOrEqual(1);
    const [digest, ...more] = mailbox.to(address('reader'));
    expect(more).toEqual([]);
    expect(digest.subject).toMatch(/^Việc cần làm: \d+ việc đang chờ bạn – Thi đua – Khen thưởng$/);
    expect(digest.text).toContain('Kính gửi Người nhận reader,');
    expect(digest.text).toContain(
      `- Ký giao ước thi đua năm ${bloc.year} – ${bloc.name} (hạn ${d}/${m}/${y})\n  ${PUBLIC_URL}/blocs/${bloc.id}/pledge/${bloc.year}`,
    );
    expect(digest.text).toContain(`${PUBLIC_URL}/account/mail`);
    expect(digest.html).toContain(`<a href="${PUBLIC_URL}/blocs/${bloc.id}/pledge/${bloc.year}">`);
    expect(mailbox.to(address('optedOut'))).toEqual([]);
    expect(mailbox.to(address('optedOutByAdmin'))).toEqual([]);
  });

  it('should not send the day’s digest twice, on a second request or on the timer', async () => {
    const count = mailbox.mails.length;
    const again = await t.http.post('/api/v1/admin/mail/digest').set(bearer(admin)).expect(200);
    expect(again.body.sent).toBe(0);
    const mail = t.app.get(TaskMailService);
    await mail.sendDigests(new Date());
    expect(mailbox.mails.length).toBe(count);
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS rows, min(status) AS status FROM mail_deliveries WHERE user_id = $1 AND kind = 'digest'`,
      [users.reader.id],
    );
    expect(row).toEqual({ rows: 1, status: 'sent' });
  });

  it('should send one digest when two instances run the same day at once', async () => {
    const mail = t.app.get(TaskMailService);
    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    const before = mailbox.to(address('reader')).length;
    const runs = await Promise.all([mail.sendDigests(tomorrow), mail.sendDigests(tomorrow)]);
    expect(mailbox.to(address('reader')).length).toBe(before + 1);
    expect(runs.map((run) => run.failed)).toEqual([0, 0]);
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS rows FROM mail_deliveries WHERE user_id = $1 AND kind = 'digest'`,
      [users.reader.id],
    );
    expect(row.rows).toBe(2);
  });

  it('should remind once before a deadline, and never the opted-out', async () => {
    const mail = t.app.get(TaskMailService);
    await mail.sendReminders(new Date());
    const reminders = mailbox
      .to(address('reader'))
      .filter((mail) => mail.subject.startsWith(`Nhắc hạn ${d}/${m}/${y}`));
    expect(reminders).toHaveLength(1);
    expect(reminders[0].text).toContain(`Ký giao ước thi đua năm ${bloc.year} – ${bloc.name}`);
    const count = mailbox.mails.length;
    await mail.sendReminders(new Date());
    await mail.runDue(new Date());
    expect(mailbox.mails.length).toBe(count);
    expect(mailbox.to(address('optedOut'))).toEqual([]);
  });
});
