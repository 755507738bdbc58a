import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';

import type { AwardListRow, RecordDecisionRequest } from '@thidua/documents/contracts';
import { type TakeNumber, fillNextNumber } from '@thidua/registry/web';
import type { ApiError } from '@thidua/shared/contracts';
import { applyFieldErrors, serverError } from '@thidua/shared/data-access';
import { DATEPICKER, FORM_HELPERS, toIsoDate } from '@thidua/shared/ui';

export interface DecisionDialogData {
  rows: AwardListRow[];
  /** Resolves to null when saved, else to the error to show. */
  save(decision: Omit<RecordDecisionRequest, 'version'>): Promise<ApiError | null>;
  /** The register's next number for the decision's date. */
  takeNumber?: TakeNumber;
}

/** Records the province's decision: number, date, signer and the rows not approved. */
@Component({
  selector: 'td-decision-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    DATEPICKER,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    FORM_HELPERS,
  ],
  template: `
    <h2 mat-dialog-title i18n="@@alDecisionTitle">Ghi quyết định khen thưởng</h2>
    <form tdFocusFirstError [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="dialog-content">
        @if (formError(); as message) {
          <p class="error-box" role="alert">{{ message }}</p>
        }
        <mat-form-field>
          <mat-label i18n="@@alDecisionNumber">Số quyết định</mat-label>
          <input matInput formControlName="number" cdkFocusInitial />
          @if (data.takeNumber) {
            <button
              mat-icon-button
              matSuffix
              type="button"
              [disabled]="isTakingNumber()"
              (click)="takeNumber()"
              i18n-aria-label="@@alTakeNumber"
              aria-label="Lấy số tiếp theo trong sổ văn bản đi"
              i18n-title="@@alTakeNumberTitle"
              title="Lấy số tiếp theo trong sổ văn bản đi"
            >
              <mat-icon aria-hidden="true">pin</mat-icon>
            </button>
          }
          @if (serverError(form.controls.number); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else if (form.controls.number.hasError('required')) {
            <mat-error i18n="@@alDecisionNumberRequired">Vui lòng nhập số quyết định.</mat-error>
          }
          <mat-hint align="end" [tdCharCount]="form.controls.number" />
          <mat-error [tdFieldError]="form.controls.number" />
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n="@@alDecisionDate">Ngày quyết định</mat-label>
          <input
            matInput
            [matDatepicker]="picker"
            formControlName="date"
            i18n-placeholder="@@alDatePlaceholder"
            placeholder="ngày/tháng/năm"
          />
          <mat-datepicker-toggle matIconSuffix [for]="picker" />
          <mat-datepicker #picker />
          @if (serverError(form.controls.date); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else {
            <mat-error i18n="@@alDecisionDateRequired">Vui lòng nhập ngày quyết định.</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n="@@alDecisionSigner">Người ký</mat-label>
          <input matInput formControlName="signer" />
          @if (serverError(form.controls.signer); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else if (form.controls.signer.hasError('required')) {
            <mat-error i18n="@@alDecisionSignerRequired">Vui lòng nhập người ký.</mat-error>
          }
          <mat-hint align="end" [tdCharCount]="form.controls.signer" />
          <mat-error [tdFieldError]="form.controls.signer" />
        </mat-form-field>
        <fieldset class="signer">
          <legend i18n="@@alDecisionRejected">Các đề nghị không được duyệt</legend>
          <div class="check-list">
            @for (row of data.rows; track row.nominationId) {
              <mat-checkbox
                [checked]="rejected().has(row.nominationId)"
                (change)="toggle(row.nominationId, $event.checked)"
              >
                {{ row.name }} – {{ row.award.name }}
              </mat-checkbox>
            }
          </div>
        </fieldset>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@alCancel">Hủy</button>
        <button mat-flat-button type="submit" [disabled]="isSaving()" i18n="@@alSave">Lưu</button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: '../documents-page.scss',
})
export class DecisionDialogComponent {
  protected readonly data = inject<DecisionDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject(MatDialogRef<DecisionDialogComponent, boolean>);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly serverError = serverError;
  protected readonly isSaving = signal(false);
  protected readonly isTakingNumber = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly rejected = signal<ReadonlySet<string>>(new Set());
  protected readonly form = this.fb.group({
    number: ['', [Validators.required, Validators.maxLength(60)]],
    date: this.fb.control<Date | null>(null, Validators.required),
    signer: ['', [Validators.required, Validators.maxLength(255)]],
  });

  protected takeNumber(): Promise<void> {
    const take = this.data.takeNumber;
    if (!take) return Promise.resolve();
    return fillNextNumber(take, this.form.controls, {
      busy: this.isTakingNumber,
      error: this.formError,
    });
  }

  protected toggle(id: string, isRejected: boolean): void {
    this.rejected.update((current) => {
      const next = new Set(current);
      if (isRejected) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    const { number, date, signer } = this.form.getRawValue();
    if (this.form.invalid || !date || this.isSaving()) return;
    this.isSaving.set(true);
    this.formError.set(null);
    const error = await this.data.save({
      number: number.trim(),
      date: toIsoDate(date),
      signer: signer.trim(),
      rejectedNominationIds: [...this.rejected()],
    });
    this.isSaving.set(false);
    if (!error) {
      this.dialogRef.close(true);
      return;
    }
    const unmatched = applyFieldErrors(this.form, error);
    this.formError.set(
      unmatched.length ? unmatched.join(' ') : error.fieldErrors ? null : error.message,
    );
  }
}
