import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';

import { AWARDS_ACCESS, isAwardsAdmin } from './awards-access';

/** Admin-only award pages (history import): others go to `/forbidden`. */
export const awardsAdminGuard: CanActivateFn = () =>
  isAwardsAdmin(inject(AWARDS_ACCESS)) || inject(Router).parseUrl('/forbidden');
