import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import type { ApiError } from '@thidua/shared/contracts';
import { FORM_HELPERS } from '@thidua/shared/ui';

export interface PledgeReopenDialogData {
  reopen(reason: string): Promise<ApiError | null>;
}

/** Reopens a locked pledge, with the reason recorded. Closes with `true`. */
@Component({
  selector: 'td-pledge-reopen-dialog',
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
    <h2 mat-dialog-title i18n="@@pledgeReopenTitle">Mở lại giao ước</h2>
    <form tdFocusFirstError (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="dialog-content">
        <p class="note" i18n="@@pledgeReopenHelp">
          Giao ước đã khóa vì mọi thành viên đã ký. Mở lại để sửa nội dung hoặc chữ ký; lý do được
          ghi vào nhật ký.
        </p>
        @if (formError(); as message) {
          <p class="error-box" role="alert">{{ message }}</p>
        }
        <mat-form-field>
          <mat-label i18n="@@pledgeReopenReason">Lý do</mat-label>
          <textarea matInput [formControl]="reason" rows="3" required></textarea>
          <mat-error i18n="@@pledgeReopenReasonRequired">Vui lòng nhập lý do.</mat-error>
          <mat-hint align="end" [tdCharCount]="reason" />
          <mat-error [tdFieldError]="reason" />
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@dialogCancel">Hủy</button>
        <button mat-flat-button type="submit" [disabled]="isSaving()">
          <span i18n="@@pledgeReopenSubmit">Mở lại</span>
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: '../movements-page.scss',
})
export class PledgeReopenDialogComponent {
  protected readonly data = inject<PledgeReopenDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<PledgeReopenDialogComponent, boolean>>(MatDialogRef);

  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(1000)],
  });

  protected async save(): Promise<void> {
    const reason = this.reason.value.trim();
    if (!reason) {
      this.reason.setErrors({ required: true });
      this.reason.markAsTouched();
      return;
    }
    if (this.isSaving()) return;
    this.isSaving.set(true);
    this.formError.set(null);
    const error = await this.data.reopen(reason);
    this.isSaving.set(false);
    if (error) this.formError.set(error.message);
    else this.dialogRef.close(true);
  }
}
