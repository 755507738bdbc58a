import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SignInLimitsResponse } from '@thidua/auth/contracts';
import { ApiException } from '@thidua/shared/api-core';
import { DataSource, EntityManager } from 'typeorm';

import { authConfig } from '../auth.config';
import {
  type ThrottleLimits,
  type ThrottleState,
  releaseAttempt,
  reserveAttempt,
} from './login-throttle';

/** The counter of an address over all accounts has this username. */
const ADDRESS = '';

export type ThrottleScope = 'account' | 'address';

/** A lock that a counted attempt set; it stands if the password turns out wrong. */
export interface ThrottleLock {
  scope: ThrottleScope;
  lockedUntil: string;
  lockouts: number;
}

/** What an admin's unlock cleared: the account's counters, one per address. */
export interface ClearedThrottle {
  ip: string;
  attempts: number;
  lockedUntil: string | null;
}

interface ThrottleRow {
  username: string;
  attempts: number;
  lockouts: number;
  window_started_at: Date;
  locked_until: Date | null;
  last_attempt_at: Date;
  now: Date;
}

const COLUMNS =
  'username, attempts, lockouts, window_started_at, locked_until, last_attempt_at, now() AS now';

const toState = (row: ThrottleRow): ThrottleState => ({
  attempts: row.attempts,
  lockouts: row.lockouts,
  windowStartedAt: row.window_started_at,
  lockedUntil: row.locked_until,
  lastAttemptAt: row.last_attempt_at,
});

/**
 * Sign-in limits in PostgreSQL, per account and address and per address: every attempt is counted
 * under a row lock before its password is checked (`reserve`), so no burst gets more checks than
 * the limit, and a stranger's wrong passwords lock the account only at the stranger's address.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {}

  limits(): SignInLimitsResponse {
    const c = this.config;
    return {
      maxFailuresPerAccount: c.maxFailuresPerAccount,
      maxFailuresPerAddress: c.maxFailuresPerAddress,
      windowMinutes: c.failureWindowMinutes,
      lockoutGrowth: c.lockoutGrowth,
      maxLockoutMinutes: c.maxLockoutMinutes,
    };
  }

  /**
   * Counts a sign-in attempt against both counters, or refuses it with 429 (counting nothing)
   * while either is locked. Answers the locks this attempt set by reaching a limit.
   */
  async reserve(username: string, ip: string): Promise<ThrottleLock[]> {
    // A locked counter refuses at once, without a transaction or a row lock: a burst against a
    // locked account costs one query per attempt.
    const [locked] = (await this.dataSource.query(
      `SELECT max(locked_until) AS until, now() AS now FROM login_throttles
        WHERE ip = $3 AND username IN ($1, $2) AND locked_until > now()`,
      [ADDRESS, username, ip],
    )) as Array<{ until: Date | null; now: Date }>;
    if (locked.until) throw tooManyAttempts(locked.until.getTime(), locked.now.getTime());
    return this.dataSource.transaction(async (manager) => {
      // Creates the missing counters and locks both, the address first (so two attempts never
      // wait on each other), answering them as they are: one round trip.
      const rows = (await manager.query(
        `INSERT INTO login_throttles (username, ip, window_started_at, last_attempt_at)
         VALUES ($1, $3, now(), now()), ($2, $3, now(), now())
         ON CONFLICT (username, ip) DO UPDATE SET username = excluded.username
         RETURNING ${COLUMNS}`,
        [ADDRESS, username, ip],
      )) as ThrottleRow[];
      const now = rows[0].now;
      const outcomes = rows.map((row) => ({
        row,
        scope: (row.username === ADDRESS ? 'address' : 'account') as ThrottleScope,
        reservation: reserveAttempt(toState(row), now, this.limitsOf(row.username)),
      }));
      const refusedUntil = outcomes.flatMap(({ reservation: r }) => (r.allowed ? [] : [r.retryAt]));
      if (refusedUntil.length) {
        throw tooManyAttempts(Math.max(...refusedUntil.map((d) => d.getTime())), now.getTime());
      }
      const counted = outcomes.flatMap(({ row, scope, reservation: r }) =>
        r.allowed ? [{ username: row.username, scope, next: r.next, locks: r.locks }] : [],
      );
      await this.save(manager, ip, counted);
      return counted.flatMap(({ scope, next, locks }) =>
        locks && next.lockedUntil
          ? [{ scope, lockedUntil: next.lockedUntil.toISOString(), lockouts: next.lockouts }]
          : [],
      );
    });
  }

  /**
   * After a right password: the account's counter at this address starts over, the address takes
   * the attempt back, and counters quiet for longer than the longest lock-out are dropped.
   */
  async succeeded(username: string, ip: string, manager: EntityManager): Promise<void> {
    // The address first, in the order `reserve` locks them.
    const [row] = (await manager.query(
      `SELECT ${COLUMNS} FROM login_throttles WHERE username = $1 AND ip = $2 FOR UPDATE`,
      [ADDRESS, ip],
    )) as ThrottleRow[];
    if (row) {
      const next = releaseAttempt(toState(row), this.limitsOf(ADDRESS));
      await this.save(manager, ip, [{ username: ADDRESS, next }]);
    }
    await manager.query(`DELETE FROM login_throttles WHERE username = $1 AND ip = $2`, [
      username,
      ip,
    ]);
    await manager.query(
      `DELETE FROM login_throttles
        WHERE coalesce(locked_until, last_attempt_at) < now() - make_interval(mins => $1)`,
      [this.config.maxLockoutMinutes],
    );
  }

  /** An admin's unlock: drops the account's counters at every address. */
  async clearAccount(username: string, manager: EntityManager): Promise<ClearedThrottle[]> {
    const [rows] = (await manager.query(
      `DELETE FROM login_throttles WHERE username = $1 AND username <> $2
       RETURNING ip, attempts, locked_until`,
      [username, ADDRESS],
    )) as [Array<{ ip: string; attempts: number; locked_until: Date | null }>, number];
    return rows.map((r) => ({
      ip: r.ip,
      attempts: r.attempts,
      lockedUntil: r.locked_until?.toISOString() ?? null,
    }));
  }

  /** The end of the latest lock of each of these accounts that is locked at some address now. */
  async lockedUntil(usernames: string[]): Promise<Map<string, Date>> {
    if (!usernames.length) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT username, max(locked_until) AS until FROM login_throttles
        WHERE username = ANY($1) AND locked_until > now() GROUP BY username`,
      [usernames],
    )) as Array<{ username: string; until: Date }>;
    return new Map(rows.map((r) => [r.username, r.until]));
  }

  private limitsOf(username: string): ThrottleLimits {
    const c = this.config;
    return {
      maxAttempts: username === ADDRESS ? c.maxFailuresPerAddress : c.maxFailuresPerAccount,
      windowMinutes: c.failureWindowMinutes,
      growth: c.lockoutGrowth,
      maxLockoutMinutes: c.maxLockoutMinutes,
    };
  }

  /** Writes counters of one address in one statement. */
  private async save(
    manager: EntityManager,
    ip: string,
    counters: Array<{ username: string; next: ThrottleState }>,
  ): Promise<void> {
    const params: unknown[] = [ip];
    const values = counters.map(({ username, next }) => {
      const at = params.length;
      params.push(
        username,
        next.attempts,
        next.lockouts,
        next.windowStartedAt,
        next.lockedUntil,
        next.lastAttemptAt,
      );
      return `($${at + 1}, $${at + 2}::int, $${at + 3}::int, $${at + 4}::timestamptz, $${at + 5}::timestamptz, $${at + 6}::timestamptz)`;
    });
    await manager.query(
      `UPDATE login_throttles t SET attempts = v.attempts, lockouts = v.lockouts,
              window_started_at = v.window_started_at, locked_until = v.locked_until,
              last_attempt_at = v.last_attempt_at
         FROM (VALUES ${values.join(', ')})
              AS v (username, attempts, lockouts, window_started_at, locked_until, last_attempt_at)
        WHERE t.ip = $1 AND t.username = v.username`,
      params,
    );
  }
}

/** 429 with the wait in minutes (rounded up) and in seconds, for `Retry-After`. */
function tooManyAttempts(retryAt: number, now: number): ApiException {
  const retryAfterSeconds = Math.max(Math.ceil((retryAt - now) / 1000), 1);
  return new ApiException(429, 'auth.tooManyAttempts', {
    minutes: Math.ceil(retryAfterSeconds / 60),
    retryAfterSeconds,
  });
}
