import { registerAs } from '@nestjs/config';

export interface AuthConfig {
  sessionTtlMinutes: number;
  /** Wrong passwords for one account from one address before it is locked there. */
  maxFailuresPerAccount: number;
  /** Wrong passwords from one address, over all accounts, before the address is locked. */
  maxFailuresPerAddress: number;
  /** How long failures are counted, and the first lock-out. */
  failureWindowMinutes: number;
  /** Each further lock-out lasts this many times the one before (1: always the window). */
  lockoutGrowth: number;
  /** The longest lock-out; after that long without an attempt, the growth starts over. */
  maxLockoutMinutes: number;
  secureCookie: boolean;
}

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive whole number (got "${raw}")`);
  }
  return value;
}

export function readAuthConfig(): AuthConfig {
  const failureWindowMinutes = positiveInt('AUTH_FAILURE_WINDOW_MINUTES', 15);
  const maxLockoutMinutes = positiveInt('AUTH_LOCKOUT_MAX_MINUTES', 1440);
  if (maxLockoutMinutes < failureWindowMinutes) {
    throw new Error(
      `AUTH_LOCKOUT_MAX_MINUTES (${maxLockoutMinutes}) must not be shorter than AUTH_FAILURE_WINDOW_MINUTES (${failureWindowMinutes})`,
    );
  }
  return {
    sessionTtlMinutes: positiveInt('AUTH_SESSION_TTL_MINUTES', 480),
    maxFailuresPerAccount: positiveInt('AUTH_MAX_FAILURES_PER_USER', 5),
    maxFailuresPerAddress: positiveInt('AUTH_MAX_FAILURES_PER_IP', 30),
    failureWindowMinutes,
    lockoutGrowth: positiveInt('AUTH_LOCKOUT_GROWTH', 2),
    maxLockoutMinutes,
    secureCookie: process.env['COOKIE_SECURE'] === 'true',
  };
}

export const authConfig = registerAs('auth', readAuthConfig);
