import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import type { UnitKindResponse } from '@thidua/registry/contracts';
import { applyFieldErrors, serverError } from '@thidua/shared/data-access';
import { FORM_HELPERS } from '@thidua/shared/ui';

import { UnitKindsStore } from './unit-kinds.store';

/** Adds a unit kind, or renames one (`data` = the kind). Closes with `true` when saved. */
@Component({
  selector: 'td-unit-kind-form-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    FORM_HELPERS,
  ],
  template: `
    <h2 mat-dialog-title>
      @if (kind) {
        <ng-container i18n="@@unitKindEditTitle">Sửa loại đơn vị</ng-container>
      } @else {
        <ng-container i18n="@@unitKindCreateTitle">Thêm loại đơn vị</ng-container>
      }
    </h2>
    <form tdFocusFirstError [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="dialog-content">
        @if (formError(); as message) {
          <p class="error-box" role="alert">{{ message }}</p>
        }
        <mat-form-field>
          <mat-label i18n="@@unitKindCode">Mã loại</mat-label>
          <input matInput formControlName="code" autocomplete="off" required />
          @if (form.controls.code.hasError('required')) {
            <mat-error i18n="@@unitKindCodeRequired">Vui lòng nhập mã loại.</mat-error>
          } @else if (serverError(form.controls.code); as message) {
            <mat-error>{{ message }}</mat-error>
          }
          <mat-hint align="end" [tdCharCount]="form.controls.code" />
          <mat-error [tdFieldError]="form.controls.code" />
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n="@@unitKindName">Tên loại đơn vị</mat-label>
          <input matInput formControlName="name" autocomplete="off" required />
          @if (form.controls.name.hasError('required')) {
            <mat-error i18n="@@unitKindNameRequired">Vui lòng nhập tên loại đơn vị.</mat-error>
          } @else if (serverError(form.controls.name); as message) {
            <mat-error>{{ message }}</mat-error>
          }
          <mat-hint align="end" [tdCharCount]="form.controls.name" />
          <mat-error [tdFieldError]="form.controls.name" />
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@dialogCancel">Hủy</button>
        <button mat-flat-button type="submit" [disabled]="isSaving()" i18n="@@save">Lưu</button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: '../registry-page.scss',
})
export class UnitKindFormDialogComponent {
  protected readonly kind = inject<UnitKindResponse | null>(MAT_DIALOG_DATA);
  private readonly store = inject(UnitKindsStore);
  private readonly dialogRef =
    inject<MatDialogRef<UnitKindFormDialogComponent, boolean>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly serverError = serverError;
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly form = this.fb.group({
    code: this.fb.control({ value: this.kind?.code ?? '', disabled: !!this.kind }, [
      Validators.required,
      Validators.maxLength(50),
    ]),
    name: [this.kind?.name ?? '', [Validators.required, Validators.maxLength(120)]],
  });

  protected async save(): Promise<void> {
    if (this.form.invalid || this.isSaving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    this.formError.set(null);
    const value = this.form.getRawValue();
    const error = this.kind
      ? await this.store.update(this.kind, { name: value.name.trim() })
      : await this.store.create({ code: value.code.trim(), name: value.name.trim() });
    this.isSaving.set(false);
    if (!error) {
      this.dialogRef.close(true);
      return;
    }
    const unmatched = applyFieldErrors(this.form, error);
    if (!error.fieldErrors || unmatched.length) {
      this.formError.set(unmatched.length ? unmatched.join(' ') : error.message);
    }
  }
}
