/**
 * The sign-in limit of one counter (an account from one address, or an address over all
 * accounts), as pure rules over its stored state. An attempt is counted before its password is
 * checked, so a burst of simultaneous attempts never gets more checks than the limit: the attempt
 * that reaches the limit locks the counter at once, and a right password among the counted ones
 * lifts the lock again (`releaseAttempt`, or deleting the account's counter).
 */
export interface ThrottleLimits {
  maxAttempts: number;
  windowMinutes: number;
  /** Each lock-out lasts this many times the one before. */
  growth: number;
  maxLockoutMinutes: number;
}

export interface ThrottleState {
  /** Attempts counted in the current streak: wrong passwords and those still being checked. */
  attempts: number;
  /** Lock-outs so far: the next one lasts `windowMinutes × growth^lockouts`. */
  lockouts: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
  lastAttemptAt: Date;
}

export type Reservation =
  | { allowed: true; next: ThrottleState; locks: boolean }
  | { allowed: false; retryAt: Date };

const MINUTE = 60_000;

/** How long the lock-out after `lockouts` earlier ones lasts. */
export function lockoutMinutes(lockouts: number, limits: ThrottleLimits): number {
  return Math.min(
    limits.windowMinutes * limits.growth ** Math.min(lockouts, 32),
    limits.maxLockoutMinutes,
  );
}

/** Counts one attempt, or refuses it while the counter is locked. */
export function reserveAttempt(
  state: ThrottleState | null,
  now: Date,
  limits: ThrottleLimits,
): Reservation {
  if (state?.lockedUntil && state.lockedUntil > now) {
    return { allowed: false, retryAt: state.lockedUntil };
  }
  const current = startStreak(state, now, limits);
  const attempts = current.attempts + 1;
  const locks = attempts >= limits.maxAttempts;
  return {
    allowed: true,
    locks,
    next: {
      attempts,
      lockouts: locks ? current.lockouts + 1 : current.lockouts,
      windowStartedAt: current.windowStartedAt,
      lockedUntil: locks
        ? new Date(now.getTime() + lockoutMinutes(current.lockouts, limits) * MINUTE)
        : null,
      lastAttemptAt: now,
    },
  };
}

/** Takes back an attempt whose password was right, and the lock it set if it reached the limit. */
export function releaseAttempt(state: ThrottleState, limits: ThrottleLimits): ThrottleState {
  const attempts = Math.max(state.attempts - 1, 0);
  const unlocks = state.lockedUntil !== null && attempts < limits.maxAttempts;
  return {
    ...state,
    attempts,
    lockouts: unlocks ? Math.max(state.lockouts - 1, 0) : state.lockouts,
    lockedUntil: unlocks ? null : state.lockedUntil,
  };
}

/**
 * The state an attempt at `now` counts on: a served lock-out or an elapsed window starts a new
 * streak (keeping the lock-outs, so the next lock grows); a long quiet spell forgets everything.
 */
function startStreak(
  state: ThrottleState | null,
  now: Date,
  limits: ThrottleLimits,
): ThrottleState {
  const fresh: ThrottleState = {
    attempts: 0,
    lockouts: 0,
    windowStartedAt: now,
    lockedUntil: null,
    lastAttemptAt: now,
  };
  if (!state) return fresh;
  const quietSince = state.lockedUntil ?? state.lastAttemptAt;
  if (now.getTime() - quietSince.getTime() >= limits.maxLockoutMinutes * MINUTE) return fresh;
  const windowEnded =
    now.getTime() - state.windowStartedAt.getTime() >= limits.windowMinutes * MINUTE;
  if (state.lockedUntil || windowEnded) {
    return { ...state, attempts: 0, windowStartedAt: now, lockedUntil: null };
  }
  return state;
}
