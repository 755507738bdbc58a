import type { HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type { ImportReport } from '@thidua/registry/contracts';
import { ImportWizardStore } from '@thidua/shared/data-access';

import { UnitsApi } from '../units/units.api';

/** The unit import wizard: choose a file, check it (dry run), then import it. Provided per route. */
@Injectable()
export class UnitImportStore extends ImportWizardStore<ImportReport> {
  private readonly api = inject(UnitsApi);
  protected readonly templateName = 'Mẫu nhập đơn vị.xlsx';

  protected upload(file: File, dryRun: boolean): Observable<ImportReport> {
    return this.api.importFile(file, dryRun);
  }

  protected template(): Observable<HttpResponse<Blob>> {
    return this.api.importTemplate();
  }
}
