import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS } from '@angular/material/form-field';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { MatStepperIntl } from '@angular/material/stepper';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';

import { AUDIT_RECORD_LINK, AuthStore, provideAuth } from '@thidua/auth/web';
import { AWARDS_ACCESS } from '@thidua/awards/web';
import { BALLOTS_ACCESS } from '@thidua/ballots/web';
import { DOCUMENTS_ACCESS } from '@thidua/documents/web';
import { MOVEMENTS_ACCESS } from '@thidua/movements/web';
import { REGISTRY_ACCESS } from '@thidua/registry/web';
import { SCORING_ACCESS } from '@thidua/scoring/web';
import { apiInterceptor } from '@thidua/shared/data-access';
import { provideDayMonthYearDateAdapter } from '@thidua/shared/ui';

import { appRoutes } from './app.routes';
import { auditRecordLink } from './audit-record-link';
import { LocalizedDatepickerIntl } from './layout/localized-datepicker-intl';
import { LocalizedPaginatorIntl } from './layout/localized-paginator-intl';
import { LocalizedStepperIntl } from './layout/localized-stepper-intl';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'top' }),
    ),
    provideHttpClient(withInterceptors([apiInterceptor])),
    provideAuth(),
    // The registry pages read the signed-in user through their own token (registry may not import auth).
    { provide: REGISTRY_ACCESS, useExisting: AuthStore },
    // Likewise for the movement and pledge pages (movements may not import auth/web).
    { provide: MOVEMENTS_ACCESS, useExisting: AuthStore },
    // And for the scoring pages (scoring may not import auth/web).
    { provide: SCORING_ACCESS, useExisting: AuthStore },
    // And for the nomination, award history and catalogue pages (awards may not import auth/web).
    { provide: AWARDS_ACCESS, useExisting: AuthStore },
    // Likewise for the meeting and ballot pages (ballots may not import auth/web).
    { provide: BALLOTS_ACCESS, useExisting: AuthStore },
    // And for the award list and certificate pages (documents may not import auth/web).
    { provide: DOCUMENTS_ACCESS, useExisting: AuthStore },
    // The audit log links each entry to its record's page, which only the app knows of all domains.
    { provide: AUDIT_RECORD_LINK, useValue: auditRecordLink },
    provideDayMonthYearDateAdapter(),
    provideAppInitializer(() => {
      // Icons come from the bundled Material Symbols font (no icon CDN at run time).
      inject(MatIconRegistry).setDefaultFontSetClass('material-symbols-outlined');
    }),
    { provide: MatDatepickerIntl, useClass: LocalizedDatepickerIntl },
    { provide: MatPaginatorIntl, useClass: LocalizedPaginatorIntl },
    { provide: MatStepperIntl, useClass: LocalizedStepperIntl },
    // Dynamic: a long hint or error pushes the next field down instead of running under it.
    {
      provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
      useValue: { appearance: 'outline', subscriptSizing: 'dynamic' },
    },
  ],
};
