import { InjectionToken } from '@angular/core';

import type { Permission, Role } from '@thidua/shared/contracts';

/**
 * Who is signed in, as far as the award pages need to know. The awards scope may not depend on the
 * auth web lib, so the app binds this to its auth store
 * (`{ provide: AWARDS_ACCESS, useExisting: AuthStore }`).
 */
export interface AwardsAccess {
  can(permission: Permission): boolean;
  user(): {
    role: Role;
    unit: { id: string; name: string; shortName?: string | null } | null;
  } | null;
}

export const AWARDS_ACCESS = new InjectionToken<AwardsAccess>('AWARDS_ACCESS', {
  providedIn: 'root',
  factory: () => ({ can: () => false, user: () => null }),
});

/** Admins manage the catalogue, the history and any nomination (`reference.manage`). */
export function isAwardsAdmin(access: AwardsAccess): boolean {
  return access.can('reference.manage');
}

/** Unit users, secretariats and admins file nominations (the server checks the unit). */
export function canNominate(access: AwardsAccess): boolean {
  const role = access.user()?.role;
  return role === 'admin' || role === 'secretariat' || role === 'unit';
}

/** The unit the signed-in user acts for (unit and secretariat users), if any. */
export function ownUnit(
  access: AwardsAccess,
): { id: string; name: string; shortName?: string | null } | null {
  const user = access.user();
  return user && (user.role === 'unit' || user.role === 'secretariat') ? (user.unit ?? null) : null;
}

/** Admins edit anyone; unit and secretariat users the people and households of their own unit. */
export function canEditBeneficiaryOf(access: AwardsAccess, unitId: string | null): boolean {
  if (isAwardsAdmin(access)) return true;
  const unit = ownUnit(access);
  return !!unit && unit.id === unitId;
}
