import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import {
  AWARD_KINDS,
  type AwardKind,
  type AwardTypeResponse,
  BENEFICIARY_KINDS,
  type BeneficiaryKind,
  type SaveAwardTypeRequest,
} from '@thidua/awards/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { applyFieldErrors, serverError } from '@thidua/shared/data-access';
import { FORM_HELPERS } from '@thidua/shared/ui';

import { awardCategoryLabel, awardKindLabel, beneficiaryKindLabel } from '../labels';

export interface AwardTypeDialogData {
  type: AwardTypeResponse | null;
  save(request: SaveAwardTypeRequest): Promise<ApiError | null>;
}

const CATEGORIES: Array<AwardTypeResponse['category']> = ['title', 'commendation'];

/** Adds or changes an award of the catalogue. Closes with `true` when saved. */
@Component({
  selector: 'td-award-type-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    FORM_HELPERS,
  ],
  template: `
    <h2 mat-dialog-title>
      @if (data.type) {
        <span i18n="@@awTypeEditTitle">Sửa hình thức khen thưởng</span>
      } @else {
        <span i18n="@@awTypeAddTitle">Thêm hình thức khen thưởng</span>
      }
    </h2>
    <form tdFocusFirstError [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="dialog-content">
        @if (formError(); as message) {
          <p class="error-box" role="alert">{{ message }}</p>
        }
        <div class="grid-2">
          <mat-form-field>
            <mat-label i18n="@@awCode">Mã</mat-label>
            <input matInput formControlName="code" cdkFocusInitial />
            @if (serverError(form.controls.code); as message) {
              <mat-error>{{ message }}</mat-error>
            } @else if (form.controls.code.hasError('required')) {
              <mat-error i18n="@@awCodeRequired">Vui lòng nhập mã.</mat-error>
            }
            <mat-hint align="end" [tdCharCount]="form.controls.code" />
            <mat-error [tdFieldError]="form.controls.code" />
          </mat-form-field>
          <mat-form-field>
            <mat-label i18n="@@awSortOrder">Thứ tự</mat-label>
            <input matInput type="number" formControlName="sortOrder" />
          </mat-form-field>
        </div>
        <mat-form-field>
          <mat-label i18n="@@awName">Tên</mat-label>
          <input matInput formControlName="name" />
          @if (serverError(form.controls.name); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else if (form.controls.name.hasError('required')) {
            <mat-error i18n="@@awNameRequired">Vui lòng nhập tên.</mat-error>
          }
          <mat-hint align="end" [tdCharCount]="form.controls.name" />
          <mat-error [tdFieldError]="form.controls.name" />
        </mat-form-field>
        <div class="grid-2">
          <mat-form-field>
            <mat-label i18n="@@awCategory">Nhóm</mat-label>
            <mat-select formControlName="category">
              @for (category of categories; track category) {
                <mat-option [value]="category">{{ categoryLabel(category) }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label i18n="@@awAwardKind">Loại khen thưởng</mat-label>
            <mat-select formControlName="kind">
              @for (kind of awardKinds; track kind) {
                <mat-option [value]="kind">{{ awardKindLabel(kind) }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        </div>
        <mat-form-field>
          <mat-label i18n="@@awBeneficiaryKinds">Đối tượng được tặng</mat-label>
          <mat-select formControlName="beneficiaryKinds" multiple>
            @for (kind of beneficiaryKinds; track kind) {
              <mat-option [value]="kind">{{ beneficiaryKindLabel(kind) }}</mat-option>
            }
          </mat-select>
          @if (serverError(form.controls.beneficiaryKinds); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else {
            <mat-error i18n="@@awBeneficiaryKindsRequired"
              >Chọn ít nhất một loại đối tượng.</mat-error
            >
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n="@@awDecidingAuthority">Cấp quyết định</mat-label>
          <input matInput formControlName="decidingAuthority" />
          @if (serverError(form.controls.decidingAuthority); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else if (form.controls.decidingAuthority.hasError('required')) {
            <mat-error i18n="@@awDecidingAuthorityRequired"
              >Vui lòng nhập cấp quyết định.</mat-error
            >
          }
          <mat-hint align="end" [tdCharCount]="form.controls.decidingAuthority" />
          <mat-error [tdFieldError]="form.controls.decidingAuthority" />
        </mat-form-field>
        <mat-checkbox formControlName="isActive" i18n="@@awIsActive">Đang sử dụng</mat-checkbox>
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
export class AwardTypeDialogComponent {
  protected readonly data = inject<AwardTypeDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<AwardTypeDialogComponent, boolean>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly categories = CATEGORIES;
  protected readonly awardKinds = AWARD_KINDS;
  protected readonly beneficiaryKinds = BENEFICIARY_KINDS;
  protected readonly categoryLabel = awardCategoryLabel;
  protected readonly awardKindLabel = awardKindLabel;
  protected readonly beneficiaryKindLabel = beneficiaryKindLabel;
  protected readonly serverError = serverError;
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly form = this.fb.group({
    code: [this.data.type?.code ?? '', [Validators.required, Validators.maxLength(50)]],
    name: [this.data.type?.name ?? '', [Validators.required, Validators.maxLength(255)]],
    category: this.fb.control<AwardTypeResponse['category']>(this.data.type?.category ?? 'title'),
    kind: this.fb.control<AwardKind>(this.data.type?.kind ?? 'regular'),
    beneficiaryKinds: this.fb.control<BeneficiaryKind[]>(
      this.data.type?.beneficiaryKinds ?? ['collective'],
      Validators.required,
    ),
    decidingAuthority: [
      this.data.type?.decidingAuthority ?? '',
      [Validators.required, Validators.maxLength(255)],
    ],
    sortOrder: new FormControl<number | null>(this.data.type?.sortOrder ?? 0),
    isActive: this.fb.control(this.data.type?.isActive ?? true),
  });

  protected async save(): Promise<void> {
    if (this.form.invalid || this.isSaving()) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.isSaving.set(true);
    this.formError.set(null);
    const error = await this.data.save({
      code: value.code.trim(),
      name: value.name.trim(),
      category: value.category,
      kind: value.kind,
      beneficiaryKinds: value.beneficiaryKinds,
      decidingAuthority: value.decidingAuthority.trim(),
      sortOrder: value.sortOrder ?? 0,
      isActive: value.isActive,
    });
    this.isSaving.set(false);
    if (error) {
      applyFieldErrors(this.form, error);
      this.formError.set(error.message);
    } else {
      this.dialogRef.close(true);
    }
  }
}
