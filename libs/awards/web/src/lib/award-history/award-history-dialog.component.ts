import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
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
import { MatSelectModule } from '@angular/material/select';
import { Observable, startWith, switchMap } from 'rxjs';

import {
  type AwardTypeResponse,
  BENEFICIARY_KINDS,
  type BeneficiaryKind,
  type SaveAwardHistoryRequest,
} from '@thidua/awards/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import {
  applyFieldErrors,
  serverError,
  chosenRequired,
  isChosen,
  searchAsYouType,
} from '@thidua/shared/data-access';
import { DATEPICKER, FORM_HELPERS, toIsoDate, yearValidator } from '@thidua/shared/ui';

import { currentYear } from '../awards.status';
import { beneficiaryKindLabel } from '../labels';
import type { BeneficiaryOption } from '../nomination-form/nomination-form';

export interface AwardHistoryDialogData {
  awardTypes: AwardTypeResponse[];
  searchBeneficiaries(kind: BeneficiaryKind, q: string): Observable<BeneficiaryOption[]>;
  /** Resolves to null when saved, else to the error to show. */
  save(request: SaveAwardHistoryRequest): Promise<ApiError | null>;
}

type Choice = BeneficiaryOption | string | null;

/** Adds an award received (admin). Closes with `true` when saved. */
@Component({
  selector: 'td-award-history-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    DATEPICKER,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    FORM_HELPERS,
  ],
  template: `
    <h2 mat-dialog-title i18n="@@awHistoryAddTitle">Thêm khen thưởng đã nhận</h2>
    <form tdFocusFirstError [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="dialog-content">
        @if (formError(); as message) {
          <p class="error-box" role="alert">{{ message }}</p>
        }
        <div class="grid-2">
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
            <mat-label i18n="@@awBeneficiaryKind">Loại đối tượng</mat-label>
            <mat-select formControlName="beneficiaryKind">
              @for (kind of kinds; track kind) {
                <mat-option [value]="kind">{{ kindLabel(kind) }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        </div>
        <mat-form-field>
          <mat-label i18n="@@awBeneficiary">Đối tượng</mat-label>
          <input
            matInput
            formControlName="beneficiary"
            [matAutocomplete]="beneficiaryAuto"
            autocomplete="off"
          />
          <mat-autocomplete #beneficiaryAuto="matAutocomplete" [displayWith]="displayOption">
            @for (option of options(); track option.id) {
              <mat-option [value]="option">
                {{ option.name }}
                @if (option.detail) {
                  <small> · {{ option.detail }}</small>
                }
              </mat-option>
            } @empty {
              <mat-option disabled i18n="@@awNoBeneficiaryMatch"
                >Không tìm thấy đối tượng phù hợp</mat-option
              >
            }
          </mat-autocomplete>
          @if (serverError(form.controls.beneficiary); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else {
            <mat-error i18n="@@awBeneficiaryChoose">Hãy chọn đối tượng trong danh sách.</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n="@@awAward">Hình thức khen thưởng</mat-label>
          <mat-select formControlName="awardTypeId">
            @for (award of awards(); track award.id) {
              <mat-option [value]="award.id">{{ award.name }}</mat-option>
            }
          </mat-select>
          @if (serverError(form.controls.awardTypeId); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else {
            <mat-error i18n="@@awAwardRequired">Hãy chọn hình thức khen thưởng.</mat-error>
          }
        </mat-form-field>
        <div class="grid-2">
          <mat-form-field>
            <mat-label i18n="@@awDecisionNumber">Số quyết định</mat-label>
            <input matInput formControlName="decisionNumber" />
            @if (serverError(form.controls.decisionNumber); as message) {
              <mat-error>{{ message }}</mat-error>
            }
            <mat-hint align="end" [tdCharCount]="form.controls.decisionNumber" />
            <mat-error [tdFieldError]="form.controls.decisionNumber" />
          </mat-form-field>
          <mat-form-field>
            <mat-label i18n="@@awDecisionDate">Ngày quyết định</mat-label>
            <input
              matInput
              [matDatepicker]="picker"
              formControlName="decisionDate"
              i18n-placeholder="@@datePlaceholder"
              placeholder="ngày/tháng/năm"
            />
            <mat-datepicker-toggle matIconSuffix [for]="picker" />
            <mat-datepicker #picker />
            @if (serverError(form.controls.decisionDate); as message) {
              <mat-error>{{ message }}</mat-error>
            } @else {
              <mat-error i18n="@@awDateRequired">Nhập ngày dạng ngày/tháng/năm.</mat-error>
            }
          </mat-form-field>
        </div>
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
export class AwardHistoryDialogComponent {
  protected readonly data = inject<AwardHistoryDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<AwardHistoryDialogComponent, boolean>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly kinds = BENEFICIARY_KINDS;
  protected readonly kindLabel = beneficiaryKindLabel;
  protected readonly serverError = serverError;
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly form = this.fb.group({
    year: new FormControl<number | null>(currentYear() - 1, [Validators.required, yearValidator]),
    beneficiaryKind: this.fb.control<BeneficiaryKind>('collective'),
    beneficiary: new FormControl<Choice>(null, chosenRequired),
    awardTypeId: ['', Validators.required],
    decisionNumber: ['', Validators.maxLength(60)],
    decisionDate: new FormControl<Date | null>(null),
  });
  private readonly kind = toSignal(this.form.controls.beneficiaryKind.valueChanges, {
    initialValue: 'collective' as BeneficiaryKind,
  });
  protected readonly awards = computed(() =>
    this.data.awardTypes.filter((type) => type.beneficiaryKinds.includes(this.kind())),
  );
  protected readonly options = toSignal(
    this.form.controls.beneficiaryKind.valueChanges.pipe(
      startWith(this.form.controls.beneficiaryKind.value),
      switchMap((kind) =>
        searchAsYouType(this.form.controls.beneficiary, (q) =>
          this.data.searchBeneficiaries(kind, q),
        ),
      ),
    ),
    { initialValue: [] as BeneficiaryOption[] },
  );

  constructor() {
    // Another kind: the pick no longer fits.
    this.form.controls.beneficiaryKind.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.beneficiary.setValue(null));
  }

  protected displayOption(value: Choice): string {
    return isChosen(value) ? value.name : (value ?? '');
  }

  protected async save(): Promise<void> {
    if (this.form.invalid || this.isSaving()) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    if (!isChosen(value.beneficiary) || value.year === null) return;
    this.isSaving.set(true);
    this.formError.set(null);
    const error = await this.data.save({
      year: value.year,
      awardTypeId: value.awardTypeId,
      beneficiaryKind: value.beneficiaryKind,
      beneficiaryId: value.beneficiary.id,
      decisionNumber: value.decisionNumber.trim() || null,
      decisionDate: value.decisionDate ? toIsoDate(value.decisionDate) : null,
    });
    this.isSaving.set(false);
    if (error) {
      applyFieldErrors(this.form, error, { beneficiaryId: 'beneficiary' });
      this.formError.set(error.message);
    } else {
      this.dialogRef.close(true);
    }
  }
}
