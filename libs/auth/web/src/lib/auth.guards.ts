import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';

import type { Permission } from '@thidua/shared/contracts';

import { AUTH_PATHS, safeReturnUrl } from './auth.paths';
import { AuthStore } from './auth.store';

/** Lets signed-in users through; sends others to the login page with a return URL. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const store = inject(AuthStore);
  const router = inject(Router);
  await store.restore();
  if (!store.isAuthenticated()) {
    return router.createUrlTree([AUTH_PATHS.login], {
      queryParams: state.url && state.url !== '/' ? { returnUrl: state.url } : {},
    });
  }
  if (store.mustChangePassword() && !state.url.startsWith(AUTH_PATHS.changePassword)) {
    return router.createUrlTree([AUTH_PATHS.changePassword], {
      queryParams: state.url && state.url !== '/' ? { returnUrl: state.url } : {},
    });
  }
  return true;
};

/** Keeps signed-in users off the login page. */
export const guestGuard: CanActivateFn = async (route) => {
  const store = inject(AuthStore);
  const router = inject(Router);
  await store.restore();
  if (!store.isAuthenticated()) return true;
  return router.parseUrl(safeReturnUrl(route.queryParamMap.get('returnUrl')));
};

/** Lets through users whose role has the permission; shows the "no permission" page to others. */
export function permissionGuard(permission: Permission): CanActivateFn {
  return async () => {
    const store = inject(AuthStore);
    const router = inject(Router);
    await store.restore();
    return store.can(permission) || router.createUrlTree([AUTH_PATHS.forbidden]);
  };
}
