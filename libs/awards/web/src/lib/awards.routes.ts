import { Routes } from '@angular/router';

import { AwardHistoryImportStore } from './award-history-import/award-history-import.store';
import { AwardHistoryStore } from './award-history/award-history.store';
import { AwardTypesStore } from './award-types/award-types.store';
import { awardsAdminGuard } from './awards.guards';
import { CLEARANCE_ROUTES } from './clearance/clearance.routes';
import { NominationDetailStore } from './nomination-detail/nomination-detail.store';
import { NominationFormStore } from './nomination-form/nomination-form.store';
import { NominationsListStore } from './nominations-list/nominations-list.store';
import { PersonDetailStore } from './person-detail/person-detail.store';

/**
 * Nominations, award history and people, mounted at the root inside the signed-in shell:
 * `/nominations`, `/nominations/new`, `/nominations/:id`, `/nominations/:id/edit`,
 * `/award-history`, `/award-history/import` (admins) and `/people/:id`. Every signed-in role may
 * read them; actions follow `AWARDS_ACCESS` and the server's `allowedActions`/`canEdit`.
 */
export const AWARDS_ROUTES: Routes = [
  ...CLEARANCE_ROUTES,
  {
    path: 'nominations',
    children: [
      {
        path: '',
        providers: [NominationsListStore],
        title: $localize`:@@awNominationsPageTitle:Đề nghị khen thưởng – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./nominations-list/nominations-list-page.component').then(
            (m) => m.NominationsListPageComponent,
          ),
      },
      {
        path: 'new',
        providers: [NominationFormStore],
        title: $localize`:@@awNominationCreatePageTitle:Lập đề nghị – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./nomination-form/nomination-form-page.component').then(
            (m) => m.NominationFormPageComponent,
          ),
      },
      {
        path: ':id',
        providers: [NominationDetailStore],
        title: $localize`:@@awNominationPageTitle:Đề nghị khen thưởng – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./nomination-detail/nomination-detail-page.component').then(
            (m) => m.NominationDetailPageComponent,
          ),
      },
      {
        path: ':id/edit',
        providers: [NominationFormStore],
        title: $localize`:@@awNominationEditPageTitle:Sửa đề nghị – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./nomination-form/nomination-form-page.component').then(
            (m) => m.NominationFormPageComponent,
          ),
      },
    ],
  },
  {
    path: 'award-history',
    children: [
      {
        path: '',
        providers: [AwardHistoryStore],
        title: $localize`:@@awHistoryPageTitle:Lịch sử khen thưởng – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./award-history/award-history-page.component').then(
            (m) => m.AwardHistoryPageComponent,
          ),
      },
      {
        path: 'import',
        canActivate: [awardsAdminGuard],
        providers: [AwardHistoryImportStore],
        title: $localize`:@@awImportPageTitle:Nhập lịch sử khen thưởng – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./award-history-import/award-history-import-page.component').then(
            (m) => m.AwardHistoryImportPageComponent,
          ),
      },
    ],
  },
  {
    path: 'people/:id',
    providers: [PersonDetailStore],
    title: $localize`:@@awPersonPageTitle:Cá nhân – Thi đua – Khen thưởng`,
    loadComponent: () =>
      import('./person-detail/person-detail-page.component').then(
        (m) => m.PersonDetailPageComponent,
      ),
  },
];

/** The award catalogue (admin), mounted by the app at `/admin/award-types` behind its guard. */
export const AWARD_TYPES_ROUTES: Routes = [
  {
    path: '',
    providers: [AwardTypesStore],
    title: $localize`:@@awTypesPageTitle:Danh mục khen thưởng – Thi đua – Khen thưởng`,
    loadComponent: () =>
      import('./award-types/award-types-page.component').then((m) => m.AwardTypesPageComponent),
  },
];
