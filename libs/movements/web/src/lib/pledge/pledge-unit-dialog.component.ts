import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  FormArray,
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import {
  PLEDGE_TITLES,
  type PledgeUnitResponse,
  type SavePledgeUnitRequest,
} from '@thidua/movements/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { applyFieldErrors, serverError } from '@thidua/shared/data-access';
import { FORM_HELPERS } from '@thidua/shared/ui';

import { unitLabel } from '../labels';

export interface PledgeUnitDialogData {
  entry: PledgeUnitResponse;
  save(request: Omit<SavePledgeUnitRequest, 'version'>): Promise<ApiError | null>;
}

/** A member unit registers its targets and the titles it strives for. Closes with `true`. */
@Component({
  selector: 'td-pledge-unit-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    FORM_HELPERS,
  ],
  template: `
    <h2 mat-dialog-title i18n="@@pledgeUnitTitle">Đăng ký chỉ tiêu</h2>
    <form tdFocusFirstError [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="dialog-content">
        <p class="note">{{ unitLabel(data.entry.unit) }}</p>
        @if (formError(); as message) {
          <p class="error-box" role="alert">{{ message }}</p>
        }
        <fieldset class="list-fieldset">
          <legend i18n="@@pledgeRegisteredTargets">Chỉ tiêu đăng ký</legend>
          <ol class="edit-list">
            @for (control of targets.controls; track control; let i = $index) {
              <li>
                <mat-form-field>
                  <mat-label i18n="@@pledgeTargetN">Chỉ tiêu {{ i + 1 }}</mat-label>
                  <textarea matInput [formControl]="control" rows="2"></textarea>
                  @if (serverError(control); as message) {
                    <mat-error>{{ message }}</mat-error>
                  } @else if (control.hasError('required')) {
                    <mat-error i18n="@@pledgeItemRequired">Vui lòng nhập nội dung.</mat-error>
                  }
                  <mat-hint align="end" [tdCharCount]="control" />
                  <mat-error [tdFieldError]="control" />
                </mat-form-field>
                <button
                  mat-icon-button
                  type="button"
                  (click)="targets.removeAt(i)"
                  [attr.aria-label]="removeTargetLabel(i + 1)"
                >
                  <mat-icon aria-hidden="true">delete</mat-icon>
                </button>
              </li>
            }
          </ol>
          <button mat-stroked-button type="button" (click)="addTarget()">
            <mat-icon aria-hidden="true">add</mat-icon>
            <span i18n="@@mvAddTarget">Thêm chỉ tiêu</span>
          </button>
        </fieldset>
        <mat-form-field class="titles-field">
          <mat-label i18n="@@pledgeRegisteredTitles">Danh hiệu đăng ký</mat-label>
          <mat-select formControlName="titles" multiple>
            @for (title of titles; track title) {
              <mat-option [value]="title">{{ title }}</mat-option>
            }
          </mat-select>
          @if (serverError(form.controls.titles); as message) {
            <mat-error>{{ message }}</mat-error>
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
  styleUrls: ['../movements-page.scss', './pledge-dialog.scss'],
})
export class PledgeUnitDialogComponent {
  protected readonly data = inject<PledgeUnitDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<PledgeUnitDialogComponent, boolean>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly unitLabel = unitLabel;
  protected readonly serverError = serverError;
  protected readonly titles = PLEDGE_TITLES;
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly targets = new FormArray<FormControl<string>>(
    this.data.entry.targets.map((text) => this.itemControl(text)),
  );
  protected readonly form = this.fb.group({
    targets: this.targets,
    titles: this.fb.control<string[]>([...this.data.entry.titles]),
  });

  protected removeTargetLabel(n: number): string {
    return $localize`:@@pledgeTargetRemove:Xóa chỉ tiêu ${n}:n:`;
  }

  protected addTarget(): void {
    this.targets.push(this.itemControl(''));
  }

  protected async save(): Promise<void> {
    if (this.form.invalid || this.isSaving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    this.formError.set(null);
    const value = this.form.getRawValue();
    const error = await this.data.save({
      targets: value.targets.map((text) => text.trim()),
      titles: value.titles,
    });
    this.isSaving.set(false);
    if (error) {
      applyFieldErrors(this.form, error);
      this.formError.set(error.message);
    } else {
      this.dialogRef.close(true);
    }
  }

  private itemControl(text: string): FormControl<string> {
    return this.fb.control(text, [Validators.required, Validators.maxLength(1000)]);
  }
}
