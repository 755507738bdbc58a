import { InjectionToken } from '@angular/core';

import type { Permission, Role } from '@thidua/shared/contracts';

/**
 * Who is signed in, as far as the movement and pledge pages need to know. The movements scope may
 * not depend on the auth web lib, so the app binds this to its auth store
 * (`{ provide: MOVEMENTS_ACCESS, useExisting: AuthStore }`).
 */
export interface MovementsAccess {
  can(permission: Permission): boolean;
  user(): {
    role: Role;
    unit: { id: string; name: string } | null;
    /** The blocs the user's unit serves as secretariat, year by year. */
    secretariatOf?: { blocId: string; year: number }[];
  } | null;
}

export const MOVEMENTS_ACCESS = new InjectionToken<MovementsAccess>('MOVEMENTS_ACCESS', {
  providedIn: 'root',
  factory: () => ({ can: () => false, user: () => null }),
});

/** Admins and secretariat users may create movements (the server checks the details). */
export function canCreateMovements(access: MovementsAccess): boolean {
  const role = access.user()?.role;
  return role === 'admin' || role === 'secretariat';
}

/** The unit the signed-in user acts for (unit and secretariat users), if any. */
export function ownUnitId(access: MovementsAccess): string | null {
  const user = access.user();
  return user && (user.role === 'unit' || user.role === 'secretariat')
    ? (user.unit?.id ?? null)
    : null;
}

/**
 * The blocs the user may enlist in a movement that starts in `year`, as the server rules: null for
 * admins (any bloc); for a secretariat the blocs its unit serves that year (every year it serves while
 * no start date is set); for anyone else none.
 */
export function enlistableBlocIds(
  access: MovementsAccess,
  year: number | null,
): Set<string> | null {
  const user = access.user();
  if (user?.role === 'admin') return null;
  const grants = user?.role === 'secretariat' ? (user.secretariatOf ?? []) : [];
  return new Set(grants.filter((g) => year === null || g.year === year).map((g) => g.blocId));
}
