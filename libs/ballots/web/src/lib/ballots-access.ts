import { InjectionToken } from '@angular/core';

import type { Permission, Role } from '@thidua/shared/contracts';

/**
 * Who is signed in, as far as the meeting and ballot pages need to know. The ballots scope may not
 * depend on the auth web lib, so the app binds this to its auth store
 * (`{ provide: BALLOTS_ACCESS, useExisting: AuthStore }`).
 */
export interface BallotsAccess {
  can(permission: Permission): boolean;
  user(): {
    role: Role;
    unit: { id: string; name: string } | null;
    /** The blocs (and years) whose secretariat the user's unit is. */
    secretariatOf?: ReadonlyArray<{ blocId: string; year: number }>;
  } | null;
}

export const BALLOTS_ACCESS = new InjectionToken<BallotsAccess>('BALLOTS_ACCESS', {
  providedIn: 'root',
  factory: () => ({ can: () => false, user: () => null }),
});

/** Admins, and secretariat users while their unit heads or deputises a bloc, create meetings. */
export function canCreateMeetings(access: BallotsAccess): boolean {
  const user = access.user();
  if (!user) return false;
  return user.role === 'admin' || (user.role === 'secretariat' && !!user.secretariatOf?.length);
}

/**
 * Whether the user may call a meeting of the bloc in the year: admins always, a secretariat for
 * the blocs it runs that year (the server checks again).
 */
export function canManageBloc(access: BallotsAccess, blocId: string, year: number): boolean {
  const user = access.user();
  if (!user) return false;
  if (user.role === 'admin') return true;
  return (
    user.role === 'secretariat' &&
    !!user.secretariatOf?.some((grant) => grant.blocId === blocId && grant.year === year)
  );
}
