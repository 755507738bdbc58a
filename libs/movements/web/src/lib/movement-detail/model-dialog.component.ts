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
import { Observable } from 'rxjs';

import type { SaveExemplaryModelRequest } from '@thidua/movements/contracts';
import type { UnitRef } from '@thidua/registry/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import {
  applyFieldErrors,
  serverError,
  chosenRequired,
  isChosen,
  searchAsYouType,
} from '@thidua/shared/data-access';
import { DATEPICKER, FORM_HELPERS, toIsoDate } from '@thidua/shared/ui';

import { unitLabel } from '../labels';

export interface ModelDialogData {
  searchUnits(q: string): Observable<UnitRef[]>;
  /** Resolves to null when saved, else to the error to show. */
  save(request: SaveExemplaryModelRequest): Promise<ApiError | null>;
}

type UnitValue = UnitRef | string | null;

/** Adds an exemplary model (mô hình tiêu biểu) of the movement. Closes with `true` when saved. */
@Component({
  selector: 'td-model-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    DATEPICKER,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    FORM_HELPERS,
  ],
  template: `
    <h2 mat-dialog-title i18n="@@mvModelDialogTitle">Thêm mô hình tiêu biểu</h2>
    <form tdFocusFirstError [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="dialog-content">
        @if (formError(); as message) {
          <p class="error-box" role="alert">{{ message }}</p>
        }
        <mat-form-field>
          <mat-label i18n="@@mvModelName">Tên mô hình</mat-label>
          <input matInput formControlName="name" cdkFocusInitial />
          @if (serverError(form.controls.name); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else if (form.controls.name.hasError('required')) {
            <mat-error i18n="@@mvModelNameRequired">Vui lòng nhập tên mô hình.</mat-error>
          }
          <mat-hint align="end" [tdCharCount]="form.controls.name" />
          <mat-error [tdFieldError]="form.controls.name" />
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n="@@mvModelUnit">Đơn vị</mat-label>
          <input
            matInput
            formControlName="unit"
            [matAutocomplete]="unitAutocomplete"
            autocomplete="off"
          />
          <mat-autocomplete #unitAutocomplete="matAutocomplete" [displayWith]="displayUnit">
            @for (unit of unitOptions(); track unit.id) {
              <mat-option [value]="unit">{{ unitLabel(unit) }}</mat-option>
            } @empty {
              <mat-option disabled i18n="@@mvNoUnitMatch">Không tìm thấy đơn vị phù hợp</mat-option>
            }
          </mat-autocomplete>
          @if (serverError(form.controls.unit); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else {
            <mat-error i18n="@@mvModelUnitRequired">Hãy chọn một đơn vị trong danh sách.</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n="@@mvModelDescription">Mô tả</mat-label>
          <textarea matInput formControlName="description" rows="3"></textarea>
          @if (serverError(form.controls.description); as message) {
            <mat-error>{{ message }}</mat-error>
          }
          <mat-hint align="end" [tdCharCount]="form.controls.description" />
          <mat-error [tdFieldError]="form.controls.description" />
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n="@@mvModelRecognizedOn">Ngày công nhận</mat-label>
          <input
            matInput
            [matDatepicker]="picker"
            formControlName="recognizedOn"
            i18n-placeholder="@@datePlaceholder"
            placeholder="ngày/tháng/năm"
          />
          <mat-datepicker-toggle matIconSuffix [for]="picker" />
          <mat-datepicker #picker />
          @if (serverError(form.controls.recognizedOn); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else {
            <mat-error i18n="@@mvDateRequired">Nhập ngày dạng ngày/tháng/năm.</mat-error>
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
  styleUrl: '../movements-page.scss',
})
export class ModelDialogComponent {
  protected readonly data = inject<ModelDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ModelDialogComponent, boolean>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly unitLabel = unitLabel;
  protected readonly serverError = serverError;
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly form = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(500)]],
    unit: new FormControl<UnitValue>(null, [chosenRequired]),
    description: ['', [Validators.maxLength(4000)]],
    recognizedOn: new FormControl<Date | null>(new Date(), Validators.required),
  });
  protected readonly unitOptions = toSignal(
    searchAsYouType(this.form.controls.unit, (q) => this.data.searchUnits(q)),
    { initialValue: [] as UnitRef[] },
  );

  protected displayUnit(value: UnitValue): string {
    return isChosen(value) ? unitLabel(value) : (value ?? '');
  }

  protected async save(): Promise<void> {
    const { name, unit, description, recognizedOn } = this.form.getRawValue();
    if (this.form.invalid || !isChosen(unit) || !recognizedOn || this.isSaving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    this.formError.set(null);
    const error = await this.data.save({
      name: name.trim(),
      unitId: unit.id,
      description: description.trim() || null,
      recognizedOn: toIsoDate(recognizedOn),
    });
    this.isSaving.set(false);
    if (error) {
      applyFieldErrors(this.form, error, { unitId: 'unit' });
      this.formError.set(error.message);
    } else {
      this.dialogRef.close(true);
    }
  }
}
