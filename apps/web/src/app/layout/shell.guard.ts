import { inject } from '@angular/core';
import type { CanActivateFn } from '@angular/router';
import { firstValueFrom, isObservable } from 'rxjs';

import { authGuard } from '@thidua/auth/web';
import { WorkingYear } from '@thidua/registry/web';

/**
 * The signed-in frame's guard: the user must be signed in (`authGuard`), and the year every page
 * opens on (`WorkingYear`) is known before the first page inside starts.
 */
export const shellGuard: CanActivateFn = async (route, state) => {
  const workingYear = inject(WorkingYear);
  const answer = await authGuard(route, state);
  const allowed = isObservable(answer) ? await firstValueFrom(answer) : answer;
  if (allowed === true) await workingYear.load();
  return allowed;
};
