import { Routes } from '@angular/router';

import { MovementDetailStore } from './movement-detail/movement-detail.store';
import { MovementFormStore } from './movement-form/movement-form.store';
import { MovementsListStore } from './movements-list/movements-list.store';
import { PledgeStore } from './pledge/pledge.store';

/**
 * Movements and the blocs' yearly pledges, mounted at the root inside the signed-in shell:
 * `/movements`, `/movements/new`, `/movements/:id`, `/movements/:id/edit` and
 * `/blocs/:blocId/pledge/:year`. Every signed-in role may read them; actions follow
 * `MOVEMENTS_ACCESS` and the server's `canManage`, `reportableUnitIds`, `signableUnitIds`.
 * Mount before the registry's `blocs` routes.
 */
export const MOVEMENTS_ROUTES: Routes = [
  {
    path: 'movements',
    children: [
      {
        path: '',
        providers: [MovementsListStore],
        title: $localize`:@@mvListPageTitle:Phong trào thi đua – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./movements-list/movements-list-page.component').then(
            (m) => m.MovementsListPageComponent,
          ),
      },
      {
        path: 'new',
        providers: [MovementFormStore],
        title: $localize`:@@mvCreatePageTitle:Thêm phong trào – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./movement-form/movement-form-page.component').then(
            (m) => m.MovementFormPageComponent,
          ),
      },
      {
        path: ':id',
        providers: [MovementDetailStore],
        title: $localize`:@@mvDetailPageTitle:Phong trào thi đua – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./movement-detail/movement-detail-page.component').then(
            (m) => m.MovementDetailPageComponent,
          ),
      },
      {
        path: ':id/edit',
        providers: [MovementFormStore],
        title: $localize`:@@mvEditPageTitle:Sửa phong trào – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./movement-form/movement-form-page.component').then(
            (m) => m.MovementFormPageComponent,
          ),
      },
    ],
  },
  {
    path: 'blocs/:blocId/pledge/:year',
    providers: [PledgeStore],
    title: $localize`:@@pledgePageTitle:Giao ước thi đua – Thi đua – Khen thưởng`,
    loadComponent: () =>
      import('./pledge/pledge-page.component').then((m) => m.PledgePageComponent),
  },
];
