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
  reserve(username: string, ip: string): Promise<ThrottleLock[]> {
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
      const locks: ThrottleLock[] = [];
      for (const { row, scope, reservation } of outcomes) {
        if (!reservation.allowed) continue;
        await this.save(manager, row.username, ip, reservation.next);
        if (reservation.locks) {
          locks.push({
            scope,
            lockedUntil: reservation.next.lockedUntil!.toISOString(),
            lockouts: reservation.next.lockouts,
          });
        }
      }
      return locks;
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
      await this.save(manager, ADDRESS, ip, releaseAttempt(toState(row), this.limitsOf(ADDRESS)));
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

  private async save(
    manager: EntityManager,
    username: string,
    ip: string,
    state: ThrottleState,
  ): Promise<void> {
    await manager.query(
      `UPDATE login_throttles SET attempts = $3, lockouts = $4, window_started_at = $5,
              locked_until = $6, last_attempt_at = $7
        WHERE username = $1 AND ip = $2`,
      [
        username,
        ip,
        state.attempts,
        state.lockouts,
        state.windowStartedAt,
        state.lockedUntil,
        state.lastAttemptAt,
      ],
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
