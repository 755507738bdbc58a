import { inject } from '@angular/core';
import type { CanActivateFn } from '@angular/router';
import { firstValueFrom, isObservable } from 'rxjs';

import { AuthStore, authGuard } from '@thidua/auth/web';
import { WorkingYear } from '@thidua/registry/web';

/**
 * The signed-in frame's guard: the user must be signed in (`authGuard`), and the year every page
 * opens on (`WorkingYear`) is known before the first page inside starts. A user who must first
 * change the password reaches only that page, and the server answers nothing else until then.
 */
export const shellGuard: CanActivateFn = async (route, state) => {
  const workingYear = inject(WorkingYear);
  const auth = inject(AuthStore);
  const answer = await authGuard(route, state);
  const allowed = isObservable(answer) ? await firstValueFrom(answer) : answer;
  if (allowed === true && !auth.mustChangePassword()) await workingYear.load();
  return allowed;
};
