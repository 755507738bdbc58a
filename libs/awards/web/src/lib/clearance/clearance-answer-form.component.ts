import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import {
  type AnswerClearanceRequest,
  type ClearanceAnswer,
  type ClearanceAnswerResponse,
  REVIEW_FLAG_KINDS,
  type ReviewFlagKind,
} from '@thidua/awards/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { applyFieldErrors, serverError } from '@thidua/shared/data-access';
import { FilePickerComponent } from '@thidua/shared/ui';

import { reviewFlagKindLabel } from './clearance-labels';

export interface ClearanceAnswerSubmit {
  request: Omit<AnswerClearanceRequest, 'attachmentId'>;
  file: File | null;
}

/** A clearance office's answer about one nominee: no objection, or an objection with its grounds. */
@Component({
  selector: 'td-clearance-answer-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    FilePickerComponent,
  ],
  template: `
    <form class="form" [formGroup]="form" (ngSubmit)="send()">
      <mat-button-toggle-group formControlName="answer" [attr.aria-label]="answerLabel">
        <mat-button-toggle value="noObjection" i18n="@@clrAnswerNoObjectionShort"
          >Không có ý kiến</mat-button-toggle
        >
        <mat-button-toggle value="objection" i18n="@@clrAnswerObjectionShort"
          >Có ý kiến phản đối</mat-button-toggle
        >
      </mat-button-toggle-group>
      @if (isObjection()) {
        <mat-form-field class="full">
          <mat-label i18n="@@clrFlagKind">Nội dung đang xem xét</mat-label>
          <mat-select formControlName="flagKind">
            @for (k of flagKinds; track k) {
              <mat-option [value]="k">{{ flagKindLabel(k) }}</mat-option>
            }
          </mat-select>
          @if (serverError(form.controls.flagKind); as e) {
            <mat-error>{{ e }}</mat-error>
          } @else {
            <mat-error i18n="@@clrFlagKindRequired">Chọn nội dung.</mat-error>
          }
        </mat-form-field>
      }
      <mat-form-field class="full">
        <mat-label i18n="@@clrReason">Lý do, ý kiến</mat-label>
        <textarea matInput formControlName="reason" rows="3" maxlength="2000"></textarea>
        @if (serverError(form.controls.reason); as e) {
          <mat-error>{{ e }}</mat-error>
        } @else {
          <mat-error i18n="@@clrReasonRequired">Nêu lý do phản đối.</mat-error>
        }
      </mat-form-field>
      <label [for]="fileId()" i18n="@@clrDocument">Văn bản kèm theo (không bắt buộc)</label>
      <td-file-picker
        [inputId]="fileId()"
        accept=".pdf,.docx,.png,.jpg,.jpeg"
        (fileChange)="file.set($event)"
      />
      @for (m of messages(); track m) {
        <p class="late" role="alert">{{ m }}</p>
      }
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="busy()" i18n="@@clrSendAnswer">
          Gửi trả lời
        </button>
      </div>
    </form>
  `,
  styleUrl: './clearance.scss',
})
export class ClearanceAnswerFormComponent {
  readonly nominationId = input.required<string>();
  /** The office's answer so far (its version is sent with the new one). */
  readonly current = input.required<ClearanceAnswerResponse>();
  readonly busy = input(false);
  /** The server's refusal of the last answer, put onto the fields. */
  readonly error = input<ApiError | null>(null);
  readonly submitted = output<ClearanceAnswerSubmit>();

  protected readonly flagKinds = REVIEW_FLAG_KINDS;
  protected readonly flagKindLabel = reviewFlagKindLabel;
  protected readonly serverError = serverError;
  protected readonly answerLabel = $localize`:@@clrAnswerLabel:Ý kiến`;
  protected readonly file = signal<File | null>(null);
  protected readonly messages = signal<string[]>([]);
  protected readonly fileId = computed(() => `clearance-file-${this.nominationId()}`);

  protected readonly form = new FormGroup({
    answer: new FormControl<ClearanceAnswer>('noObjection', { nonNullable: true }),
    flagKind: new FormControl<ReviewFlagKind | null>(null),
    reason: new FormControl('', { nonNullable: true }),
  });
  private readonly answerValue = signal<ClearanceAnswer>('noObjection');
  protected readonly isObjection = computed(() => this.answerValue() === 'objection');

  constructor() {
    this.form.controls.answer.valueChanges.subscribe((answer) => {
      this.answerValue.set(answer);
      const required = answer === 'objection' ? [Validators.required] : [];
      this.form.controls.flagKind.setValidators(required);
      this.form.controls.reason.setValidators(required);
      this.form.controls.flagKind.updateValueAndValidity();
      this.form.controls.reason.updateValueAndValidity();
    });
    effect(() => {
      const c = this.current();
      if (c.answer)
        this.form.patchValue({ answer: c.answer, flagKind: c.flagKind, reason: c.reason ?? '' });
    });
    effect(() => {
      const error = this.error();
      this.messages.set(error ? applyFieldErrors(this.form, error) : []);
      if (error && !error.fieldErrors) this.messages.set([error.message]);
    });
  }

  protected send(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const isObjection = v.answer === 'objection';
    this.submitted.emit({
      request: {
        nominationId: this.nominationId(),
        answer: v.answer,
        flagKind: isObjection ? v.flagKind : null,
        reason: v.reason || null,
        version: this.current().version,
      },
      file: this.file(),
    });
  }
}
