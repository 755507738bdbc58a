import { registerAs } from '@nestjs/config';

export interface AuthConfig {
  sessionTtlMinutes: number;
  maxFailuresPerUser: number;
  maxFailuresPerIp: number;
  failureWindowMinutes: number;
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

export const authConfig = registerAs(
  'auth',
  (): AuthConfig => ({
    sessionTtlMinutes: positiveInt('AUTH_SESSION_TTL_MINUTES', 480),
    maxFailuresPerUser: positiveInt('AUTH_MAX_FAILURES_PER_USER', 5),
    maxFailuresPerIp: positiveInt('AUTH_MAX_FAILURES_PER_IP', 30),
    failureWindowMinutes: positiveInt('AUTH_FAILURE_WINDOW_MINUTES', 15),
    secureCookie: process.env['COOKIE_SECURE'] === 'true',
  }),
);
