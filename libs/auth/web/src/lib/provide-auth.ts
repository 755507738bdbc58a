import {
  EnvironmentProviders,
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';

import { ON_FORBIDDEN, ON_UNAUTHORIZED } from '@thidua/shared/data-access';

import { AuthStore } from './auth.store';
import { passwordChangeRequiredHandler } from './password-change-required';

/**
 * Restores the session on startup, lets the interceptor forget the user on a 401 and send an
 * account that must change its password to the change page on its 403.
 */
export function provideAuth(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideAppInitializer(() => inject(AuthStore).restore()),
    {
      provide: ON_UNAUTHORIZED,
      useFactory: () => {
        const store = inject(AuthStore);
        return () => store.clear();
      },
    },
    { provide: ON_FORBIDDEN, useFactory: passwordChangeRequiredHandler },
  ]);
}
