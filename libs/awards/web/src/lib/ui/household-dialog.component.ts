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
import { Observable, firstValueFrom } from 'rxjs';

import type { HouseholdResponse, SaveHouseholdRequest } from '@thidua/awards/contracts';
import type { UnitRef } from '@thidua/registry/contracts';
import {
  applyFieldErrors,
  serverError,
  toApiError,
  chosenOrEmpty,
  isChosen,
  searchAsYouType,
} from '@thidua/shared/data-access';
import { FORM_HELPERS } from '@thidua/shared/ui';

import { unitLabel } from '../labels';

export interface HouseholdDialogData {
  defaultUnit?: UnitRef | null;
  searchUnits(q: string): Observable<UnitRef[]>;
  save(request: SaveHouseholdRequest): Observable<HouseholdResponse>;
}

type UnitValue = UnitRef | string | null;

/** Adds a household (hộ gia đình). Closes with the saved household. */
@Component({
  selector: 'td-household-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    FORM_HELPERS,
  ],
  template: `
    <h2 mat-dialog-title i18n="@@awHouseholdAddTitle">Thêm hộ gia đình</h2>
    <form tdFocusFirstError [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="dialog-content">
        @if (formError(); as message) {
          <p class="error-box" role="alert">{{ message }}</p>
        }
        <mat-form-field>
          <mat-label i18n="@@awHeadName">Chủ hộ</mat-label>
          <input matInput formControlName="headName" cdkFocusInitial />
          @if (serverError(form.controls.headName); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else if (form.controls.headName.hasError('required')) {
            <mat-error i18n="@@awHeadNameRequired">Vui lòng nhập tên chủ hộ.</mat-error>
          }
          <mat-hint align="end" [tdCharCount]="form.controls.headName" />
          <mat-error [tdFieldError]="form.controls.headName" />
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n="@@awAddress">Địa chỉ</mat-label>
          <input matInput formControlName="address" />
          @if (serverError(form.controls.address); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else if (form.controls.address.hasError('required')) {
            <mat-error i18n="@@awAddressRequired">Vui lòng nhập địa chỉ.</mat-error>
          }
          <mat-hint align="end" [tdCharCount]="form.controls.address" />
          <mat-error [tdFieldError]="form.controls.address" />
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n="@@awUnit">Đơn vị</mat-label>
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
              <mat-option disabled i18n="@@awNoUnitMatch">Không tìm thấy đơn vị phù hợp</mat-option>
            }
          </mat-autocomplete>
          @if (serverError(form.controls.unit); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else {
            <mat-error i18n="@@awUnitChoose">Hãy chọn một đơn vị trong danh sách.</mat-error>
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
export class HouseholdDialogComponent {
  protected readonly data = inject<HouseholdDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<HouseholdDialogComponent, HouseholdResponse>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly unitLabel = unitLabel;
  protected readonly serverError = serverError;
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly form = this.fb.group({
    headName: ['', [Validators.required, Validators.maxLength(120)]],
    address: ['', [Validators.required, Validators.maxLength(255)]],
    unit: new FormControl<UnitValue>(this.data.defaultUnit ?? null, [chosenOrEmpty]),
  });
  protected readonly unitOptions = toSignal(
    searchAsYouType(this.form.controls.unit, (q) => this.data.searchUnits(q)),
    { initialValue: [] as UnitRef[] },
  );

  protected displayUnit(value: UnitValue): string {
    return isChosen(value) ? unitLabel(value) : (value ?? '');
  }

  protected async save(): Promise<void> {
    if (this.form.invalid || this.isSaving()) {
      this.form.markAllAsTouched();
      return;
    }
    const { headName, address, unit } = this.form.getRawValue();
    this.isSaving.set(true);
    this.formError.set(null);
    try {
      const household = await firstValueFrom(
        this.data.save({
          headName: headName.trim(),
          address: address.trim(),
          unitId: isChosen(unit) ? unit.id : null,
        }),
      );
      this.dialogRef.close(household);
    } catch (error) {
      const apiError = toApiError(error);
      applyFieldErrors(this.form, apiError, { unitId: 'unit' });
      this.formError.set(apiError.message);
    } finally {
      this.isSaving.set(false);
    }
  }
}
