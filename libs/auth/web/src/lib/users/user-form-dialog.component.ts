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
import { MatSlideToggleModule } from '@angular/material/slide-toggle';

import {
  AUTH_ERROR_CODES,
  USERNAME_PATTERN,
  type UnitSummary,
  type UserResponse,
} from '@thidua/auth/contracts';
import type { UnitListItemResponse } from '@thidua/registry/contracts';
import { type ApiError, ROLES, type Role } from '@thidua/shared/contracts';
import {
  applyFieldErrors,
  serverError,
  chosenOrEmpty,
  isChosen,
  searchAsYouType,
} from '@thidua/shared/data-access';
import { FORM_HELPERS } from '@thidua/shared/ui';

import { roleLabel } from '../labels';
import { passwordStrengthValidator } from '../password.validators';
import { UsersStore } from './users.store';

export type UserFormDialogData = { mode: 'create' } | { mode: 'edit'; user: UserResponse };

/** A unit chosen from the list, or the text typed while searching. */
type UnitValue = UnitSummary | string | null;

/** Creates a user, or edits one (sends the version it was read at). Closes with `true` when saved. */
@Component({
  selector: 'td-user-form-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    FORM_HELPERS,
  ],
  templateUrl: './user-form-dialog.component.html',
  styleUrl: './user-form-dialog.component.scss',
})
export class UserFormDialogComponent {
  protected readonly data = inject<UserFormDialogData>(MAT_DIALOG_DATA);
  private readonly store = inject(UsersStore);
  private readonly dialogRef = inject<MatDialogRef<UserFormDialogComponent, boolean>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly user = this.data.mode === 'edit' ? this.data.user : null;

  protected readonly roles = ROLES;
  protected readonly roleLabel = roleLabel;
  protected readonly serverError = serverError;
  protected readonly isEdit = this.data.mode === 'edit';
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);

  protected readonly form = this.fb.group({
    username: this.fb.control({ value: this.user?.username ?? '', disabled: this.isEdit }, [
      Validators.required,
      Validators.pattern(USERNAME_PATTERN),
    ]),
    fullName: [this.user?.fullName ?? '', [Validators.required, Validators.maxLength(120)]],
    email: [this.user?.email ?? '', [Validators.email, Validators.maxLength(120)]],
    role: this.fb.control<Role>(this.user?.role ?? 'unit', [Validators.required]),
    unit: new FormControl<UnitValue>(this.user?.unit ?? null, [chosenOrEmpty]),
    isActive: [this.user?.isActive ?? true],
    mailOptOut: [this.user?.mailOptOut ?? false],
    password: this.fb.control(
      '',
      this.isEdit ? [] : [Validators.required, passwordStrengthValidator],
    ),
  });

  protected readonly unitOptions = toSignal(
    searchAsYouType(this.form.controls.unit, (q) => this.store.searchUnits(q)),
    { initialValue: [] as UnitListItemResponse[] },
  );

  protected displayUnit(value: UnitValue): string {
    if (!isChosen(value)) return value ?? '';
    return value.shortName ? `${value.name} (${value.shortName})` : value.name;
  }

  protected toUnitSummary(unit: UnitListItemResponse): UnitSummary {
    return { id: unit.id, name: unit.name, shortName: unit.shortName };
  }

  protected clearUnit(): void {
    this.form.controls.unit.setValue(null);
  }

  protected async save(): Promise<void> {
    if (this.form.invalid || this.isSaving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    this.formError.set(null);
    const value = this.form.getRawValue();
    const unitId = isChosen(value.unit) ? value.unit.id : null;
    const email = value.email.trim() || null;
    const error = this.user
      ? await this.store.update(this.user, {
          fullName: value.fullName.trim(),
          email,
          role: value.role,
          unitId,
          isActive: value.isActive,
          mailOptOut: value.mailOptOut,
        })
      : await this.store.create({
          username: value.username.trim(),
          fullName: value.fullName.trim(),
          email,
          role: value.role,
          unitId,
          password: value.password,
        });
    this.isSaving.set(false);
    if (error) {
      this.showError(error);
    } else {
      this.dialogRef.close(true);
    }
  }

  private showError(error: ApiError): void {
    const unmatched = applyFieldErrors(this.form, error, { unitId: 'unit' });
    if (error.code === AUTH_ERROR_CODES.usernameTaken && !error.fieldErrors) {
      this.form.controls.username.setErrors({ server: error.message });
      this.form.controls.username.markAsTouched();
      return;
    }
    if (error.code === AUTH_ERROR_CODES.unitNotFound && !error.fieldErrors) {
      this.form.controls.unit.setErrors({ server: error.message });
      return;
    }
    if (!error.fieldErrors || unmatched.length) {
      this.formError.set(unmatched.length ? unmatched.join(' ') : error.message);
    }
  }
}
