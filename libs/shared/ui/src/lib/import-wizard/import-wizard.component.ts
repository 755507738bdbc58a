import { DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatStepperModule } from '@angular/material/stepper';
import { MatTableModule } from '@angular/material/table';

import type { ApiError } from '@thidua/shared/contracts';
import type { ImportReportLike, ImportWizardStore } from '@thidua/shared/data-access';

import { CardTableDirective } from '../card-table.directive';
import { FilePickerComponent } from '../file-picker.component';
import { ServerMessagePipe, type ServerSentence } from '../server-message.pipe';

/** A row of an import's report as the wizard shows it. */
export interface ImportRowLike {
  row: number;
  code: string | null;
  name: string | null;
  /** Each error's code and parameters, shown in the page's language (else its `message`). */
  errors: readonly ServerSentence[];
}

/** A report whose rows the wizard can show. */
export type ImportReportWithRows = ImportReportLike & {
  imported: number;
  valid: number;
  rows: readonly ImportRowLike[];
};

/**
 * The three steps of a spreadsheet import: get the template and choose a file; check it (every
 * row's errors, nothing saved); import it. The page gives the store and its own words, projected:
 * `[help]` (the columns the file needs), `[fixErrors]` (nothing was imported), `[done]` (what was
 * imported) and `[doneActions]` (where to go next).
 * Usage: `<td-import-wizard [store]="store" fileId="…" codeLabel="…" nameLabel="…">…</td-import-wizard>`.
 */
@Component({
  selector: 'td-import-wizard',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DecimalPipe,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatStepperModule,
    MatTableModule,
    FilePickerComponent,
    CardTableDirective,
    ServerMessagePipe,
  ],
  templateUrl: './import-wizard.component.html',
  styleUrl: './import-wizard.component.scss',
})
export class ImportWizardComponent {
  readonly store = input.required<ImportWizardStore<ImportReportWithRows>>();
  /** The file input's id (unique on the page). */
  readonly fileId = input.required<string>();
  /** The heading of the column of each row's code, and of its name. */
  readonly codeLabel = input.required<string>();
  readonly nameLabel = input.required<string>();

  protected readonly columns = ['row', 'code', 'name', 'errors'];
  private readonly picker = viewChild.required(FilePickerComponent);
  protected readonly fileError = signal<string | null>(null);
  protected readonly templateError = signal<ApiError | null>(null);
  protected readonly showAllRows = signal(false);
  protected readonly stepIndex = computed(() => {
    switch (this.store().step()) {
      case 'choose':
        return 0;
      case 'checked':
        return 1;
      case 'done':
        return 2;
    }
  });
  protected readonly rows = computed(() =>
    this.showAllRows() ? (this.store().report()?.rows ?? []) : this.store().invalidRows(),
  );

  protected chooseFile(file: File | null): void {
    const refusal = this.store().chooseFile(file);
    this.fileError.set(refusal);
    if (refusal) this.picker().clear();
  }

  protected async downloadTemplate(): Promise<void> {
    this.templateError.set(await this.store().downloadTemplate());
  }

  protected startOver(): void {
    this.picker().clear();
    this.fileError.set(null);
    this.showAllRows.set(false);
    this.store().reset();
  }
}
