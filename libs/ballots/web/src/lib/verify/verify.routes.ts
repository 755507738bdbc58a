import { Routes } from '@angular/router';

import { VerifyStore } from './verify.store';

/** The check of a public record with its store, loaded with the page (see `VOTE_PAGE_ROUTES`). */
export const VERIFY_PAGE_ROUTES: Routes = [
  {
    path: '',
    providers: [VerifyStore],
    loadComponent: () => import('./verify-page.component').then((m) => m.VerifyPageComponent),
  },
];
