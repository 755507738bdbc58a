import { Routes } from '@angular/router';

import { BlocDetailStore } from './bloc-detail/bloc-detail.store';
import { BlocsStore } from './blocs/blocs.store';
import { UnitDetailStore } from './unit-detail/unit-detail.store';
import { UnitImportStore } from './unit-import/unit-import.store';
import { UnitKindsStore } from './unit-kinds/unit-kinds.store';
import { OrganisationStore } from './organisation/organisation.store';
import { OutgoingNumbersStore } from './outgoing-numbers/outgoing-numbers.store';
import { UnitsStore } from './units/units.store';

/**
 * Units and blocs, mounted at the root inside the signed-in shell: `/units`, `/units/import`,
 * `/units/:id`, `/blocs`, `/blocs/:id?year=`. Every signed-in role may read them; actions check
 * `REGISTRY_ACCESS` and the server's `canManage`.
 */
export const REGISTRY_ROUTES: Routes = [
  {
    path: 'units',
    children: [
      {
        path: '',
        providers: [UnitsStore],
        title: $localize`:@@unitsPageTitle:Đơn vị – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./units/units-page.component').then((m) => m.UnitsPageComponent),
      },
      {
        path: 'import',
        providers: [UnitImportStore],
        title: $localize`:@@importPageTitle:Nhập đơn vị từ Excel – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./unit-import/unit-import-page.component').then((m) => m.UnitImportPageComponent),
      },
      {
        path: ':id',
        providers: [UnitDetailStore],
        title: $localize`:@@unitPageTitle:Đơn vị – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./unit-detail/unit-detail-page.component').then((m) => m.UnitDetailPageComponent),
      },
    ],
  },
  {
    path: 'blocs',
    children: [
      {
        path: '',
        providers: [BlocsStore],
        title: $localize`:@@blocsPageTitle:Khối, cụm thi đua – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./blocs/blocs-page.component').then((m) => m.BlocsPageComponent),
      },
      {
        path: ':id',
        providers: [BlocDetailStore],
        title: $localize`:@@blocPageTitle:Khối, cụm thi đua – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./bloc-detail/bloc-detail-page.component').then((m) => m.BlocDetailPageComponent),
      },
    ],
  },
];

/** The unit kinds admin page; mount at `admin/unit-kinds` behind `permissionGuard('registry.manage')`. */
export const UNIT_KINDS_ROUTES: Routes = [
  {
    path: '',
    providers: [UnitKindsStore],
    title: $localize`:@@unitKindsPageTitle:Loại đơn vị – Thi đua – Khen thưởng`,
    loadComponent: () =>
      import('./unit-kinds/unit-kinds-page.component').then((m) => m.UnitKindsPageComponent),
  },
];

/** The organisation profile admin page; mount at `admin/organisation` behind `permissionGuard('organisation.manage')`. */
export const ORGANISATION_ROUTES: Routes = [
  {
    path: '',
    providers: [OrganisationStore],
    title: $localize`:@@orgPageTitle:Hồ sơ cơ quan – Thi đua – Khen thưởng`,
    loadComponent: () =>
      import('./organisation/organisation-page.component').then((m) => m.OrganisationPageComponent),
  },
];

/** The register of outgoing documents; mount at `admin/outgoing-numbers` behind `permissionGuard('register.outgoing')`. */
export const OUTGOING_NUMBERS_ROUTES: Routes = [
  {
    path: '',
    providers: [OutgoingNumbersStore],
    title: $localize`:@@outgoingPageTitle:Sổ văn bản đi – Thi đua – Khen thưởng`,
    loadComponent: () =>
      import('./outgoing-numbers/outgoing-numbers-page.component').then(
        (m) => m.OutgoingNumbersPageComponent,
      ),
  },
];
