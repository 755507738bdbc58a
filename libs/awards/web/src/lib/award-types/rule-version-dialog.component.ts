import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  FormArray,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import {
  type AwardRuleVersion,
  BALLOT_DENOMINATORS,
  type BallotComparator,
  type BallotDenominator,
  BENEFICIARY_KINDS,
  type BeneficiaryKind,
} from '@thidua/awards/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { applyFieldErrors, serverError } from '@thidua/shared/data-access';

import { beneficiaryKindLabel } from '../labels';
import {
  PREREQUISITE_KINDS,
  type PrerequisiteFormValue,
  type PrerequisiteKind,
  type RuleVersionRules,
  emptyPrerequisite,
  prerequisiteKindLabel,
  toRuleVersionFormValue,
  toRuleVersionRequest,
} from './rule-version-form';
import { DATEPICKER, FORM_HELPERS } from '@thidua/shared/ui';

export interface RuleVersionDialogData {
  awardName: string;
  /** The version to change; null to add one (prefilled from `basedOn`). */
  version: AwardRuleVersion | null;
  basedOn: AwardRuleVersion | null;
  /** Award codes and names to pick in the prerequisites. */
  awards: Array<{ code: string; name: string }>;
  save(request: RuleVersionRules): Promise<ApiError | null>;
}

type PrerequisiteGroup = FormGroup<{
  kind: FormControl<PrerequisiteKind>;
  awardCode: FormControl<string>;
  years: FormControl<number | null>;
  initiatives: FormControl<number | null>;
  minLdttPercent: FormControl<number | null>;
  allComplete: FormControl<boolean>;
  minCstdcs: FormControl<number | null>;
  appliesTo: FormControl<BeneficiaryKind[]>;
}>;

/** Adds or changes the rules of an award in force from a date. Closes with `true` when saved. */
@Component({
  selector: 'td-rule-version-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    DATEPICKER,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    FORM_HELPERS,
  ],
  templateUrl: './rule-version-dialog.component.html',
  styleUrls: ['../awards-page.scss', './rule-version-dialog.component.scss'],
})
export class RuleVersionDialogComponent {
  protected readonly data = inject<RuleVersionDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<RuleVersionDialogComponent, boolean>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly denominators = BALLOT_DENOMINATORS;
  protected readonly comparators: BallotComparator[] = ['gt', 'gte'];
  protected readonly beneficiaryKinds = BENEFICIARY_KINDS;
  protected readonly prerequisiteKinds = PREREQUISITE_KINDS;
  protected readonly kindLabel = beneficiaryKindLabel;
  protected readonly prerequisiteKindLabel = prerequisiteKindLabel;
  protected readonly serverError = serverError;
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);

  private readonly initial = toRuleVersionFormValue(this.data.version ?? this.data.basedOn);
  protected readonly form = this.fb.group({
    effectiveFrom: new FormControl<Date | null>(
      this.data.version ? this.initial.effectiveFrom : null,
      Validators.required,
    ),
    effectiveTo: new FormControl<Date | null>(this.data.version ? this.initial.effectiveTo : null),
    legalCitation: [this.initial.legalCitation, [Validators.required, Validators.maxLength(1000)]],
    bonusCoefficient: new FormControl<number | null>(this.initial.bonusCoefficient, [
      Validators.required,
      Validators.min(0),
    ]),
    threshold: new FormControl<number | null>(this.initial.threshold, [
      Validators.required,
      Validators.min(0),
      Validators.max(100),
    ]),
    denominator: this.fb.control<BallotDenominator>(this.initial.denominator),
    comparator: this.fb.control<BallotComparator>(this.initial.comparator),
    quotaPerBloc: new FormControl<number | null>(this.initial.quotaPerBloc, Validators.min(1)),
    prerequisites: new FormArray<PrerequisiteGroup>(
      this.initial.prerequisites.map((p) => this.prerequisiteGroup(p)),
    ),
  });
  protected readonly prerequisites = this.form.controls.prerequisites;

  protected denominatorLabel(denominator: BallotDenominator): string {
    switch (denominator) {
      case 'eligible':
        return $localize`:@@awDenominatorEligible:Tổng số thành viên`;
      case 'present':
        return $localize`:@@awDenominatorPresent:Số thành viên có mặt`;
      case 'valid':
        return $localize`:@@awDenominatorValid:Số phiếu hợp lệ`;
    }
  }

  protected comparatorLabel(comparator: BallotComparator): string {
    return comparator === 'gt'
      ? $localize`:@@awComparatorGt:Trên (>)`
      : $localize`:@@awComparatorGte:Từ (≥)`;
  }

  protected removeLabel(n: number): string {
    return $localize`:@@awPrereqRemove:Xóa điều kiện ${n}:n:`;
  }

  protected addPrerequisite(): void {
    this.prerequisites.push(this.prerequisiteGroup(emptyPrerequisite()));
  }

  protected removePrerequisite(index: number): void {
    this.prerequisites.removeAt(index);
  }

  protected async save(): Promise<void> {
    if (this.form.invalid || this.isSaving()) {
      this.form.markAllAsTouched();
      return;
    }
    const raw = this.form.getRawValue();
    this.isSaving.set(true);
    this.formError.set(null);
    const error = await this.data.save(
      toRuleVersionRequest({ ...raw, prerequisites: raw.prerequisites as PrerequisiteFormValue[] }),
    );
    this.isSaving.set(false);
    if (error) {
      applyFieldErrors(this.form, error, {
        'ballot.threshold': 'threshold',
        'ballot.denominator': 'denominator',
        'ballot.comparator': 'comparator',
      });
      this.formError.set(error.message);
    } else {
      this.dialogRef.close(true);
    }
  }

  private prerequisiteGroup(value: PrerequisiteFormValue): PrerequisiteGroup {
    return this.fb.group({
      kind: this.fb.control<PrerequisiteKind>(value.kind),
      awardCode: this.fb.control(value.awardCode),
      years: new FormControl<number | null>(value.years, Validators.min(1)),
      initiatives: new FormControl<number | null>(value.initiatives, Validators.min(0)),
      minLdttPercent: new FormControl<number | null>(value.minLdttPercent, [
        Validators.min(0),
        Validators.max(100),
      ]),
      allComplete: this.fb.control(value.allComplete),
      minCstdcs: new FormControl<number | null>(value.minCstdcs, Validators.min(0)),
      appliesTo: this.fb.control<BeneficiaryKind[]>(value.appliesTo),
    });
  }
}
