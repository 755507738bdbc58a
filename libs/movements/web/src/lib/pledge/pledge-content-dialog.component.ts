import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
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
import { Observable, catchError, of } from 'rxjs';

import type {
  MovementListItemResponse,
  PledgeResponse,
  SavePledgeRequest,
} from '@thidua/movements/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { applyFieldErrors, serverError } from '@thidua/shared/data-access';
import { FORM_HELPERS } from '@thidua/shared/ui';

export interface PledgeContentDialogData {
  pledge: PledgeResponse;
  movements: Observable<MovementListItemResponse[]>;
  save(request: Omit<SavePledgeRequest, 'version'>): Promise<ApiError | null>;
}

/** Edits the pledge's title, place, movement and common commitments. Closes with `true`. */
@Component({
  selector: 'td-pledge-content-dialog',
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
    <h2 mat-dialog-title i18n="@@pledgeContentTitle">Sửa nội dung giao ước</h2>
    <form tdFocusFirstError [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="dialog-content">
        @if (formError(); as message) {
          <p class="error-box" role="alert">{{ message }}</p>
        }
        <mat-form-field>
          <mat-label i18n="@@pledgeTitleField">Tiêu đề</mat-label>
          <input matInput formControlName="title" />
          @if (serverError(form.controls.title); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else if (form.controls.title.hasError('required')) {
            <mat-error i18n="@@pledgeTitleRequired">Vui lòng nhập tiêu đề.</mat-error>
          }
          <mat-hint align="end" [tdCharCount]="form.controls.title" />
          <mat-error [tdFieldError]="form.controls.title" />
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n="@@pledgePlace">Địa danh</mat-label>
          <input matInput formControlName="place" />
          @if (serverError(form.controls.place); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else if (form.controls.place.hasError('required')) {
            <mat-error i18n="@@pledgePlaceRequired">Vui lòng nhập địa danh.</mat-error>
          }
          <mat-hint align="end" [tdCharCount]="form.controls.place" />
          <mat-error [tdFieldError]="form.controls.place" />
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n="@@pledgeMovement">Phong trào</mat-label>
          <mat-select formControlName="movementId">
            <mat-option [value]="null" i18n="@@pledgeNoMovement">(Không gắn phong trào)</mat-option>
            @if (data.pledge.movement; as current) {
              @if (!hasMovement(current.id)) {
                <mat-option [value]="current.id">{{ current.title }}</mat-option>
              }
            }
            @for (movement of movements(); track movement.id) {
              <mat-option [value]="movement.id">{{ movement.title }}</mat-option>
            }
          </mat-select>
          @if (serverError(form.controls.movementId); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>

        <fieldset class="list-fieldset">
          <legend i18n="@@pledgeCommitments">Nội dung cam kết chung</legend>
          <ol class="edit-list">
            @for (control of commitments.controls; track control; let i = $index) {
              <li>
                <mat-form-field>
                  <mat-label i18n="@@pledgeCommitmentN">Cam kết {{ i + 1 }}</mat-label>
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
                  (click)="commitments.removeAt(i)"
                  [attr.aria-label]="removeCommitmentLabel(i + 1)"
                >
                  <mat-icon aria-hidden="true">delete</mat-icon>
                </button>
              </li>
            }
          </ol>
          <button mat-stroked-button type="button" (click)="addCommitment()">
            <mat-icon aria-hidden="true">add</mat-icon>
            <span i18n="@@pledgeAddCommitment">Thêm cam kết</span>
          </button>
        </fieldset>
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
export class PledgeContentDialogComponent {
  protected readonly data = inject<PledgeContentDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<PledgeContentDialogComponent, boolean>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly serverError = serverError;
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly movements = toSignal(
    this.data.movements.pipe(catchError(() => of<MovementListItemResponse[]>([]))),
    { initialValue: [] as MovementListItemResponse[] },
  );
  protected readonly commitments = new FormArray<FormControl<string>>(
    this.data.pledge.commitments.map((text) => this.itemControl(text)),
  );
  protected readonly form = this.fb.group({
    title: [this.data.pledge.title, [Validators.required, Validators.maxLength(500)]],
    place: [this.data.pledge.place, [Validators.required, Validators.maxLength(100)]],
    movementId: new FormControl<string | null>(this.data.pledge.movement?.id ?? null),
    commitments: this.commitments,
  });

  protected removeCommitmentLabel(n: number): string {
    return $localize`:@@pledgeCommitmentRemove:Xóa cam kết ${n}:n:`;
  }

  protected hasMovement(id: string): boolean {
    return this.movements().some((movement) => movement.id === id);
  }

  protected addCommitment(): void {
    this.commitments.push(this.itemControl(''));
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
      title: value.title.trim(),
      place: value.place.trim(),
      movementId: value.movementId,
      commitments: value.commitments.map((text) => text.trim()),
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
    return this.fb.control(text, [Validators.required, Validators.maxLength(2000)]);
  }
}
