import { Injectable, inject } from '@angular/core';
import { type Observable, firstValueFrom } from 'rxjs';

import type { ImportReport } from '@thidua/registry/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { ImportWizardStore, toApiError, saveDownload } from '@thidua/shared/data-access';

import { UnitsApi } from '../units/units.api';

/** The unit import wizard: choose a file, check it (dry run), then import it. Provided per route. */
@Injectable()
export class UnitImportStore extends ImportWizardStore<ImportReport> {
  private readonly api = inject(UnitsApi);

  protected upload(file: File, dryRun: boolean): Observable<ImportReport> {
    return this.api.importFile(file, dryRun);
  }

  async downloadTemplate(): Promise<ApiError | null> {
    try {
      saveDownload(await firstValueFrom(this.api.importTemplate()), 'mau-nhap-don-vi.xlsx');
      return null;
    } catch (error) {
      return toApiError(error);
    }
  }
}
