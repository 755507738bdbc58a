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
import { MatSelectModule } from '@angular/material/select';
import { Observable, firstValueFrom } from 'rxjs';

import {
  SEXES,
  type PersonResponse,
  type SavePersonRequest,
  type Sex,
} from '@thidua/awards/contracts';
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
import { currentYear } from '@thidua/shared/util';

import { sexLabel, unitLabel } from '../labels';

export interface PersonDialogData {
  /** The person to edit; absent to add one. */
  person?: PersonResponse | null;
  /** The unit a new person belongs to by default. */
  defaultUnit?: UnitRef | null;
  searchUnits(q: string): Observable<UnitRef[]>;
  save(request: SavePersonRequest): Observable<PersonResponse>;
}

type UnitValue = UnitRef | string | null;

/** Adds or edits a person (cá nhân). Closes with the saved person. */
@Component({
  selector: 'td-person-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    FORM_HELPERS,
  ],
  template: `
    <h2 mat-dialog-title>
      @if (data.person) {
        <span i18n="@@awPersonEditTitle">Sửa thông tin cá nhân</span>
      } @else {
        <span i18n="@@awPersonAddTitle">Thêm cá nhân</span>
      }
    </h2>
    <form tdFocusFirstError [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="dialog-content">
        @if (formError(); as message) {
          <p class="error-box" role="alert">{{ message }}</p>
        }
        <mat-form-field>
          <mat-label i18n="@@awFullName">Họ và tên</mat-label>
          <input matInput formControlName="fullName" cdkFocusInitial />
          @if (serverError(form.controls.fullName); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else if (form.controls.fullName.hasError('required')) {
            <mat-error i18n="@@awFullNameRequired">Vui lòng nhập họ và tên.</mat-error>
          }
          <mat-hint align="end" [tdCharCount]="form.controls.fullName" />
          <mat-error [tdFieldError]="form.controls.fullName" />
        </mat-form-field>
        <div class="grid-2">
          <mat-form-field>
            <mat-label i18n="@@awBirthYear">Năm sinh</mat-label>
            <input matInput type="number" formControlName="birthYear" />
            @if (serverError(form.controls.birthYear); as message) {
              <mat-error>{{ message }}</mat-error>
            } @else {
              <mat-error [tdFieldError]="form.controls.birthYear" />
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label i18n="@@awSex">Giới tính</mat-label>
            <mat-select formControlName="sex">
              @for (sex of sexes; track sex) {
                <mat-option [value]="sex">{{ sexLabel(sex) }}</mat-option>
              }
            </mat-select>
            @if (serverError(form.controls.sex); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
        </div>
        <mat-form-field>
          <mat-label i18n="@@awPosition">Chức vụ</mat-label>
          <input matInput formControlName="position" />
          @if (serverError(form.controls.position); as message) {
            <mat-error>{{ message }}</mat-error>
          }
          <mat-hint align="end" [tdCharCount]="form.controls.position" />
          <mat-error [tdFieldError]="form.controls.position" />
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
export class PersonDialogComponent {
  protected readonly data = inject<PersonDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<PersonDialogComponent, PersonResponse>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly sexes = SEXES;
  protected readonly sexLabel = sexLabel;
  protected readonly unitLabel = unitLabel;
  protected readonly serverError = serverError;
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly form = this.fb.group({
    fullName: [this.data.person?.fullName ?? '', [Validators.required, Validators.maxLength(120)]],
    birthYear: new FormControl<number | null>(this.data.person?.birthYear ?? null, [
      Validators.min(1900),
      Validators.max(currentYear()),
    ]),
    sex: this.fb.control<Sex>(this.data.person?.sex ?? 'male', Validators.required),
    position: [this.data.person?.position ?? '', [Validators.maxLength(255)]],
    unit: new FormControl<UnitValue>(this.data.person?.unit ?? this.data.defaultUnit ?? null, [
      chosenOrEmpty,
    ]),
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
    const { fullName, birthYear, sex, position, unit } = this.form.getRawValue();
    this.isSaving.set(true);
    this.formError.set(null);
    try {
      const person = await firstValueFrom(
        this.data.save({
          fullName: fullName.trim(),
          birthYear: birthYear ?? null,
          sex,
          position: position.trim() || null,
          unitId: isChosen(unit) ? unit.id : null,
          ...(this.data.person ? { version: this.data.person.version } : {}),
        }),
      );
      this.dialogRef.close(person);
    } catch (error) {
      const apiError = toApiError(error);
      applyFieldErrors(this.form, apiError, { unitId: 'unit' });
      this.formError.set(apiError.message);
    } finally {
      this.isSaving.set(false);
    }
  }
}
