import { inject } from '@angular/core';
import { Router } from '@angular/router';

import { AUTH_ERROR_CODES } from '@thidua/auth/contracts';
import type { ApiError } from '@thidua/shared/contracts';

import { AUTH_PATHS } from './auth.paths';
import { AuthStore } from './auth.store';

/**
 * The interceptor's 403 hook: an account that must change its password (flagged after the page
 * loaded, e.g. an admin reset it) is sent to the change page, and comes back where it was.
 */
export function passwordChangeRequiredHandler(): (error: ApiError) => void {
  const store = inject(AuthStore);
  const router = inject(Router);
  return (error) => {
    if (error.code !== AUTH_ERROR_CODES.passwordChangeRequired) return;
    store.requirePasswordChange();
    const returnUrl = router.url;
    if (returnUrl.startsWith(AUTH_PATHS.changePassword)) return;
    void router.navigate([AUTH_PATHS.changePassword], {
      queryParams: returnUrl && returnUrl !== '/' ? { returnUrl } : {},
    });
  };
}
