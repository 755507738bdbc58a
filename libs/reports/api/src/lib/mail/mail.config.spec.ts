import { readMailConfig } from './mail.config';

describe('readMailConfig', () => {
  it('should send no mail without SMTP_URL, and link to the local app', () => {
    expect(readMailConfig({ PORT: '3100' })).toEqual({
      smtpUrl: null,
      from: null,
      publicUrl: 'http://localhost:3100',
      digestHour: 7,
      reminderDays: 3,
      checkMinutes: 15,
    });
  });

  it('should read an SMTP server, its sender and the public address without its last slash', () => {
    const config = readMailConfig({
      SMTP_URL: 'smtps://thidua:secret@mail.example.vn:465',
      MAIL_FROM: 'Thi đua <thidua@example.vn>',
      PUBLIC_URL: 'https://thidua.example.vn/',
      MAIL_REMINDER_DAYS: '5',
    });
    expect(config).toEqual(
      expect.objectContaining({
        smtpUrl: 'smtps://thidua:secret@mail.example.vn:465',
        publicUrl: 'https://thidua.example.vn',
        reminderDays: 5,
      }),
    );
  });

  it.each([
    [{ SMTP_URL: 'http://mail.example.vn', MAIL_FROM: 'a@b.vn' }, /SMTP_URL/],
    [{ SMTP_URL: 'smtp://mail.example.vn' }, /MAIL_FROM/],
    [{ PUBLIC_URL: 'thidua.example.vn' }, /PUBLIC_URL/],
    [{ MAIL_DIGEST_HOUR: '24' }, /MAIL_DIGEST_HOUR/],
    [{ MAIL_CHECK_MINUTES: '0' }, /MAIL_CHECK_MINUTES/],
  ])('should stop the boot on %j, naming the variable', (env, name) => {
    expect(() => readMailConfig(env)).toThrow(name);
  });
});
