import {
  EnvironmentProviders,
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';

import { ON_UNAUTHORIZED } from '@thidua/shared/data-access';

import { AuthStore } from './auth.store';

/** Restores the session on startup and lets the interceptor forget the user on a 401. */
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
  ]);
}
