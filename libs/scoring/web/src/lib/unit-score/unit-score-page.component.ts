import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';

import { ATTACHMENT_PURPOSES, type ApiError } from '@thidua/shared/contracts';
import type { ScoreAdjustmentRequest, UnitScoreAction } from '@thidua/scoring/contracts';
import { applyFieldErrors, serverError } from '@thidua/shared/data-access';
import {
  CardTableDirective,
  EmptyStateComponent,
  FORM_HELPERS,
  PageHeaderComponent,
} from '@thidua/shared/ui';
import { yearOrNull } from '@thidua/shared/util';

import {
  actionDoneLabel,
  dateLabel,
  pointsLabel,
  snackClose,
  unitScoreStatusLabel,
} from '../labels';
import { scoringPath } from '../scoring.paths';
import { UnitScoreStore } from './unit-score.store';

type SelfForm = FormGroup<{
  itemId: FormControl<string>;
  points: FormControl<number | null>;
  explanation: FormControl<string>;
}>;
type CheckForm = FormGroup<{
  itemId: FormControl<string>;
  points: FormControl<number | null>;
  reason: FormControl<string>;
}>;

/**
 * A unit's card: its self-assessment form (points, explanation, evidence) while it may edit; the
 * checking view (self and checked points side by side, adjustments with reasons) for the head
 * and deputy; read-only otherwise.
 */
@Component({
  selector: 'td-unit-score-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    EmptyStateComponent,
    PageHeaderComponent,
    FORM_HELPERS,
    CardTableDirective,
  ],
  templateUrl: './unit-score-page.component.html',
  styleUrls: ['../scoring-page.scss', './unit-score-page.component.scss'],
})
export class UnitScorePageComponent {
  /** Route parameter `:blocId`. */
  readonly blocId = input.required<string>();
  /** Route parameter `:year`. */
  readonly year = input.required<string>();
  /** Route parameter `:unitId`. */
  readonly unitId = input.required<string>();

  protected readonly store = inject(UnitScoreStore);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly points = pointsLabel;
  protected readonly date = dateLabel;
  protected readonly statusLabel = unitScoreStatusLabel;
  protected readonly serverError = serverError;
  protected readonly accept = '.pdf,.docx,.xlsx,.png,.jpg,.jpeg';
  protected readonly selectedYear = computed(() => yearOrNull(this.year()));
  protected readonly boardLink = computed(() =>
    scoringPath(this.blocId(), this.selectedYear() ?? 0),
  );
  protected readonly heading = computed(() => {
    const card = this.store.card();
    return card
      ? $localize`:@@scCardHeading:Bảng điểm ${card.unit.name}:unit: năm ${this.year()}:year:`
      : $localize`:@@scCardHeadingLoading:Bảng điểm`;
  });
  protected readonly unmatched = signal<string[]>([]);

  protected readonly selfForm = new FormGroup({ entries: new FormArray<SelfForm>([]) });
  protected readonly checkForm = new FormGroup({ entries: new FormArray<CheckForm>([]) });
  protected readonly returnReason = new FormControl('', { nonNullable: true });

  constructor() {
    effect(() => {
      const year = this.selectedYear();
      const blocId = this.blocId();
      const unitId = this.unitId();
      if (year !== null) untracked(() => void this.store.load(blocId, year, unitId));
    });
    effect(() => {
      const rows = this.store.rows();
      untracked(() => this.fill(rows));
    });
  }

  protected selfControl(index: number): SelfForm {
    return this.selfForm.controls.entries.at(index);
  }

  protected checkControl(index: number): CheckForm {
    return this.checkForm.controls.entries.at(index);
  }

  protected async saveSelf(): Promise<boolean> {
    this.selfForm.markAllAsTouched();
    if (this.selfForm.invalid) return false;
    const entries = this.selfForm.controls.entries.getRawValue().map((e) => ({
      itemId: e.itemId,
      points: e.points,
      explanation: e.explanation.trim() || null,
    }));
    const error = await this.store.saveSelf(entries);
    if (error) {
      this.showErrors(error, () => applyFieldErrors(this.selfForm, error));
      return false;
    }
    this.unmatched.set([]);
    return true;
  }

  protected async saveAndNotify(): Promise<void> {
    if (await this.saveSelf()) this.notify($localize`:@@scSelfSaved:Đã lưu bảng tự chấm.`);
  }

  protected async submit(): Promise<void> {
    if (!(await this.saveSelf())) return;
    await this.transition('submit');
  }

  protected async upload(itemId: string, input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > ATTACHMENT_PURPOSES.scoreEvidence.maxBytes) {
      this.notify($localize`:@@scEvidenceTooLarge:Tệp minh chứng quá 10 MB.`);
      return;
    }
    const error = await this.store.addEvidence(itemId, file);
    this.notify(error ? error.message : $localize`:@@scEvidenceAdded:Đã đính kèm minh chứng.`);
  }

  protected async removeEvidence(attachmentId: string): Promise<void> {
    const error = await this.store.removeEvidence(attachmentId);
    this.notify(error ? error.message : $localize`:@@scEvidenceRemoved:Đã gỡ minh chứng.`);
  }

  /** Sends the adjustments that changed, each with its reason. */
  protected async saveAdjustments(): Promise<void> {
    const rows = this.checkForm.controls.entries.getRawValue();
    const sent: number[] = [];
    const adjustments: ScoreAdjustmentRequest[] = [];
    this.store.rows().forEach((row) => {
      if (row.kind !== 'item') return;
      const value = rows[row.index];
      const changed =
        value.points !== null &&
        (value.points !== (row.entry?.checkedPoints ?? null) ||
          value.reason.trim() !== (row.entry?.adjustReason ?? ''));
      if (!changed) return;
      sent.push(row.index);
      adjustments.push({
        itemId: value.itemId,
        points: value.points ?? 0,
        reason: value.reason.trim(),
      });
    });
    if (!adjustments.length) {
      this.notify($localize`:@@scNoAdjustments:Chưa có điểm nào được điều chỉnh.`);
      return;
    }
    const error = await this.store.adjust(adjustments);
    if (error) {
      const aliases = Object.fromEntries(
        sent.flatMap((formIndex, k) => [
          [`adjustments.${k}.points`, `entries.${formIndex}.points`],
          [`adjustments.${k}.reason`, `entries.${formIndex}.reason`],
        ]),
      );
      this.showErrors(error, () => applyFieldErrors(this.checkForm, error, aliases));
      return;
    }
    this.unmatched.set([]);
    this.notify($localize`:@@scAdjustmentsSaved:Đã lưu điều chỉnh điểm.`);
  }

  protected async transition(action: UnitScoreAction): Promise<void> {
    const reason = action === 'return' ? this.returnReason.value.trim() : null;
    const error = await this.store.transition(action, reason);
    if (error) {
      this.showErrors(error, () => {
        if (error.fieldErrors?.['reason'])
          this.returnReason.setErrors({ server: error.fieldErrors['reason'].join(' ') });
        return error.fieldErrors?.['reason'] ? [] : [error.message];
      });
      return;
    }
    this.unmatched.set([]);
    this.returnReason.reset('');
    this.notify(actionDoneLabel(action));
  }

  private showErrors(error: ApiError, apply: () => string[]): void {
    this.unmatched.set(error.fieldErrors ? [error.message, ...apply()] : [error.message]);
  }

  private notify(message: string): void {
    this.snackBar.open(message, snackClose(), { duration: 4000 });
  }

  private fill(rows: ReturnType<UnitScoreStore['rows']>): void {
    const self = this.selfForm.controls.entries;
    const check = this.checkForm.controls.entries;
    self.clear();
    check.clear();
    for (const row of rows) {
      if (row.kind !== 'item') continue;
      const max = [Validators.min(0), Validators.max(row.item.maxPoints)];
      self.push(
        new FormGroup({
          itemId: new FormControl(row.item.id, { nonNullable: true }),
          points: new FormControl<number | null>(row.entry?.selfPoints ?? null, max),
          explanation: new FormControl(row.entry?.explanation ?? '', {
            nonNullable: true,
            validators: [Validators.maxLength(2000)],
          }),
        }),
      );
      check.push(
        new FormGroup({
          itemId: new FormControl(row.item.id, { nonNullable: true }),
          points: new FormControl<number | null>(row.entry?.checkedPoints ?? null, max),
          reason: new FormControl(row.entry?.adjustReason ?? '', {
            nonNullable: true,
            validators: [Validators.maxLength(1000)],
          }),
        }),
      );
    }
  }
}
