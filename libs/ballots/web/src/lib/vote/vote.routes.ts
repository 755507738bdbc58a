import { LocationStrategy } from '@angular/common';
import { inject } from '@angular/core';
import { Router, Routes } from '@angular/router';

import {
  VOTE_LINKS,
  type VoteLinks,
  VotePageComponent,
  VoteStore,
} from '@thidua/ballots/feature-vote';

/** The voting page's links inside the staff app: through its router. */
function routerLinks(): VoteLinks {
  const router = inject(Router);
  const locationStrategy = inject(LocationStrategy);
  return {
    href: (path) => locationStrategy.prepareExternalUrl(path),
    go: (path) => void router.navigateByUrl(path),
  };
}

/**
 * The signed-in delegate's voting page with its store, loaded with the page (the store, the keeping
 * of votes and the encryption stay out of the app's first download). Mounted by `BALLOTS_ROUTES`,
 * which gives the title. A delegate with a one-time code votes in the light app (`apps/vote`).
 */
export const VOTE_PAGE_ROUTES: Routes = [
  {
    path: '',
    providers: [VoteStore, { provide: VOTE_LINKS, useFactory: routerLinks }],
    component: VotePageComponent,
  },
];
