import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';

import type { CoverLetter } from '@thidua/documents/contracts';
import { type TakeNumber, fillNextNumber } from '@thidua/registry/web';
import type { ApiError } from '@thidua/shared/contracts';
import { applyFieldErrors, serverError } from '@thidua/shared/data-access';

import {
  COVER_LETTER_FIELD_ALIASES,
  coverLetterToFormValue,
  formValueToCoverLetter,
} from './cover-letter-form';
import { DATEPICKER, FORM_HELPERS } from '@thidua/shared/ui';

export interface CoverLetterDialogData {
  coverLetter: CoverLetter;
  /** Resolves to null when saved, else to the error to show. */
  save(coverLetter: CoverLetter): Promise<ApiError | null>;
  /** The register's next number; absent where the user may not take one. */
  takeNumber?: TakeNumber;
}

/** Edits every field of the cover letter (tờ trình). Closes with `true` when saved. */
@Component({
  selector: 'td-cover-letter-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    DATEPICKER,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    FORM_HELPERS,
  ],
  templateUrl: './cover-letter-dialog.component.html',
  styleUrl: '../documents-page.scss',
})
export class CoverLetterDialogComponent {
  protected readonly data = inject<CoverLetterDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject(MatDialogRef<CoverLetterDialogComponent, boolean>);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly initial = coverLetterToFormValue(this.data.coverLetter);

  protected readonly serverError = serverError;
  protected readonly isSaving = signal(false);
  protected readonly isTakingNumber = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly form = this.fb.group({
    parentAgency: [this.initial.parentAgency, Validators.maxLength(255)],
    issuingAgency: [this.initial.issuingAgency, [Validators.required, Validators.maxLength(255)]],
    issuerName: [this.initial.issuerName, Validators.maxLength(255)],
    number: [this.initial.number, Validators.maxLength(60)],
    place: [this.initial.place, Validators.maxLength(100)],
    date: this.fb.control<Date | null>(this.initial.date),
    recipients: [this.initial.recipients],
    bases: [this.initial.bases],
    subject: [this.initial.subject, Validators.maxLength(1000)],
    body: [this.initial.body, Validators.maxLength(5000)],
    attachmentsLine: [this.initial.attachmentsLine, Validators.maxLength(500)],
    copyTo: [this.initial.copyTo],
    signerTitle: [this.initial.signerTitle, Validators.maxLength(255)],
    signerPosition: [this.initial.signerPosition, Validators.maxLength(255)],
    signerName: [this.initial.signerName, Validators.maxLength(120)],
  });

  protected takeNumber(): Promise<void> {
    const take = this.data.takeNumber;
    if (!take) return Promise.resolve();
    return fillNextNumber(take, this.form.controls, {
      busy: this.isTakingNumber,
      error: this.formError,
    });
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.isSaving()) return;
    this.isSaving.set(true);
    this.formError.set(null);
    const error = await this.data.save(
      formValueToCoverLetter(this.form.getRawValue(), this.data.coverLetter),
    );
    this.isSaving.set(false);
    if (!error) {
      this.dialogRef.close(true);
      return;
    }
    const unmatched = applyFieldErrors(this.form, error, COVER_LETTER_FIELD_ALIASES);
    this.formError.set(
      unmatched.length ? unmatched.join(' ') : error.fieldErrors ? null : error.message,
    );
  }
}
