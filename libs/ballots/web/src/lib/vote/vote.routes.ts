import { Routes } from '@angular/router';

import { VoteStore } from './vote.store';

/**
 * The voting page with its store, loaded with the page (the store, the keeping of votes and the
 * encryption stay out of the app's first download). Mounted by `BALLOTS_ROUTES` and
 * `BALLOTS_PUBLIC_ROUTES`, which give the title and, for a code voter, `data.codeVoter`.
 */
export const VOTE_PAGE_ROUTES: Routes = [
  {
    path: '',
    providers: [VoteStore],
    loadComponent: () => import('./vote-page.component').then((m) => m.VotePageComponent),
  },
];
