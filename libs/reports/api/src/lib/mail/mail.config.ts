import { registerAs } from '@nestjs/config';

export interface MailConfig {
  /** `smtp://user:pass@host:587` or `smtps://…:465`; null: no mail is sent. */
  smtpUrl: string | null;
  /** The sender, e.g. `Thi đua – Khen thưởng <thidua@example.gov.vn>`. */
  from: string | null;
  /** Where users open the app: the links in the mails start with it. */
  publicUrl: string;
  /** The daily digest goes out from this hour (server time, 0–23). */
  digestHour: number;
  /** A reminder goes out this many days before a deadline. */
  reminderDays: number;
  /** How often the API looks for mail to send. */
  checkMinutes: number;
}

function wholeNumber(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

export function readMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  const smtpUrl = env['SMTP_URL'] || null;
  if (smtpUrl) {
    let protocol = '';
    try {
      protocol = new URL(smtpUrl).protocol;
    } catch {
      // reported below
    }
    if (protocol !== 'smtp:' && protocol !== 'smtps:') {
      throw new Error('SMTP_URL must be an smtp:// or smtps:// address');
    }
    if (!env['MAIL_FROM']) throw new Error('MAIL_FROM must be set when SMTP_URL is set');
  }
  const publicUrl = (env['PUBLIC_URL'] || `http://localhost:${env['PORT'] ?? 3000}`).replace(
    /\/+$/,
    '',
  );
  if (!/^https?:\/\/[^/]/.test(publicUrl)) {
    throw new Error(`PUBLIC_URL must be an http(s) address (got "${publicUrl}")`);
  }
  return {
    smtpUrl,
    from: env['MAIL_FROM'] || null,
    publicUrl,
    digestHour: wholeNumber(env, 'MAIL_DIGEST_HOUR', 7, 0, 23),
    reminderDays: wholeNumber(env, 'MAIL_REMINDER_DAYS', 3, 1, 60),
    checkMinutes: wholeNumber(env, 'MAIL_CHECK_MINUTES', 15, 1, 1440),
  };
}

export const mailConfig = registerAs('mail', () => readMailConfig());
