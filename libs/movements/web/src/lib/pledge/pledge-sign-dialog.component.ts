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

import type { SignatureMethod } from '@thidua/movements/contracts';
import type { UnitRef } from '@thidua/registry/contracts';
import { ATTACHMENT_PURPOSES, type ApiError } from '@thidua/shared/contracts';
import { applyFieldErrors, serverError, hasExtension } from '@thidua/shared/data-access';
import { DATEPICKER, FilePickerComponent, FORM_HELPERS, toIsoDate } from '@thidua/shared/ui';

import { unitLabel } from '../labels';
import type { SignerDetails } from './pledge.store';

export interface PledgeSignDialogData {
  unit: UnitRef;
  /** `app`: the unit signs itself; `paper`: the secretariat records the signed original. */
  method: SignatureMethod;
  save(signer: SignerDetails, scan: File | null): Promise<ApiError | null>;
}

const SCAN_EXTENSIONS = ['.pdf', '.png', '.jpg', '.jpeg'];

/** Signs the pledge for a unit, in the app or from paper with its scan. Closes with `true`. */
@Component({
  selector: 'td-pledge-sign-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    DATEPICKER,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    FilePickerComponent,
    FORM_HELPERS,
  ],
  template: `
    <h2 mat-dialog-title>
      @if (isPaper) {
        <span i18n="@@pledgeRecordPaperTitle">Ghi nhận bản ký giấy</span>
      } @else {
        <span i18n="@@pledgeSignTitle">Ký giao ước</span>
      }
    </h2>
    <form tdFocusFirstError [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="dialog-content">
        <p class="note">{{ unitLabel(data.unit) }}</p>
        @if (formError(); as message) {
          <p class="error-box" role="alert">{{ message }}</p>
        }
        <mat-form-field>
          <mat-label i18n="@@pledgeSignerName">Họ tên người ký</mat-label>
          <input matInput formControlName="signerName" autocomplete="name" />
          @if (serverError(form.controls.signerName); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else if (form.controls.signerName.hasError('required')) {
            <mat-error i18n="@@pledgeSignerNameRequired">Vui lòng nhập họ tên người ký.</mat-error>
          }
          <mat-hint align="end" [tdCharCount]="form.controls.signerName" />
          <mat-error [tdFieldError]="form.controls.signerName" />
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n="@@pledgeSignerPosition">Chức vụ</mat-label>
          <input matInput formControlName="signerPosition" />
          @if (serverError(form.controls.signerPosition); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else if (form.controls.signerPosition.hasError('required')) {
            <mat-error i18n="@@pledgeSignerPositionRequired">Vui lòng nhập chức vụ.</mat-error>
          }
          <mat-hint align="end" [tdCharCount]="form.controls.signerPosition" />
          <mat-error [tdFieldError]="form.controls.signerPosition" />
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n="@@pledgeSignedOn">Ngày ký</mat-label>
          <input
            matInput
            [matDatepicker]="picker"
            formControlName="signedOn"
            i18n-placeholder="@@datePlaceholder"
            placeholder="ngày/tháng/năm"
          />
          <mat-datepicker-toggle matIconSuffix [for]="picker" />
          <mat-datepicker #picker />
          @if (serverError(form.controls.signedOn); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else {
            <mat-error i18n="@@mvDateRequired">Nhập ngày dạng ngày/tháng/năm.</mat-error>
          }
        </mat-form-field>
        @if (isPaper) {
          <div class="file-field">
            <label for="pledge-scan-file" i18n="@@pledgeScan">Bản quét</label>
            <td-file-picker
              inputId="pledge-scan-file"
              accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
              [invalid]="!!scanError()"
              [describedBy]="scanError() ? 'pledge-scan-error' : 'pledge-scan-hint'"
              (fileChange)="chooseScan($event)"
            />
          </div>
          @if (scanError(); as message) {
            <p class="field-error" id="pledge-scan-error" role="alert">{{ message }}</p>
          } @else {
            <p class="note" id="pledge-scan-hint" i18n="@@pledgeScanHint">
              Tệp PDF, PNG hoặc JPG của bản giao ước đã ký, tối đa 10 MB.
            </p>
          }
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@dialogCancel">Hủy</button>
        <button mat-flat-button type="submit" [disabled]="isSaving()">
          @if (isPaper) {
            <span i18n="@@pledgeRecordSubmit">Ghi nhận</span>
          } @else {
            <span i18n="@@pledgeSignSubmit">Ký</span>
          }
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrls: ['../movements-page.scss', './pledge-dialog.scss'],
})
export class PledgeSignDialogComponent {
  protected readonly data = inject<PledgeSignDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<PledgeSignDialogComponent, boolean>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly unitLabel = unitLabel;
  protected readonly serverError = serverError;
  protected readonly isPaper = this.data.method === 'paper';
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly scanError = signal<string | null>(null);
  private scan: File | null = null;
  protected readonly form = this.fb.group({
    signerName: ['', [Validators.required, Validators.maxLength(120)]],
    signerPosition: ['', [Validators.required, Validators.maxLength(160)]],
    signedOn: new FormControl<Date | null>(new Date(), Validators.required),
  });

  protected chooseScan(file: File | null): void {
    this.scan = null;
    this.scanError.set(null);
    if (!file) return;
    if (!hasExtension(file, SCAN_EXTENSIONS)) {
      this.scanError.set($localize`:@@pledgeScanWrongType:Chỉ nhận tệp PDF, PNG hoặc JPG.`);
      return;
    }
    if (file.size > ATTACHMENT_PURPOSES.pledgeScan.maxBytes) {
      this.scanError.set($localize`:@@mvUploadTooLarge:Tệp lớn hơn 10 MB.`);
      return;
    }
    this.scan = file;
  }

  protected async save(): Promise<void> {
    const { signerName, signerPosition, signedOn } = this.form.getRawValue();
    const missingScan = this.isPaper && !this.scan;
    if (missingScan && !this.scanError()) {
      this.scanError.set($localize`:@@pledgeScanRequired:Hãy chọn tệp bản quét.`);
    }
    if (this.form.invalid || !signedOn || missingScan || this.isSaving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    this.formError.set(null);
    const error = await this.data.save(
      {
        signerName: signerName.trim(),
        signerPosition: signerPosition.trim(),
        signedOn: toIsoDate(signedOn),
      },
      this.isPaper ? this.scan : null,
    );
    this.isSaving.set(false);
    if (error) {
      applyFieldErrors(this.form, error);
      this.formError.set(error.message);
    } else {
      this.dialogRef.close(true);
    }
  }
}
