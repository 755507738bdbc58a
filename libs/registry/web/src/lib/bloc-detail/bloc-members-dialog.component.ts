import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import {
  MatAutocompleteModule,
  MatAutocompleteSelectedEvent,
} from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Observable } from 'rxjs';

import type { BlocMemberResponse, UnitListItemResponse, UnitRef } from '@thidua/registry/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { searchAsYouType } from '@thidua/shared/data-access';
import { DATEPICKER, toIsoDate } from '@thidua/shared/ui';

import { unitLabel } from '../labels';
import {
  type EditableMember,
  addMember,
  membersChanged,
  moveMember,
  removeMember,
  toEditableMembers,
} from './members-editor';

export interface BlocMembersDialogData {
  year: number;
  members: BlocMemberResponse[];
  /** Units that may join (active, in no bloc that year). */
  searchCandidates(q: string): Observable<UnitListItemResponse[]>;
  save(unitIds: string[], effectiveDate: string | null): Promise<ApiError | null>;
}

/** Edits a year's member list and its rotation order. Closes with `true` when saved. */
@Component({
  selector: 'td-bloc-members-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    DATEPICKER,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
  ],
  templateUrl: './bloc-members-dialog.component.html',
  styleUrls: ['../registry-page.scss', './bloc-members-dialog.component.scss'],
})
export class BlocMembersDialogComponent {
  protected readonly data = inject<BlocMembersDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<BlocMembersDialogComponent, boolean>>(MatDialogRef);
  private readonly original = toEditableMembers(this.data.members);

  protected readonly unitLabel = unitLabel;
  protected readonly members = signal<EditableMember[]>(this.original);
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly hasChanges = computed(() => membersChanged(this.original, this.members()));
  protected readonly minDate = new Date(this.data.year, 0, 1);
  protected readonly maxDate = new Date(this.data.year, 11, 31);
  protected readonly search = new FormControl<string | UnitRef>('', { nonNullable: true });
  protected readonly effectiveDate = new FormControl<Date | null>(null);

  protected readonly candidates = toSignal(
    searchAsYouType(this.search, (q) => this.data.searchCandidates(q)),
    { initialValue: [] as UnitListItemResponse[] },
  );
  /** Candidates not already in the edited list. */
  protected readonly options = computed(() => {
    const listed = new Set(this.members().map((member) => member.unitId));
    return this.candidates().filter((unit) => !listed.has(unit.id));
  });

  protected displayUnit(value: string | UnitRef | null): string {
    return typeof value === 'object' && value ? unitLabel(value) : (value ?? '');
  }

  protected addUnit(event: MatAutocompleteSelectedEvent): void {
    const unit = event.option.value as UnitListItemResponse;
    this.members.update((list) =>
      addMember(list, { id: unit.id, code: unit.code, name: unit.name, shortName: unit.shortName }),
    );
    this.search.setValue('');
  }

  protected removeUnit(member: EditableMember): void {
    this.members.update((list) => removeMember(list, member.unitId));
  }

  protected moveUnit(index: number, delta: -1 | 1): void {
    this.members.update((list) => moveMember(list, index, delta));
  }

  protected async save(): Promise<void> {
    if (this.isSaving() || this.effectiveDate.invalid) {
      this.effectiveDate.markAsTouched();
      return;
    }
    this.isSaving.set(true);
    this.formError.set(null);
    const date = this.effectiveDate.value;
    const error = await this.data.save(
      this.members().map((member) => member.unitId),
      date ? toIsoDate(date) : null,
    );
    this.isSaving.set(false);
    if (error) {
      const dateMessages = error.fieldErrors?.['effectiveDate'];
      if (dateMessages?.length) {
        this.effectiveDate.setErrors({ server: dateMessages.join(' ') });
        this.effectiveDate.markAsTouched();
      }
      this.formError.set(error.message);
    } else {
      this.dialogRef.close(true);
    }
  }

  protected membersMoveUpLabel(name: string): string {
    return $localize`:@@membersMoveUp:Chuyển ${name}:INTERPOLATION: lên trên`;
  }

  protected membersMoveDownLabel(name: string): string {
    return $localize`:@@membersMoveDown:Chuyển ${name}:INTERPOLATION: xuống dưới`;
  }

  protected membersRemoveLabel(name: string): string {
    return $localize`:@@membersRemove:Bỏ ${name}:INTERPOLATION: khỏi khối`;
  }
}
