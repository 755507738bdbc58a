import { Route } from '@angular/router';

import {
  ACCOUNT_ROUTES,
  ADMIN_ROUTES,
  AUTH_ROUTES,
  authGuard,
  permissionGuard,
} from '@thidua/auth/web';
import {
  BALLOTS_PROJECTOR_ROUTES,
  BALLOTS_PUBLIC_ROUTES,
  BALLOTS_ROUTES,
} from '@thidua/ballots/web';
import { AWARDS_ROUTES, AWARD_TYPES_ROUTES, clearanceHomeGuard } from '@thidua/awards/web';
import {
  CERTIFICATE_LAYOUTS_ROUTES,
  DOCUMENTS_PRINT_ROUTES,
  DOCUMENTS_ROUTES,
  SIGNING_CERTIFICATES_ROUTES,
} from '@thidua/documents/web';
import { MOVEMENTS_ROUTES } from '@thidua/movements/web';
import {
  ORGANISATION_ROUTES,
  OUTGOING_NUMBERS_ROUTES,
  REGISTRY_ROUTES,
  UNIT_KINDS_ROUTES,
} from '@thidua/registry/web';
import { SCORING_ROUTES } from '@thidua/scoring/web';
import { REPORTS_ROUTES } from '@thidua/reports/web';

import { shellGuard } from './layout/shell.guard';

/*
 * Full-screen routes are listed one by one: an empty-path parent around them would also match "/"
 * (no segments left to match its children) and leave the home page blank.
 */
export const appRoutes: Route[] = [
  ...AUTH_ROUTES,
  // Full screen, outside the shell: a delegate votes with a one-time code (no sign-in) …
  ...BALLOTS_PUBLIC_ROUTES,
  // … and the conference hall's projector (signed in).
  ...BALLOTS_PROJECTOR_ROUTES.map((route) => ({ ...route, canActivate: [authGuard] })),
  // … and an award list laid out for the printer (signed in, no app frame).
  ...DOCUMENTS_PRINT_ROUTES.map((route) => ({ ...route, canActivate: [authGuard] })),
  {
    path: '',
    // Lazy, so that the voting page (outside the shell) loads none of the staff pages' frame.
    loadComponent: () => import('./layout/shell.component').then((m) => m.ShellComponent),
    canActivate: [shellGuard],
    canActivateChild: [authGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        // A clearance office sees nothing but what it was sent: its home is that list.
        canActivate: [clearanceHomeGuard],
        title: $localize`:@@homePageTitle:Trang chủ – Thi đua – Khen thưởng`,
        loadComponent: () => import('./pages/home-page.component').then((m) => m.HomePageComponent),
      },
      { path: 'account', children: ACCOUNT_ROUTES },
      // Before the registry: `/blocs/:blocId/pledge/:year` lives with the movements.
      ...MOVEMENTS_ROUTES,
      ...REGISTRY_ROUTES,
      ...SCORING_ROUTES,
      // Before the awards: `/awards/lists/...` belongs to the documents.
      ...DOCUMENTS_ROUTES,
      ...AWARDS_ROUTES,
      ...BALLOTS_ROUTES,
      ...REPORTS_ROUTES,
      {
        path: 'admin/organisation',
        canActivate: [permissionGuard('organisation.manage')],
        children: ORGANISATION_ROUTES,
      },
      {
        path: 'admin/outgoing-numbers',
        canActivate: [permissionGuard('register.outgoing')],
        children: OUTGOING_NUMBERS_ROUTES,
      },
      {
        path: 'admin/unit-kinds',
        canActivate: [permissionGuard('registry.manage')],
        children: UNIT_KINDS_ROUTES,
      },
      {
        path: 'admin/award-types',
        canActivate: [permissionGuard('reference.manage')],
        children: AWARD_TYPES_ROUTES,
      },
      {
        path: 'admin/certificate-layouts',
        canActivate: [permissionGuard('reference.manage')],
        children: CERTIFICATE_LAYOUTS_ROUTES,
      },
      {
        path: 'admin/signing-certificates',
        canActivate: [permissionGuard('signing.manage')],
        children: SIGNING_CERTIFICATES_ROUTES,
      },
      { path: 'admin', children: ADMIN_ROUTES },
      {
        path: 'forbidden',
        title: $localize`:@@forbiddenPageTitle:Không có quyền truy cập – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./pages/forbidden-page.component').then((m) => m.ForbiddenPageComponent),
      },
      {
        path: '**',
        title: $localize`:@@notFoundPageTitle:Không tìm thấy trang – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./pages/not-found-page.component').then((m) => m.NotFoundPageComponent),
      },
    ],
  },
];
