import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import type { UserResponse } from '@thidua/auth/contracts';
import { applyFieldErrors, serverError } from '@thidua/shared/data-access';

import { matchingPasswordsValidator, passwordStrengthValidator } from '../password.validators';
import { UsersStore } from './users.store';

/** Sets a new password for another user; they must change it at the next sign-in. */
@Component({
  selector: 'td-reset-password-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  template: `
    <h2 mat-dialog-title i18n="@@resetPasswordTitle">Đặt lại mật khẩu</h2>
    <form [formGroup]="form" (ngSubmit)="resetPassword()" novalidate>
      <mat-dialog-content class="content">
        <p i18n="@@resetPasswordIntro">
          Đặt mật khẩu mới cho <strong>{{ user.fullName }}</strong> ({{ user.username }}). Người
          dùng sẽ phải đổi mật khẩu ở lần đăng nhập tiếp theo.
        </p>
        @if (formError(); as message) {
          <p class="error" role="alert">{{ message }}</p>
        }
        <mat-form-field appearance="outline">
          <mat-label i18n="@@changePasswordNew">Mật khẩu mới</mat-label>
          <input
            matInput
            type="text"
            formControlName="newPassword"
            autocomplete="new-password"
            required
          />
          @if (form.controls.newPassword.hasError('required')) {
            <mat-error i18n="@@changePasswordNewRequired">Vui lòng nhập mật khẩu mới.</mat-error>
          } @else if (form.controls.newPassword.getError('strength'); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else if (serverError(form.controls.newPassword); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label i18n="@@changePasswordConfirm">Nhập lại mật khẩu mới</mat-label>
          <input
            matInput
            type="text"
            formControlName="confirmPassword"
            autocomplete="new-password"
            required
          />
          @if (form.controls.confirmPassword.hasError('mismatch')) {
            <mat-error i18n="@@changePasswordMismatch">Hai mật khẩu không khớp.</mat-error>
          } @else if (form.controls.confirmPassword.hasError('required')) {
            <mat-error i18n="@@changePasswordConfirmRequired"
              >Vui lòng nhập lại mật khẩu mới.</mat-error
            >
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@dialogCancel">Hủy</button>
        <button mat-flat-button type="submit" [disabled]="isSaving()" i18n="@@resetPasswordSubmit">
          Đặt lại mật khẩu
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .content {
      display: flex;
      flex-direction: column;
      gap: 4px;
      min-width: min(420px, 80vw);
    }
    .error {
      margin: 0 0 12px;
      padding: 12px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class ResetPasswordDialogComponent {
  protected readonly user = inject<UserResponse>(MAT_DIALOG_DATA);
  private readonly store = inject(UsersStore);
  private readonly dialogRef =
    inject<MatDialogRef<ResetPasswordDialogComponent, boolean>>(MatDialogRef);
  protected readonly serverError = serverError;
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      newPassword: ['', [Validators.required, passwordStrengthValidator]],
      confirmPassword: ['', [Validators.required]],
    },
    { validators: [matchingPasswordsValidator('newPassword', 'confirmPassword')] },
  );

  protected async resetPassword(): Promise<void> {
    if (this.form.invalid || this.isSaving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    this.formError.set(null);
    const error = await this.store.resetPassword(this.user, this.form.getRawValue().newPassword);
    this.isSaving.set(false);
    if (!error) {
      this.dialogRef.close(true);
      return;
    }
    const unmatched = applyFieldErrors(this.form, error);
    if (!error.fieldErrors || unmatched.length) this.formError.set(error.message);
  }
}
