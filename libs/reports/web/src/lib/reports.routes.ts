import { Routes } from '@angular/router';

import { DashboardStore } from './dashboard/dashboard.store';
import { RecordsStore } from './records/records.store';
import { ReportsPageStore } from './reports-page/reports-page.store';

/**
 * `/dashboard`, `/reports`, `/reports/units/:id` and `/reports/people/:id`, inside the signed-in
 * shell. The server decides what each role sees (board every bloc, a secretariat its bloc, a
 * unit its own record). Chart.js loads with the first chart, in its own chunk.
 */
export const REPORTS_ROUTES: Routes = [
  {
    path: 'dashboard',
    providers: [DashboardStore],
    title: $localize`:@@rpDashboardPageTitle:Tổng hợp – Thi đua – Khen thưởng`,
    loadComponent: () =>
      import('./dashboard/dashboard-page.component').then((m) => m.DashboardPageComponent),
  },
  {
    path: 'reports',
    children: [
      {
        path: '',
        providers: [ReportsPageStore],
        title: $localize`:@@rpReportsPageTitle:Báo cáo – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./reports-page/reports-page.component').then((m) => m.ReportsPageComponent),
      },
      {
        path: 'units/:id',
        providers: [RecordsStore],
        title: $localize`:@@rpUnitRecordPageTitle:Hồ sơ đơn vị – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./records/unit-record-page.component').then((m) => m.UnitRecordPageComponent),
      },
      {
        path: 'people/:id',
        providers: [RecordsStore],
        title: $localize`:@@rpPersonRecordPageTitle:Hồ sơ cá nhân – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./records/person-record-page.component').then((m) => m.PersonRecordPageComponent),
      },
    ],
  },
];
