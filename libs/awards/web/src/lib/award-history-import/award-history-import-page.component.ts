import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatStepperModule } from '@angular/material/stepper';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';

import { PageHeaderComponent } from '@thidua/shared/ui';

import { AWARDS_PATHS } from '../awards.paths';
import { AwardHistoryImportStore } from './award-history-import.store';

/** Import wizard for the award history: choose an .xlsx/.csv file, review the dry run, import. */
@Component({
  selector: 'td-award-history-import-page',
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
  templateUrl: './award-history-import-page.component.html',
  styleUrls: ['../awards-page.scss', './award-history-import-page.component.scss'],
})
export class AwardHistoryImportPageComponent {
  protected readonly store = inject(AwardHistoryImportStore);

  protected readonly paths = AWARDS_PATHS;
  protected readonly heading = $localize`:@@awImportTitle:Nhập lịch sử khen thưởng từ Excel`;
  protected readonly subheading = $localize`:@@awImportSubtitle:Ghi nhiều khen thưởng đã nhận cùng lúc từ tệp .xlsx hoặc .csv.`;
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
}
