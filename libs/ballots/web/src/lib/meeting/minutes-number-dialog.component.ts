import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';

import { type TakeNumber, fillNextNumber } from '@thidua/registry/web';
import type { ApiError } from '@thidua/shared/contracts';
import { applyFieldErrors, serverError } from '@thidua/shared/data-access';
import { FORM_HELPERS, fromIsoDate } from '@thidua/shared/ui';

export interface MinutesNumberDialogData {
  ballotTitle: string;
  /** The minutes' date: the meeting's (yyyy-MM-dd). */
  date: string;
  minutesNumber: string | null;
  /** Saves the number (null takes it back); answers null when saved, or the error to show. */
  save(minutesNumber: string | null): Promise<ApiError | null>;
  /** The bloc's register of outgoing numbers, for who may take numbers from it. */
  takeNumber?: TakeNumber;
}

/**
 * "Số biên bản": the number and symbol the vote-count minutes print (3/BB-KTĐ), taken from the
 * bloc's register of outgoing numbers or typed; blank prints "…/BB-KTĐ" to fill in by hand.
 */
@Component({
  selector: 'td-minutes-number-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    FORM_HELPERS,
  ],
  templateUrl: './minutes-number-dialog.component.html',
  styleUrl: '../ballots-page.scss',
})
export class MinutesNumberDialogComponent {
  protected readonly data = inject<MinutesNumberDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<MinutesNumberDialogComponent, boolean>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly serverError = serverError;
  protected readonly isSaving = signal(false);
  protected readonly isTakingNumber = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly form = this.fb.group({
    number: [this.data.minutesNumber ?? '', [Validators.maxLength(80)]],
    // The register numbers the minutes in the year of the meeting's date.
    date: this.fb.control<Date | null>(fromIsoDate(this.data.date)),
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
    if (this.form.invalid || this.isSaving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    this.formError.set(null);
    const error = await this.data.save(this.form.controls.number.value.trim() || null);
    this.isSaving.set(false);
    if (!error) {
      this.dialogRef.close(true);
      return;
    }
    const unmatched = applyFieldErrors(this.form, error, { minutesNumber: 'number' });
    if (!error.fieldErrors || unmatched.length) {
      this.formError.set(unmatched.length ? unmatched.join(' ') : error.message);
    }
  }
}
