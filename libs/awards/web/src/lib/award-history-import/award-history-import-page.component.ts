import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';

import { ImportWizardComponent, PageHeaderComponent } from '@thidua/shared/ui';

import { AWARDS_PATHS } from '../awards.paths';
import { AwardHistoryImportStore } from './award-history-import.store';

/** Import wizard for the award history: template, .xlsx/.csv file, dry run, import. */
@Component({
  selector: 'td-award-history-import-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, RouterLink, MatButtonModule, ImportWizardComponent, PageHeaderComponent],
  templateUrl: './award-history-import-page.component.html',
  styleUrl: '../awards-page.scss',
})
export class AwardHistoryImportPageComponent {
  protected readonly store = inject(AwardHistoryImportStore);

  protected readonly paths = AWARDS_PATHS;
  protected readonly heading = $localize`:@@awImportTitle:Nhập lịch sử khen thưởng từ Excel`;
  protected readonly subheading = $localize`:@@awImportSubtitle:Ghi nhiều khen thưởng đã nhận cùng lúc từ tệp .xlsx hoặc .csv.`;
  protected readonly codeLabel = $localize`:@@awImportColCode:Mã`;
  protected readonly nameLabel = $localize`:@@awImportColName:Tên đối tượng`;
}
