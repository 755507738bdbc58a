import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { PERFORMANCE_RATINGS, type PerformanceRating } from '@thidua/awards/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { applyFieldErrors, serverError } from '@thidua/shared/data-access';
import { FORM_HELPERS, yearValidator } from '@thidua/shared/ui';

import { currentYear } from '../awards.status';
import type { PersonYearRecord } from '../beneficiaries.api';
import { ratingLabel } from '../labels';

export interface RecordDialogData {
  /** The record to change; absent to add a year. */
  record?: PersonYearRecord | null;
  save(
    year: number,
    request: { rating: PerformanceRating; initiatives: number },
  ): Promise<ApiError | null>;
}

/** Adds or changes a person's yearly assessment. Closes with `true` when saved. */
@Component({
  selector: 'td-record-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    FORM_HELPERS,
  ],
  template: `
    <h2 mat-dialog-title i18n="@@awRecordTitle">Kết quả đánh giá năm</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="dialog-content">
        @if (formError(); as message) {
          <p class="error-box" role="alert">{{ message }}</p>
        }
        <mat-form-field>
          <mat-label i18n="@@year">Năm</mat-label>
          <input matInput type="number" formControlName="year" />
          @if (serverError(form.controls.year); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else if (form.controls.year.hasError('required')) {
            <mat-error i18n="@@yearRequired">Vui lòng nhập năm.</mat-error>
          } @else {
            <mat-error [tdFieldError]="form.controls.year" />
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n="@@awRating">Xếp loại</mat-label>
          <mat-select formControlName="rating">
            @for (rating of ratings; track rating) {
              <mat-option [value]="rating">{{ ratingLabel(rating) }}</mat-option>
            }
          </mat-select>
          @if (serverError(form.controls.rating); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n="@@awInitiatives">Số sáng kiến được công nhận</mat-label>
          <input matInput type="number" min="0" formControlName="initiatives" />
          @if (serverError(form.controls.initiatives); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else {
            <mat-error i18n="@@awCountRequired">Nhập một số không âm.</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@dialogCancel">Hủy</button>
        <button mat-flat-button type="submit" [disabled]="isSaving()">
          <span i18n="@@save">Lưu</span>
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: '../awards-page.scss',
})
export class RecordDialogComponent {
  protected readonly data = inject<RecordDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<RecordDialogComponent, boolean>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly ratings = PERFORMANCE_RATINGS;
  protected readonly ratingLabel = ratingLabel;
  protected readonly serverError = serverError;
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly form = this.fb.group({
    year: new FormControl<number | null>(
      { value: this.data.record?.termYear ?? currentYear() - 1, disabled: !!this.data.record },
      [Validators.required, yearValidator, Validators.min(2000)],
    ),
    rating: this.fb.control<PerformanceRating>(
      this.data.record?.rating ?? 'good',
      Validators.required,
    ),
    initiatives: new FormControl<number | null>(this.data.record?.initiatives ?? 0, [
      Validators.required,
      Validators.min(0),
    ]),
  });

  protected async save(): Promise<void> {
    const { year, rating, initiatives } = this.form.getRawValue();
    if (this.form.invalid || year === null || initiatives === null || this.isSaving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    this.formError.set(null);
    const error = await this.data.save(year, { rating, initiatives });
    this.isSaving.set(false);
    if (error) {
      applyFieldErrors(this.form, error);
      this.formError.set(error.message);
    } else {
      this.dialogRef.close(true);
    }
  }
}
