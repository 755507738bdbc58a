import { inject } from '@angular/core';
import { type CanActivateFn, Router, type Routes } from '@angular/router';

import type { ClearanceKind } from '@thidua/awards/contracts';

import { AWARDS_ACCESS } from '../awards-access';
import { CLEARANCE_PATHS } from './clearance-labels';
import { ClearanceStore } from './clearance.store';

/** The board (`clearance.manage`) and clearance offices reach these pages; others `/forbidden`. */
export const clearanceGuard: CanActivateFn = () => {
  const access = inject(AWARDS_ACCESS);
  return (
    access.can('clearance.manage') ||
    access.user()?.role === 'clearance' ||
    inject(Router).parseUrl('/forbidden')
  );
};

/** A clearance office's home is the list of what it was sent. */
export const clearanceHomeGuard: CanActivateFn = () =>
  inject(AWARDS_ACCESS).user()?.role === 'clearance'
    ? inject(Router).parseUrl(CLEARANCE_PATHS.clearance)
    : true;

function routesOf(kind: ClearanceKind): Routes[number] {
  const title =
    kind === 'clearance'
      ? $localize`:@@clrClearancePageTitle:Xác nhận trước khen thưởng – Thi đua – Khen thưởng`
      : $localize`:@@clrConcurrencePageTitle:Hiệp y khen thưởng – Thi đua – Khen thưởng`;
  return {
    path: CLEARANCE_PATHS[kind].slice(1),
    canActivate: [clearanceGuard],
    providers: [ClearanceStore],
    data: { kind },
    children: [
      {
        path: '',
        title,
        loadComponent: () =>
          import('./clearance-list-page.component').then((m) => m.ClearanceListPageComponent),
      },
      {
        path: 'new',
        title,
        loadComponent: () =>
          import('./clearance-form-page.component').then((m) => m.ClearanceFormPageComponent),
      },
      {
        path: ':id',
        title,
        loadComponent: () =>
          import('./clearance-detail-page.component').then((m) => m.ClearanceDetailPageComponent),
      },
    ],
  };
}

/** `/clearance-rounds[/new|/:id]` and `/concurrence-requests[/new|/:id]`, one set of pages. */
export const CLEARANCE_ROUTES: Routes = [routesOf('clearance'), routesOf('concurrence')];
