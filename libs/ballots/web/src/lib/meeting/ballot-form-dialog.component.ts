import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';

import {
  type AwardTypeResponse,
  BALLOT_DENOMINATORS,
  type BallotComparator,
  type BallotDenominator,
  type NominationListItemResponse,
} from '@thidua/awards/contracts';
import {
  BALLOT_METHODS,
  BALLOT_MODES,
  type BallotMethod,
  type BallotMode,
  type MeetingResponse,
  type SaveBallotRequest,
} from '@thidua/ballots/contracts';
import {
  ballotMethodLabel,
  ballotModeLabel,
  chooseKInWords,
  comparatorLabel,
  denominatorLabel,
  unitLabel,
} from '@thidua/ballots/ui';
import type { ApiError } from '@thidua/shared/contracts';
import { applyFieldErrors, serverError, toApiError } from '@thidua/shared/data-access';
import { FORM_HELPERS } from '@thidua/shared/ui';

import { defaultBallotRule, ruleVersionInForce } from './ballot-form';

export interface BallotFormDialogData {
  meeting: MeetingResponse;
  loadAwardTypes(): Promise<AwardTypeResponse[]>;
  loadCandidates(awardTypeId: string): Promise<NominationListItemResponse[]>;
  /** Saves; answers the new ballot's id, or the error to show. */
  save(request: SaveBallotRequest): Promise<string | ApiError>;
}

/**
 * Creates a ballot of a meeting: the award, its candidates (the nominations the bloc accepted),
 * how delegates vote and the rule (by default the award's rule in force on the meeting's date).
 * Closes with the new ballot's id.
 */
@Component({
  selector: 'td-ballot-form-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    FORM_HELPERS,
  ],
  templateUrl: './ballot-form-dialog.component.html',
  styleUrls: ['../ballots-page.scss', './ballot-form-dialog.component.scss'],
})
export class BallotFormDialogComponent {
  protected readonly data = inject<BallotFormDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<BallotFormDialogComponent, string>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly serverError = serverError;
  protected readonly methods = BALLOT_METHODS;
  protected readonly modes = BALLOT_MODES;
  protected readonly denominators = BALLOT_DENOMINATORS;
  protected readonly comparators: BallotComparator[] = ['gt', 'gte'];
  protected readonly methodLabel = ballotMethodLabel;
  protected readonly modeLabel = ballotModeLabel;
  protected readonly denominatorLabel = denominatorLabel;
  protected readonly comparatorLabel = comparatorLabel;
  protected readonly unitLabel = unitLabel;
  protected readonly awardTypes = signal<AwardTypeResponse[]>([]);
  protected readonly candidates = signal<NominationListItemResponse[]>([]);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly isLoadingCandidates = signal(false);
  protected readonly candidatesError = signal<string | null>(null);
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly ruleSource = signal<string | null>(null);
  protected readonly selectedCount = computed(() => this.selected().size);
  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.maxLength(500)]],
    awardTypeId: ['', [Validators.required]],
    method: this.fb.control<BallotMethod>('chooseK'),
    mode: this.fb.control<BallotMode>('secret'),
    threshold: this.fb.control<number | null>(50, [
      Validators.required,
      Validators.min(0),
      Validators.max(100),
    ]),
    denominator: this.fb.control<BallotDenominator>('eligible'),
    comparator: this.fb.control<BallotComparator>('gt'),
    maxWinners: this.fb.control<number | null>(1, [Validators.required, Validators.min(1)]),
  });

  private readonly method = toSignal(this.form.controls.method.valueChanges, {
    initialValue: this.form.controls.method.value,
  });
  private readonly maxWinners = toSignal(this.form.controls.maxWinners.valueChanges, {
    initialValue: this.form.controls.maxWinners.value,
  });
  /** The choose-K rule with the form's numbers: "Chọn tối đa 2 trong 5 ứng viên". */
  protected readonly chooseKText = computed(() => {
    const k = this.maxWinners();
    const n = this.selectedCount();
    return this.method() === 'chooseK' && k && k > 0 && n > 0 ? chooseKInWords(k, n) : null;
  });

  constructor() {
    void this.loadAwardTypes();
    this.form.controls.awardTypeId.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((id) => void this.chooseAward(id));
  }

  protected isSelected(id: string): boolean {
    return this.selected().has(id);
  }

  protected toggleCandidate(id: string, checked: boolean): void {
    this.selected.update((set) => {
      const next = new Set(set);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  protected async save(): Promise<void> {
    if (this.form.invalid || this.isSaving()) {
      this.form.markAllAsTouched();
      return;
    }
    const nominationIds = this.candidates()
      .map((c) => c.id)
      .filter((id) => this.selected().has(id));
    if (!nominationIds.length) {
      this.formError.set($localize`:@@blBallotNoCandidates:Chọn ít nhất một ứng viên.`);
      return;
    }
    const value = this.form.getRawValue();
    const maxWinners = Number(value.maxWinners);
    if (maxWinners > nominationIds.length) {
      this.form.controls.maxWinners.setErrors({ max: true });
      this.form.controls.maxWinners.markAsTouched();
      return;
    }
    this.isSaving.set(true);
    this.formError.set(null);
    const request: SaveBallotRequest = {
      meetingId: this.data.meeting.id,
      title: value.title.trim(),
      awardTypeId: value.awardTypeId,
      nominationIds,
      method: value.method,
      mode: value.mode,
      rule: {
        threshold: Number(value.threshold),
        denominator: value.denominator,
        comparator: value.comparator,
      },
      maxWinners,
    };
    const result = await this.data.save(request);
    this.isSaving.set(false);
    if (typeof result === 'string') {
      this.dialogRef.close(result);
      return;
    }
    const unmatched = applyFieldErrors(this.form, result, {
      'rule.threshold': 'threshold',
      'rule.denominator': 'denominator',
      'rule.comparator': 'comparator',
    });
    if (!result.fieldErrors || unmatched.length) {
      this.formError.set(unmatched.length ? unmatched.join(' ') : result.message);
    }
  }

  private async loadAwardTypes(): Promise<void> {
    try {
      this.awardTypes.set(await this.data.loadAwardTypes());
    } catch (error) {
      this.formError.set(toApiError(error).message);
    }
  }

  private async chooseAward(id: string): Promise<void> {
    const award = this.awardTypes().find((type) => type.id === id);
    if (!award) return;
    const meeting = this.data.meeting;
    const rule = defaultBallotRule(award, meeting.meetingDate);
    const version = ruleVersionInForce(award, meeting.meetingDate);
    this.ruleSource.set(version?.legalCitation || null);
    this.form.patchValue({
      threshold: rule.threshold,
      denominator: rule.denominator,
      comparator: rule.comparator,
    });
    if (!this.form.controls.title.dirty) {
      const name = award.name;
      const year = meeting.year;
      this.form.controls.title.setValue(
        $localize`:@@blBallotDefaultTitle:Bỏ phiếu suy tôn ${name}:AWARD: năm ${year}:YEAR:`,
      );
    }
    this.isLoadingCandidates.set(true);
    this.candidatesError.set(null);
    try {
      const candidates = await this.data.loadCandidates(id);
      if (this.form.controls.awardTypeId.value !== id) return;
      this.candidates.set(candidates);
      this.selected.set(new Set(candidates.map((c) => c.id)));
    } catch (error) {
      this.candidates.set([]);
      this.selected.set(new Set());
      this.candidatesError.set(toApiError(error).message);
    } finally {
      this.isLoadingCandidates.set(false);
    }
  }
}
