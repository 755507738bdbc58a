import { InjectionToken } from '@angular/core';

import type { Permission, Role } from '@thidua/shared/contracts';

/**
 * Who is signed in, as far as the registry pages need to know. The registry may not depend on the
 * auth lib, so the app binds this to its auth store (`{ provide: REGISTRY_ACCESS, useExisting: AuthStore }`).
 */
export interface RegistryAccess {
  can(permission: Permission): boolean;
  user(): { role: Role } | null;
}

export const REGISTRY_ACCESS = new InjectionToken<RegistryAccess>('REGISTRY_ACCESS', {
  providedIn: 'root',
  factory: () => ({ can: () => false, user: () => null }),
});

/** Admins and bloc secretariats may register units (the server checks the details). */
export function canCreateUnits(access: RegistryAccess): boolean {
  return access.can('registry.manage') || access.user()?.role === 'secretariat';
}
