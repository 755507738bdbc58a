import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';

import { ImportWizardComponent, PageHeaderComponent } from '@thidua/shared/ui';

import { REGISTRY_PATHS } from '../registry.paths';
import { UnitImportStore } from './unit-import.store';

/** Import wizard: get the template, choose an .xlsx/.csv file, review the dry-run report, import. */
@Component({
  selector: 'td-unit-import-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, RouterLink, MatButtonModule, ImportWizardComponent, PageHeaderComponent],
  templateUrl: './unit-import-page.component.html',
  styleUrl: '../registry-page.scss',
})
export class UnitImportPageComponent {
  protected readonly store = inject(UnitImportStore);

  protected readonly paths = REGISTRY_PATHS;
  protected readonly heading = $localize`:@@importTitle:Nhập đơn vị từ Excel`;
  protected readonly subheading = $localize`:@@importSubtitle:Đăng ký nhiều đơn vị cùng lúc từ tệp .xlsx hoặc .csv theo tệp mẫu.`;
  protected readonly codeLabel = $localize`:@@unitCode:Mã đơn vị`;
  protected readonly nameLabel = $localize`:@@unitName:Tên đơn vị`;
}
