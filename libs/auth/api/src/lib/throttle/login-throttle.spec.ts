import {
  type ThrottleLimits,
  type ThrottleState,
  lockoutMinutes,
  releaseAttempt,
  reserveAttempt,
} from './login-throttle';

const LIMITS: ThrottleLimits = {
  maxAttempts: 3,
  windowMinutes: 15,
  growth: 2,
  maxLockoutMinutes: 60,
};
const T0 = new Date('2024-11-20T08:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/** Reserves `n` attempts at `when`, failing if one is refused. */
function reserveMany(state: ThrottleState | null, n: number, when: Date): ThrottleState {
  let current = state;
  for (let i = 0; i < n; i += 1) {
    const r = reserveAttempt(current, when, LIMITS);
    if (!r.allowed) throw new Error(`attempt ${i + 1} refused`);
    current = r.next;
  }
  if (!current) throw new Error('no attempt');
  return current;
}

describe('login throttle', () => {
  it.each([
    [0, 15],
    [1, 30],
    [2, 60],
    [3, 60],
    [1000, 60],
  ])('should lock for the window doubled per earlier lock-out (%i earlier → %i min)', (n, min) => {
    expect(lockoutMinutes(n, LIMITS)).toBe(min);
  });

  it('should count attempts before any check and lock at the one that reaches the limit', () => {
    const two = reserveMany(null, 2, T0);
    expect(two).toEqual(expect.objectContaining({ attempts: 2, lockedUntil: null }));
    const third = reserveAttempt(two, T0, LIMITS);
    expect(third).toEqual({
      allowed: true,
      locks: true,
      next: expect.objectContaining({ attempts: 3, lockouts: 1, lockedUntil: at(15) }),
    });
  });

  it('should refuse attempts while locked, saying until when, and change nothing', () => {
    const locked = reserveMany(null, 3, T0);
    expect(reserveAttempt(locked, at(14), LIMITS)).toEqual({ allowed: false, retryAt: at(15) });
  });

  it('should let attempts through again after the lock-out and lock twice as long next time', () => {
    const first = reserveMany(null, 3, T0);
    const again = reserveMany(first, 2, at(15));
    expect(again).toEqual(expect.objectContaining({ attempts: 2, lockouts: 1, lockedUntil: null }));
    const second = reserveMany(again, 1, at(16));
    expect(second.lockedUntil).toEqual(at(16 + 30));
    const third = reserveMany(second, 3, at(46));
    expect(third.lockedUntil).toEqual(at(46 + 60));
  });

  it('should forget failures older than the window', () => {
    const two = reserveMany(null, 2, T0);
    const later = reserveAttempt(two, at(15), LIMITS);
    expect(later).toEqual(
      expect.objectContaining({
        locks: false,
        next: expect.objectContaining({ attempts: 1, windowStartedAt: at(15) }),
      }),
    );
  });

  it('should forget the lock-outs after the longest lock-out without an attempt', () => {
    const locked = reserveMany(reserveMany(null, 3, T0), 3, at(15));
    expect(locked.lockouts).toBe(2);
    const quiet = reserveAttempt(locked, at(45 + 60), LIMITS);
    expect(quiet).toEqual(
      expect.objectContaining({ next: expect.objectContaining({ attempts: 1, lockouts: 0 }) }),
    );
  });

  it('should take back a right password and the lock it set by reaching the limit', () => {
    const locked = reserveMany(null, 3, T0);
    const released = releaseAttempt(locked, LIMITS);
    expect(released).toEqual(
      expect.objectContaining({ attempts: 2, lockouts: 0, lockedUntil: null }),
    );
    expect(reserveAttempt(released, T0, LIMITS).allowed).toBe(true);
  });

  it('should keep a lock that wrong passwords alone reached when one attempt is taken back', () => {
    const locked = { ...reserveMany(null, 3, T0), attempts: 4 };
    expect(releaseAttempt(locked, LIMITS)).toEqual(
      expect.objectContaining({ attempts: 3, lockedUntil: at(15) }),
    );
  });
});
