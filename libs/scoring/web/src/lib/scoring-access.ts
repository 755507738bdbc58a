import { InjectionToken } from '@angular/core';

import type { Permission, Role } from '@thidua/shared/contracts';

/**
 * Who is signed in, as far as the scoring pages need to know. The scoring scope may not depend on
 * the auth web lib, so the app binds this to its auth store
 * (`{ provide: SCORING_ACCESS, useExisting: AuthStore }`).
 */
export interface ScoringAccess {
  can(permission: Permission): boolean;
  user(): { role: Role; unit: { id: string; name: string } | null } | null;
}

export const SCORING_ACCESS = new InjectionToken<ScoringAccess>('SCORING_ACCESS', {
  providedIn: 'root',
  factory: () => ({ can: () => false, user: () => null }),
});

/** Whether the user may draw up a bloc's sheet (the server limits it to the bloc's secretariat). */
export function mayDrawUpSheets(access: ScoringAccess): boolean {
  return access.can('scoring.manage');
}
