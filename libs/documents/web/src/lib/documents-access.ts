import { InjectionToken } from '@angular/core';

import type { Permission, Role } from '@thidua/shared/contracts';

/**
 * Who is signed in, as far as the award list and certificate pages need to know. The documents
 * scope may not depend on the auth web lib, so the app binds this to its auth store
 * (`{ provide: DOCUMENTS_ACCESS, useExisting: AuthStore }`).
 */
export interface DocumentsAccess {
  can(permission: Permission): boolean;
  user(): { role: Role; unit: { id: string; name: string } | null } | null;
}

export const DOCUMENTS_ACCESS = new InjectionToken<DocumentsAccess>('DOCUMENTS_ACCESS', {
  providedIn: 'root',
  factory: () => ({ can: () => false, user: () => null }),
});

/** Admins and bloc secretariats may build lists (the server checks the bloc and year). */
export function canBuildAwardLists(access: DocumentsAccess): boolean {
  const role = access.user()?.role;
  return role === 'admin' || role === 'secretariat';
}

/** The provincial board: records decisions and edits certificate layouts. */
export function isDocumentsAdmin(access: DocumentsAccess): boolean {
  return access.user()?.role === 'admin';
}
