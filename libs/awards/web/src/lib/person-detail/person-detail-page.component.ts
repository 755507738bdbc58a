import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';

import type { PersonResponse } from '@thidua/awards/contracts';
import { unitPath } from '@thidua/registry/web';
import { CardTableDirective, EmptyStateComponent, PageHeaderComponent } from '@thidua/shared/ui';

import { AWARDS_ACCESS, canEditBeneficiaryOf } from '../awards-access';
import { AWARDS_PATHS, nominationPath } from '../awards.paths';
import type { PersonYearRecord } from '../beneficiaries.api';
import {
  isoToDisplayDate,
  nominationStatusLabel,
  numberVi,
  ratingLabel,
  sexLabel,
  snackClose,
  unitLabel,
} from '../labels';
import { PersonDialogComponent, type PersonDialogData } from '../ui/person-dialog.component';
import { PersonDetailStore } from './person-detail.store';
import { RecordDialogComponent, type RecordDialogData } from './record-dialog.component';

/** A person: details, yearly assessments, awards received and nominations. */
@Component({
  selector: 'td-person-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    EmptyStateComponent,
    PageHeaderComponent,
    CardTableDirective,
  ],
  templateUrl: './person-detail-page.component.html',
  styleUrl: '../awards-page.scss',
})
export class PersonDetailPageComponent {
  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  protected readonly store = inject(PersonDetailStore);
  private readonly access = inject(AWARDS_ACCESS);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly paths = AWARDS_PATHS;
  protected readonly nominationPath = nominationPath;
  protected readonly unitPath = unitPath;
  protected readonly date = isoToDisplayDate;
  protected readonly number = numberVi;
  protected readonly unitLabel = unitLabel;
  protected readonly sexLabel = sexLabel;
  protected readonly ratingLabel = ratingLabel;
  protected readonly statusLabel = nominationStatusLabel;
  protected readonly recordColumns = ['year', 'rating', 'initiatives', 'actions'];
  protected readonly historyColumns = ['year', 'award', 'decision'];
  protected readonly nominationColumns = ['year', 'award', 'status'];
  protected readonly heading = computed(
    () => this.store.person()?.fullName ?? $localize`:@@awPersonTitle:Cá nhân`,
  );
  protected readonly canEdit = computed(() => {
    const person = this.store.person();
    return !!person && canEditBeneficiaryOf(this.access, person.unit?.id ?? null);
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
  }

  protected editRecordLabel(year: number): string {
    return $localize`:@@awRecordEdit:Sửa kết quả năm ${year}:year:`;
  }

  protected editPerson(person: PersonResponse): void {
    const data: PersonDialogData = {
      person,
      searchUnits: (q) => this.store.searchUnits(q),
      save: (request) => this.store.savePerson(request),
    };
    this.dialog
      .open<PersonDialogComponent, PersonDialogData, PersonResponse>(PersonDialogComponent, {
        data,
        width: '560px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.saved();
      });
  }

  protected editRecord(record: PersonYearRecord | null): void {
    const data: RecordDialogData = {
      record,
      save: (year, request) => this.store.saveRecord(year, request),
    };
    this.dialog
      .open<RecordDialogComponent, RecordDialogData, boolean>(RecordDialogComponent, {
        data,
        width: '440px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.saved();
      });
  }

  private saved(): void {
    this.snackBar.open($localize`:@@awSaved:Đã lưu.`, snackClose(), { duration: 3000 });
  }
}
