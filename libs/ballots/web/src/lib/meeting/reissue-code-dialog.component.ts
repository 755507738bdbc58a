import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import type { ReissueCodeRequest } from '@thidua/ballots/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { applyFieldErrors, serverError } from '@thidua/shared/data-access';
import { FORM_HELPERS } from '@thidua/shared/ui';

export interface ReissueCodeDialogData {
  delegate: string;
  /** Whether a ballot of the meeting is open: then the chair's approval is required. */
  isBallotOpen: boolean;
  /** Reissues; answers null when done, or the error to show. */
  save(request: ReissueCodeRequest): Promise<ApiError | null>;
}

/**
 * "Cấp lại mã": a new code for a delegate who lost theirs (the old one stops working), with the
 * reason, and while a ballot is open the chair's approval. Closes with `true` once reissued.
 */
@Component({
  selector: 'td-reissue-code-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    FORM_HELPERS,
  ],
  templateUrl: './reissue-code-dialog.component.html',
  styleUrl: '../ballots-page.scss',
  styles: `
    .error-text {
      margin: 4px 0 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class ReissueCodeDialogComponent {
  protected readonly data = inject<ReissueCodeDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<ReissueCodeDialogComponent, boolean>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly serverError = serverError;
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly form = this.fb.group({
    reason: ['', [Validators.required, Validators.maxLength(500)]],
    isChairApproved: [false, this.data.isBallotOpen ? [Validators.requiredTrue] : []],
  });

  protected async save(): Promise<void> {
    if (this.form.invalid || this.isSaving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    this.formError.set(null);
    const value = this.form.getRawValue();
    const error = await this.data.save({
      reason: value.reason.trim(),
      isChairApproved: value.isChairApproved,
    });
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
