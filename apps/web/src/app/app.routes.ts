import { Route } from '@angular/router';

import {
  ACCOUNT_ROUTES,
  ADMIN_ROUTES,
  AUTH_ROUTES,
  authGuard,
  permissionGuard,
} from '@thidua/auth/web';
import { MOVEMENTS_ROUTES } from '@thidua/movements/web';
import { REGISTRY_ROUTES, UNIT_KINDS_ROUTES } from '@thidua/registry/web';

import { ShellComponent } from './layout/shell.component';

export const appRoutes: Route[] = [
  ...AUTH_ROUTES,
  {
    path: '',
    component: ShellComponent,
    canActivate: [authGuard],
    canActivateChild: [authGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: $localize`:@@homePageTitle:Trang chủ – Thi đua – Khen thưởng`,
        loadComponent: () => import('./pages/home-page.component').then((m) => m.HomePageComponent),
      },
      { path: 'account', children: ACCOUNT_ROUTES },
      // Before the registry: `/blocs/:blocId/pledge/:year` lives with the movements.
      ...MOVEMENTS_ROUTES,
      ...REGISTRY_ROUTES,
      {
        path: 'admin/unit-kinds',
        canActivate: [permissionGuard('registry.manage')],
        children: UNIT_KINDS_ROUTES,
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
