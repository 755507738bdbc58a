import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Observable } from 'rxjs';

import {
  type CreateUnitRequest,
  REGISTRY_ERROR_CODES,
  type UnitKindResponse,
  type UnitListItemResponse,
  type UnitRef,
  type UnitResponse,
} from '@thidua/registry/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import {
  applyFieldErrors,
  serverError,
  chosenOrEmpty,
  isChosen,
  searchAsYouType,
} from '@thidua/shared/data-access';
import { FORM_HELPERS } from '@thidua/shared/ui';

import { unitLabel } from '../labels';

export interface UnitFormDialogData {
  /** The unit to edit; absent to register a new one. */
  unit?: UnitResponse;
  kinds: UnitKindResponse[];
  /** Saves the form; resolves to null on success, else to the error to show. */
  save(request: CreateUnitRequest): Promise<ApiError | null>;
  searchUnits(q: string): Observable<UnitListItemResponse[]>;
}

/** A chosen parent unit, or the text typed while searching. */
type ParentValue = UnitRef | string | null;

/** Registers a unit or edits one. Closes with `true` when saved. */
@Component({
  selector: 'td-unit-form-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    FORM_HELPERS,
  ],
  templateUrl: './unit-form-dialog.component.html',
  styleUrl: '../registry-page.scss',
})
export class UnitFormDialogComponent {
  protected readonly data = inject<UnitFormDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<UnitFormDialogComponent, boolean>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly unit = this.data.unit ?? null;

  protected readonly serverError = serverError;
  protected readonly unitLabel = unitLabel;
  protected readonly isEdit = !!this.unit;
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly kinds = this.withCurrentKind(this.data.kinds);

  protected readonly form = this.fb.group({
    code: [this.unit?.code ?? '', [Validators.required, Validators.maxLength(50)]],
    name: [this.unit?.name ?? '', [Validators.required, Validators.maxLength(255)]],
    shortName: [this.unit?.shortName ?? '', [Validators.maxLength(80)]],
    kindId: [this.unit?.kind?.id ?? ''],
    parent: new FormControl<ParentValue>(this.unit?.parent ?? null, [chosenOrEmpty]),
    address: [this.unit?.address ?? '', [Validators.maxLength(255)]],
    headName: [this.unit?.headName ?? '', [Validators.maxLength(120)]],
    headPosition: [this.unit?.headPosition ?? '', [Validators.maxLength(120)]],
    phone: [this.unit?.phone ?? '', [Validators.maxLength(50)]],
    email: [this.unit?.email ?? '', [Validators.email, Validators.maxLength(120)]],
  });

  protected readonly parentOptions = toSignal(
    searchAsYouType(this.form.controls.parent, (q) => this.data.searchUnits(q)),
    { initialValue: [] as UnitListItemResponse[] },
  );

  protected displayUnit(value: ParentValue): string {
    return isChosen(value) ? unitLabel(value) : (value ?? '');
  }

  protected toRef(unit: UnitListItemResponse): UnitRef {
    return { id: unit.id, code: unit.code, name: unit.name, shortName: unit.shortName };
  }

  protected clearParent(): void {
    this.form.controls.parent.setValue(null);
  }

  protected async save(): Promise<void> {
    if (this.form.invalid || this.isSaving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    this.formError.set(null);
    const value = this.form.getRawValue();
    const text = (s: string) => s.trim() || null;
    const error = await this.data.save({
      code: value.code.trim(),
      name: value.name.trim(),
      shortName: text(value.shortName),
      kindId: value.kindId || null,
      parentId: isChosen(value.parent) ? value.parent.id : null,
      address: text(value.address),
      headName: text(value.headName),
      headPosition: text(value.headPosition),
      phone: text(value.phone),
      email: text(value.email),
    });
    this.isSaving.set(false);
    if (error) {
      this.showError(error);
    } else {
      this.dialogRef.close(true);
    }
  }

  private showError(error: ApiError): void {
    const unmatched = applyFieldErrors(this.form, error, { parentId: 'parent' });
    if (!error.fieldErrors && error.code === REGISTRY_ERROR_CODES.codeTaken) {
      this.form.controls.code.setErrors({ server: error.message });
      this.form.controls.code.markAsTouched();
      return;
    }
    if (!error.fieldErrors && error.code === REGISTRY_ERROR_CODES.parentCycle) {
      this.form.controls.parent.setErrors({ server: error.message });
      this.form.controls.parent.markAsTouched();
      return;
    }
    if (!error.fieldErrors || unmatched.length) {
      this.formError.set(unmatched.length ? unmatched.join(' ') : error.message);
    }
  }

  /** A unit keeps its kind in the list even when that kind is no longer offered. */
  private withCurrentKind(kinds: UnitKindResponse[]): Array<{ id: string; name: string }> {
    const current = this.data.unit?.kind;
    return current && !kinds.some((kind) => kind.id === current.id) ? [current, ...kinds] : kinds;
  }
}
