import type { HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type { ImportReport } from '@thidua/registry/contracts';
import { ImportWizardStore } from '@thidua/shared/data-access';

import { AwardHistoryApi } from '../award-history/award-history.api';

/** The history import wizard: choose a file, check it (dry run), then import it. */
@Injectable()
export class AwardHistoryImportStore extends ImportWizardStore<ImportReport> {
  private readonly api = inject(AwardHistoryApi);
  protected readonly templateName = 'Mẫu nhập lịch sử khen thưởng.xlsx';

  protected upload(file: File, dryRun: boolean): Observable<ImportReport> {
    return this.api.importFile(file, dryRun);
  }

  protected template(): Observable<HttpResponse<Blob>> {
    return this.api.importTemplate();
  }
}
