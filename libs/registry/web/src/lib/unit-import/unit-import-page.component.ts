import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { DecimalPipe } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatStepperModule } from '@angular/material/stepper';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';

import { PageHeaderComponent } from '@thidua/shared/ui';

import { snackClose } from '../labels';
import { REGISTRY_PATHS } from '../registry.paths';
import { UnitImportStore } from './unit-import.store';

/** Import wizard: choose an .xlsx/.csv file, review the dry-run report, import. */
@Component({
  selector: 'td-unit-import-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DecimalPipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatStepperModule,
    MatTableModule,
    PageHeaderComponent,
  ],
  templateUrl: './unit-import-page.component.html',
  styleUrls: ['../registry-page.scss', './unit-import-page.component.scss'],
})
export class UnitImportPageComponent {
  protected readonly store = inject(UnitImportStore);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly paths = REGISTRY_PATHS;
  protected readonly heading = $localize`:@@importTitle:Nhập đơn vị từ Excel`;
  protected readonly subheading = $localize`:@@importSubtitle:Đăng ký nhiều đơn vị cùng lúc từ tệp .xlsx hoặc .csv theo tệp mẫu.`;
  protected readonly columns = ['row', 'code', 'name', 'errors'];
  protected readonly fileError = signal<string | null>(null);
  protected readonly showAllRows = signal(false);
  protected readonly stepIndex = computed(() => {
    switch (this.store.step()) {
      case 'choose':
        return 0;
      case 'checked':
        return 1;
      case 'done':
        return 2;
    }
  });
  protected readonly rows = computed(() =>
    this.showAllRows() ? (this.store.report()?.rows ?? []) : this.store.invalidRows(),
  );

  protected chooseFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.fileError.set(this.store.chooseFile(input.files?.[0] ?? null));
  }

  protected async checkFile(): Promise<void> {
    await this.store.check();
  }

  protected async importFile(): Promise<void> {
    await this.store.import();
  }

  protected startOver(input: HTMLInputElement): void {
    input.value = '';
    this.fileError.set(null);
    this.showAllRows.set(false);
    this.store.reset();
  }

  protected async downloadTemplate(): Promise<void> {
    const error = await this.store.downloadTemplate();
    if (error) this.snackBar.open(error.message, snackClose(), { duration: 5000 });
  }

  protected errorText(errors: Array<{ message: string }>): string {
    return errors.map((error) => error.message).join(' ');
  }
}
