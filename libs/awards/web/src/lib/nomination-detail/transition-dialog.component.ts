import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  AbstractControl,
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { DATEPICKER, FORM_HELPERS, toIsoDate } from '@thidua/shared/ui';

/** What the dialog asks for: a reason, a ballot result or a decision. */
export type TransitionDialogMode = 'reason' | 'vote' | 'decision';

export interface TransitionPayload {
  reason?: string | null;
  vote?: { votes: number; denominator: number; passed: boolean };
  decisionNumber?: string;
  decisionDate?: string;
}

export interface TransitionDialogData {
  mode: TransitionDialogMode;
  title: string;
  message?: string | null;
  /** For `reason`: whether the reason must be given. */
  isReasonRequired?: boolean;
  /** Runs the transition; resolves to null when done, else to the message to show. */
  run(payload: TransitionPayload): Promise<string | null>;
}

function votesWithinTotal(control: AbstractControl): ValidationErrors | null {
  const votes = control.get('votes')?.value as number | null;
  const denominator = control.get('denominator')?.value as number | null;
  return votes !== null && denominator !== null && votes > denominator
    ? { votesOverTotal: true }
    : null;
}

/** Asks what a transition needs (reason, ballot result, decision) and runs it. */
@Component({
  selector: 'td-transition-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    DATEPICKER,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    FORM_HELPERS,
  ],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <form tdFocusFirstError [formGroup]="form" (ngSubmit)="confirm()" novalidate>
      <mat-dialog-content class="dialog-content">
        @if (data.message) {
          <p class="note">{{ data.message }}</p>
        }
        @if (error(); as message) {
          <p class="error-box" role="alert">{{ message }}</p>
        }
        @switch (data.mode) {
          @case ('reason') {
            <mat-form-field>
              <mat-label i18n="@@awReason">Lý do</mat-label>
              <textarea
                matInput
                [formControl]="reason"
                rows="3"
                [required]="!!data.isReasonRequired"
                cdkFocusInitial
              ></textarea>
              <mat-error i18n="@@awReasonRequired">Vui lòng nhập lý do.</mat-error>
              <mat-hint align="end" [tdCharCount]="reason" />
              <mat-error [tdFieldError]="reason" />
            </mat-form-field>
          }
          @case ('vote') {
            <div class="grid-2" [formGroup]="vote">
              <mat-form-field>
                <mat-label i18n="@@awVotesFor">Số phiếu đồng ý</mat-label>
                <input matInput type="number" min="0" formControlName="votes" cdkFocusInitial />
                <mat-error i18n="@@awCountRequired">Nhập một số không âm.</mat-error>
              </mat-form-field>
              <mat-form-field>
                <mat-label i18n="@@awVotesTotal">Trên tổng số</mat-label>
                <input matInput type="number" min="1" formControlName="denominator" />
                <mat-error i18n="@@awVotesTotalRequired">Nhập một số lớn hơn 0.</mat-error>
              </mat-form-field>
            </div>
            @if (vote.hasError('votesOverTotal')) {
              <p class="error-box" role="alert" i18n="@@awVotesOverTotal">
                Số phiếu đồng ý không được lớn hơn tổng số.
              </p>
            }
            <mat-checkbox [formControl]="vote.controls.passed" i18n="@@awVotePassed"
              >Đạt</mat-checkbox
            >
          }
          @case ('decision') {
            <mat-form-field>
              <mat-label i18n="@@awDecisionNumber">Số quyết định</mat-label>
              <input matInput [formControl]="decision.controls.number" cdkFocusInitial />
              <mat-error i18n="@@awDecisionNumberRequired">Vui lòng nhập số quyết định.</mat-error>
              <mat-hint align="end" [tdCharCount]="decision.controls.number" />
              <mat-error [tdFieldError]="decision.controls.number" />
            </mat-form-field>
            <mat-form-field>
              <mat-label i18n="@@awDecisionDate">Ngày quyết định</mat-label>
              <input
                matInput
                [matDatepicker]="picker"
                [formControl]="decision.controls.date"
                i18n-placeholder="@@datePlaceholder"
                placeholder="ngày/tháng/năm"
              />
              <mat-datepicker-toggle matIconSuffix [for]="picker" />
              <mat-datepicker #picker />
              <mat-error i18n="@@awDateRequired">Nhập ngày dạng ngày/tháng/năm.</mat-error>
            </mat-form-field>
          }
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@dialogCancel">Hủy</button>
        <button mat-flat-button type="submit" [disabled]="isRunning()" i18n="@@awConfirm">
          Xác nhận
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: '../awards-page.scss',
})
export class TransitionDialogComponent {
  protected readonly data = inject<TransitionDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<TransitionDialogComponent, boolean>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly isRunning = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: this.data.isReasonRequired ? [Validators.required, Validators.maxLength(2000)] : [],
  });
  protected readonly vote = this.fb.group(
    {
      votes: new FormControl<number | null>(null, [Validators.required, Validators.min(0)]),
      denominator: new FormControl<number | null>(null, [Validators.required, Validators.min(1)]),
      passed: this.fb.control(false),
    },
    { validators: votesWithinTotal },
  );
  protected readonly decision = this.fb.group({
    number: ['', [Validators.required, Validators.maxLength(100)]],
    date: new FormControl<Date | null>(new Date(), Validators.required),
  });

  /** Only for the form's submit; each mode checks its own controls. */
  protected readonly form = this.fb.group({
    reason: this.reason,
    vote: this.vote,
    decision: this.decision,
  });

  protected async confirm(): Promise<void> {
    if (this.isRunning()) return;
    const payload = this.payload();
    if (!payload) return;
    this.isRunning.set(true);
    this.error.set(null);
    const message = await this.data.run(payload);
    this.isRunning.set(false);
    if (message) this.error.set(message);
    else this.dialogRef.close(true);
  }

  /** The form's value for the mode, or null (and the errors shown) when it is not valid. */
  private payload(): TransitionPayload | null {
    switch (this.data.mode) {
      case 'reason': {
        if (this.reason.invalid || (this.data.isReasonRequired && !this.reason.value.trim())) {
          this.reason.setErrors({ required: true });
          this.reason.markAsTouched();
          return null;
        }
        return { reason: this.reason.value.trim() || null };
      }
      case 'vote': {
        const { votes, denominator, passed } = this.vote.getRawValue();
        if (this.vote.invalid || votes === null || denominator === null) {
          this.vote.markAllAsTouched();
          return null;
        }
        return { vote: { votes, denominator, passed } };
      }
      case 'decision': {
        const { number, date } = this.decision.getRawValue();
        if (this.decision.invalid || !date) {
          this.decision.markAllAsTouched();
          return null;
        }
        return { decisionNumber: number.trim(), decisionDate: toIsoDate(date) };
      }
    }
  }
}
