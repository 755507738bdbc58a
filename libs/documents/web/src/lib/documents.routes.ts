import { inject } from '@angular/core';
import { type CanActivateFn, Router, type Routes } from '@angular/router';

import { AwardListBuilderStore } from './award-list-builder/award-list-builder.store';
import { AwardListDetailStore } from './award-list-detail/award-list-detail.store';
import { AwardListsListStore } from './award-lists-list/award-lists-list.store';
import { CertificateLayoutsStore } from './certificate-layouts/certificate-layouts.store';
import { DOCUMENTS_ACCESS, canBuildAwardLists } from './documents-access';
import { SigningCertificatesStore } from './signing-certificates/signing-certificates.store';

/** Only admins and secretariat users build lists (the server checks the bloc and year). */
export const canBuildAwardListsGuard: CanActivateFn = () =>
  canBuildAwardLists(inject(DOCUMENTS_ACCESS)) || inject(Router).parseUrl('/forbidden');

/**
 * Award lists, mounted at the root inside the signed-in shell: `/awards/lists`,
 * `/awards/lists/new` and `/awards/lists/:id`. Every signed-in role may read them; actions follow
 * `DOCUMENTS_ACCESS` and the server's `canManage`.
 */
export const DOCUMENTS_ROUTES: Routes = [
  {
    path: 'awards/lists',
    children: [
      {
        path: '',
        providers: [AwardListsListStore],
        title: $localize`:@@alListPageTitle:Danh sách khen thưởng – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./award-lists-list/award-lists-list-page.component').then(
            (m) => m.AwardListsListPageComponent,
          ),
      },
      {
        path: 'new',
        canActivate: [canBuildAwardListsGuard],
        providers: [AwardListBuilderStore],
        title: $localize`:@@alBuilderPageTitle:Lập danh sách khen thưởng – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./award-list-builder/award-list-builder-page.component').then(
            (m) => m.AwardListBuilderPageComponent,
          ),
      },
      {
        path: ':id',
        providers: [AwardListDetailStore],
        title: $localize`:@@alDetailPageTitle:Danh sách khen thưởng – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./award-list-detail/award-list-detail-page.component').then(
            (m) => m.AwardListDetailPageComponent,
          ),
      },
    ],
  },
];

/** The list laid out for the printer, full page without the shell: `/awards/lists/:id/print`. */
export const DOCUMENTS_PRINT_ROUTES: Routes = [
  {
    path: 'awards/lists/:id/print',
    providers: [AwardListDetailStore],
    title: $localize`:@@alPrintPageTitle:In danh sách khen thưởng – Thi đua – Khen thưởng`,
    loadComponent: () =>
      import('./award-list-print/award-list-print-page.component').then(
        (m) => m.AwardListPrintPageComponent,
      ),
  },
];

/** The certificate layouts (admin): mount at `admin/certificate-layouts` behind an admin guard. */
export const CERTIFICATE_LAYOUTS_ROUTES: Routes = [
  {
    path: '',
    providers: [CertificateLayoutsStore],
    title: $localize`:@@clPageTitle:Mẫu in bằng khen – Thi đua – Khen thưởng`,
    loadComponent: () =>
      import('./certificate-layouts/certificate-layouts-page.component').then(
        (m) => m.CertificateLayoutsPageComponent,
      ),
  },
];

/** The signing certificates (admin): mount at `admin/signing-certificates` behind its permission. */
export const SIGNING_CERTIFICATES_ROUTES: Routes = [
  {
    path: '',
    providers: [SigningCertificatesStore],
    title: $localize`:@@sgPageTitle:Chữ ký số – Thi đua – Khen thưởng`,
    loadComponent: () =>
      import('./signing-certificates/signing-certificates-page.component').then(
        (m) => m.SigningCertificatesPageComponent,
      ),
  },
];
