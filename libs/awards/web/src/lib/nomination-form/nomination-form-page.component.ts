import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatStepperModule } from '@angular/material/stepper';
import { Router, RouterLink } from '@angular/router';
import { map } from 'rxjs';

import {
  BENEFICIARY_KINDS,
  type BeneficiaryKind,
  type HouseholdResponse,
  type PersonResponse,
  type Prerequisite,
} from '@thidua/awards/contracts';
import type { UnitRef } from '@thidua/registry/contracts';
import { WorkingYear } from '@thidua/registry/web';
import { ATTACHMENT_PURPOSES, type AttachmentResponse } from '@thidua/shared/contracts';
import {
  applyFieldErrors,
  serverError,
  hasExtension,
  chosenOrEmpty,
  chosenRequired,
  isChosen,
  searchAsYouType,
} from '@thidua/shared/data-access';
import {
  EmptyStateComponent,
  FilePickerComponent,
  FORM_HELPERS,
  PageHeaderComponent,
  yearValidator,
} from '@thidua/shared/ui';

import { AWARDS_ACCESS, type AwardsAccess, isAwardsAdmin, ownUnit } from '../awards-access';
import { AWARDS_PATHS, nominationPath } from '../awards.paths';
import {
  awardKindLabel,
  beneficiaryKindIcon,
  beneficiaryKindLabel,
  fileSizeLabel,
  isoToDisplayDate,
  snackClose,
  unitLabel,
} from '../labels';
import {
  ballotRuleText,
  bonusText,
  prerequisiteText,
  quotaText,
  versionInForce,
} from '../rule-wording';
import { EligibilityPanelComponent } from '../ui/eligibility-panel.component';
import {
  HouseholdDialogComponent,
  type HouseholdDialogData,
} from '../ui/household-dialog.component';
import { PersonDialogComponent, type PersonDialogData } from '../ui/person-dialog.component';
import {
  type BeneficiaryOption,
  type FiguresFormValue,
  type NominationFormValue,
  awardsForKind,
  beneficiaryControlOf,
  emptyFigures,
  householdOption,
  nominationFieldAliases,
  personOption,
  toNominationFormValue,
  toSaveNominationRequest,
} from './nomination-form';
import { NominationFormStore } from './nomination-form.store';

type Choice<T> = T | string | null;
type Movement = { id: string; title: string };

/** The signed-in user's unit as a unit reference, the default proposing unit. */
function ownUnitRef(access: AwardsAccess): UnitRef | null {
  const unit = ownUnit(access);
  return unit
    ? { id: unit.id, code: '', name: unit.name, shortName: unit.shortName ?? null }
    : null;
}

const COUNT_VALIDATORS: ValidatorFn[] = [Validators.required, Validators.min(0)];
const FIGURE_KEYS = [
  'memberCount',
  'ldttCount',
  'cstdcsCount',
  'disciplinedCount',
  'womenCount',
] as const;
const REPORT_EXTENSIONS = ['.pdf', '.docx'];

/** The nomination stepper: `/nominations/new` and `/nominations/:id/edit`. */
@Component({
  selector: 'td-nomination-form-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAutocompleteModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    MatStepperModule,
    EligibilityPanelComponent,
    EmptyStateComponent,
    FilePickerComponent,
    PageHeaderComponent,
    FORM_HELPERS,
  ],
  templateUrl: './nomination-form-page.component.html',
  styleUrls: ['../awards-page.scss', './nomination-form-page.component.scss'],
})
export class NominationFormPageComponent {
  /** Route parameter `:id`; absent on `/nominations/new`. */
  readonly id = input<string | undefined>();

  protected readonly store = inject(NominationFormStore);
  private readonly access = inject(AWARDS_ACCESS);
  private readonly fb = inject(NonNullableFormBuilder);
  /** A new nomination's year: the one every page opens on. */
  private readonly workingYear = inject(WorkingYear).year();
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly paths = AWARDS_PATHS;
  protected readonly kinds = BENEFICIARY_KINDS;
  protected readonly kindLabel = beneficiaryKindLabel;
  protected readonly kindIcon = beneficiaryKindIcon;
  protected readonly awardKindLabel = awardKindLabel;
  protected readonly unitLabel = unitLabel;
  protected readonly date = isoToDisplayDate;
  protected readonly fileSize = fileSizeLabel;
  protected readonly ballotText = ballotRuleText;
  protected readonly bonusText = bonusText;
  protected readonly quotaText = quotaText;
  protected readonly serverError = serverError;
  protected readonly isAdmin = isAwardsAdmin(this.access);
  protected readonly isEdit = computed(() => !!this.id());
  protected readonly heading = computed(() =>
    this.isEdit()
      ? $localize`:@@awNominationEditTitle:Sửa đề nghị khen thưởng`
      : $localize`:@@awNominationCreateTitle:Lập đề nghị khen thưởng`,
  );
  protected readonly backLink = computed(() => {
    const id = this.id() ?? this.store.nomination()?.id;
    return id ? nominationPath(id) : AWARDS_PATHS.nominations;
  });
  protected readonly isHandset = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 959.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  protected readonly form = this.fb.group({
    subject: this.fb.group({
      beneficiaryKind: this.fb.control<BeneficiaryKind>('collective'),
      unit: new FormControl<Choice<UnitRef>>(null, chosenRequired),
      person: new FormControl<Choice<BeneficiaryOption>>(null),
      household: new FormControl<Choice<BeneficiaryOption>>(null),
      year: new FormControl<number | null>(this.workingYear, [
        Validators.required,
        yearValidator,
        Validators.min(2000),
      ]),
      proposingUnit: new FormControl<Choice<UnitRef>>(ownUnitRef(this.access), chosenRequired),
    }),
    award: this.fb.group({
      awardTypeId: ['', Validators.required],
      movement: new FormControl<Choice<Movement>>(null, chosenOrEmpty),
    }),
    achievements: this.fb.group({
      summary: ['', [Validators.required, Validators.maxLength(5000)]],
      figures: this.fb.group({
        memberCount: new FormControl<number | null>(null, COUNT_VALIDATORS),
        ldttCount: new FormControl<number | null>(null, COUNT_VALIDATORS),
        cstdcsCount: new FormControl<number | null>(null, COUNT_VALIDATORS),
        allCompleted: this.fb.control(false),
        disciplinedCount: new FormControl<number | null>(null, COUNT_VALIDATORS),
        womenCount: new FormControl<number | null>(null, COUNT_VALIDATORS),
      }),
    }),
    report: this.fb.group({
      report: new FormControl<AttachmentResponse | null>(null),
    }),
  });
  protected readonly subject = this.form.controls.subject;
  protected readonly awardGroup = this.form.controls.award;
  protected readonly achievements = this.form.controls.achievements;
  protected readonly figures = this.form.controls.achievements.controls.figures;
  protected readonly reportGroup = this.form.controls.report;
  protected readonly overrideBlockers = new FormControl(false, { nonNullable: true });
  protected readonly overrideReason = new FormControl('', { nonNullable: true });

  protected readonly kind = toSignal(this.subject.controls.beneficiaryKind.valueChanges, {
    initialValue: 'collective' as BeneficiaryKind,
  });
  private readonly year = toSignal(this.subject.controls.year.valueChanges, {
    initialValue: this.workingYear as number | null,
  });
  private readonly awardTypeId = toSignal(this.awardGroup.controls.awardTypeId.valueChanges, {
    initialValue: '',
  });
  private readonly proposingUnit = toSignal(this.subject.controls.proposingUnit.valueChanges, {
    initialValue: this.subject.controls.proposingUnit.value,
  });
  protected readonly report = toSignal(this.reportGroup.controls.report.valueChanges, {
    initialValue: null as AttachmentResponse | null,
  });
  private readonly overrideChecked = toSignal(this.overrideBlockers.valueChanges, {
    initialValue: false,
  });
  private readonly overrideText = toSignal(this.overrideReason.valueChanges, { initialValue: '' });

  protected readonly awardOptions = computed(() =>
    awardsForKind(this.store.awardTypes(), this.kind()),
  );
  protected readonly selectedAward = computed(
    () => this.store.awardTypes().find((type) => type.id === this.awardTypeId()) ?? null,
  );
  protected readonly rules = computed(() => {
    const award = this.selectedAward();
    return award
      ? versionInForce(award.versions, `${this.year() ?? this.workingYear}-12-31`)
      : null;
  });
  private readonly awardNames = computed(() =>
    Object.fromEntries(this.store.awardTypes().map((type) => [type.code, type.name])),
  );
  protected readonly unitOptions = toSignal(
    searchAsYouType(this.subject.controls.unit, (q) => this.store.searchUnits(q)),
    { initialValue: [] as UnitRef[] },
  );
  protected readonly proposingUnitOptions = toSignal(
    searchAsYouType(this.subject.controls.proposingUnit, (q) => this.store.searchUnits(q)),
    { initialValue: [] as UnitRef[] },
  );
  protected readonly personOptions = toSignal(
    searchAsYouType(this.subject.controls.person, (q) =>
      this.store.searchPeople(q, this.proposingUnitId()),
    ),
    { initialValue: [] as BeneficiaryOption[] },
  );
  protected readonly householdOptions = toSignal(
    searchAsYouType(this.subject.controls.household, (q) =>
      this.store.searchHouseholds(q, this.proposingUnitId()),
    ),
    { initialValue: [] as BeneficiaryOption[] },
  );
  protected readonly movementOptions = toSignal(
    searchAsYouType(this.awardGroup.controls.movement, (q) => this.store.searchMovements(q)),
    { initialValue: [] as Movement[] },
  );

  /** Whether the form changed since the draft was last saved. */
  protected readonly isDirty = signal(true);
  protected readonly formErrors = signal<string[]>([]);
  protected readonly reportError = signal<string | null>(null);
  /** Inside a step: there only while that step is rendered. */
  private readonly reportPicker = viewChild(FilePickerComponent);
  protected readonly submitError = signal<string | null>(null);
  protected readonly review = signal<NominationFormValue | null>(null);
  protected readonly isNotEditable = computed(() => {
    const nomination = this.store.nomination();
    return this.isEdit() && !!nomination && nomination.id === this.id() && !nomination.canEdit;
  });
  /** Why "Gửi khối" is disabled, shown under it (null when it is not, or while saving). */
  protected readonly submitBlockedReason = computed(() => {
    if (this.store.isSaving() || this.canSubmit()) return null;
    if (!this.store.nomination()) {
      return $localize`:@@awSubmitNeedsSave:Lưu đề nghị trước, rồi mới gửi khối.`;
    }
    if (this.isDirty()) {
      return $localize`:@@awSubmitNeedsSaveChanges:Có thay đổi chưa lưu: bấm Lưu trước khi gửi khối.`;
    }
    return this.isAdmin
      ? $localize`:@@awSubmitNeedsOverride:Còn điều kiện chưa đạt: chọn "Bỏ qua điều kiện chặn" và ghi lý do để gửi.`
      : null;
  });
  protected readonly canSubmit = computed(() => {
    if (!this.store.nomination() || this.isDirty() || this.store.isSaving()) return false;
    if (!this.store.hasBlockers()) return true;
    return this.isAdmin && this.overrideChecked() && !!this.overrideText().trim();
  });
  private isInitialized = false;

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.subject.controls.beneficiaryKind.valueChanges
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((kind) => this.applyKind(kind));
    this.form.valueChanges
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe(() => this.isDirty.set(true));
    if (!this.isAdmin) this.subject.controls.proposingUnit.disable({ emitEvent: false });
    this.applyKind('collective');
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id ?? null));
    });
    effect(() => {
      const nomination = this.store.nomination();
      if (nomination && nomination.id === this.id() && !this.isInitialized) {
        this.isInitialized = true;
        untracked(() => {
          this.setValue(toNominationFormValue(nomination));
          this.isDirty.set(false);
        });
      }
    });
  }

  protected displayUnit(value: Choice<UnitRef>): string {
    return isChosen(value) ? unitLabel(value) : (value ?? '');
  }

  protected displayOption(value: Choice<BeneficiaryOption>): string {
    return isChosen(value) ? value.name : (value ?? '');
  }

  protected displayMovement(value: Choice<Movement>): string {
    return isChosen(value) ? value.title : (value ?? '');
  }

  protected prerequisite(p: Prerequisite): string {
    return prerequisiteText(p, this.awardNames());
  }

  protected touch(group: FormGroup): void {
    group.markAllAsTouched();
  }

  protected addPerson(): void {
    const data: PersonDialogData = {
      defaultUnit: this.proposingUnitRef(),
      searchUnits: (q) => this.store.searchUnits(q),
      save: (request) => this.store.createPerson(request),
    };
    this.dialog
      .open<PersonDialogComponent, PersonDialogData, PersonResponse>(PersonDialogComponent, {
        data,
        width: '560px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((person) => {
        if (person) this.subject.controls.person.setValue(personOption(person));
      });
  }

  protected addHousehold(): void {
    const data: HouseholdDialogData = {
      defaultUnit: this.proposingUnitRef(),
      searchUnits: (q) => this.store.searchUnits(q),
      save: (request) => this.store.createHousehold(request),
    };
    this.dialog
      .open<HouseholdDialogComponent, HouseholdDialogData, HouseholdResponse>(
        HouseholdDialogComponent,
        { data, width: '560px', maxWidth: '95vw' },
      )
      .afterClosed()
      .subscribe((household) => {
        if (household) this.subject.controls.household.setValue(householdOption(household));
      });
  }

  /** Uploads the chosen report at once; the picker is emptied whatever the outcome. */
  protected async chooseReport(file: File | null): Promise<void> {
    this.reportError.set(null);
    if (!file) return;
    const picker = this.reportPicker();
    if (!hasExtension(file, REPORT_EXTENSIONS)) {
      this.reportError.set($localize`:@@awReportWrongType:Chỉ nhận tệp PDF hoặc DOCX.`);
      picker?.clear();
      return;
    }
    if (file.size > ATTACHMENT_PURPOSES.achievementReport.maxBytes) {
      this.reportError.set($localize`:@@awReportTooLarge:Tệp lớn hơn 10 MB.`);
      picker?.clear();
      return;
    }
    const result = await this.store.uploadReport(file);
    picker?.clear();
    if (result.error) {
      this.reportError.set(result.error.message);
      return;
    }
    this.reportGroup.controls.report.setValue(result.attachment);
  }

  protected removeReport(): void {
    this.reportGroup.controls.report.setValue(null);
  }

  /** Entering the last step: shows what will be saved. */
  protected showReview(): void {
    this.review.set(this.value());
  }

  protected async saveDraft(): Promise<void> {
    if (this.store.isSaving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.formErrors.set([
        $localize`:@@awFormInvalid:Vui lòng kiểm tra các trường được đánh dấu ở các bước trước.`,
      ]);
      return;
    }
    this.formErrors.set([]);
    this.submitError.set(null);
    const value = this.value();
    this.review.set(value);
    const result = await this.store.save(toSaveNominationRequest(value));
    if (result.error) {
      const unmatched = applyFieldErrors(
        this.form,
        result.error,
        nominationFieldAliases(value.beneficiaryKind),
      );
      this.formErrors.set([result.error.message, ...unmatched]);
      return;
    }
    this.isDirty.set(false);
    this.snackBar.open($localize`:@@awDraftSaved:Đã lưu nháp đề nghị.`, snackClose(), {
      duration: 4000,
    });
  }

  protected async submit(): Promise<void> {
    if (!this.canSubmit()) return;
    this.submitError.set(null);
    const override =
      this.store.hasBlockers() && this.isAdmin && this.overrideBlockers.value
        ? { reason: this.overrideReason.value.trim() }
        : null;
    const error = await this.store.submit(override);
    if (error) {
      this.submitError.set(error.message);
      return;
    }
    const nomination = this.store.nomination();
    this.snackBar.open($localize`:@@awSubmitted:Đã gửi đề nghị tới khối.`, snackClose(), {
      duration: 4000,
    });
    if (nomination) await this.router.navigateByUrl(nominationPath(nomination.id));
  }

  private proposingUnitId(): string | null {
    return this.proposingUnitRef()?.id ?? null;
  }

  private proposingUnitRef(): UnitRef | null {
    const unit = this.proposingUnit() ?? this.subject.controls.proposingUnit.value;
    return isChosen(unit) ? unit : null;
  }

  /** Only the pick of the chosen kind is required; figures only for a collective. */
  private applyKind(kind: BeneficiaryKind): void {
    const active = beneficiaryControlOf(kind);
    for (const name of ['unit', 'person', 'household'] as const) {
      const control = this.subject.controls[name];
      control.setValidators(name === active ? chosenRequired : null);
      control.updateValueAndValidity({ emitEvent: false });
    }
    for (const key of FIGURE_KEYS) {
      const control = this.figures.controls[key];
      control.setValidators(kind === 'collective' ? COUNT_VALIDATORS : null);
      control.updateValueAndValidity({ emitEvent: false });
    }
    const awardId = this.awardGroup.controls.awardTypeId.value;
    const award = this.store.awardTypes().find((type) => type.id === awardId);
    if (award && !award.beneficiaryKinds.includes(kind))
      this.awardGroup.controls.awardTypeId.setValue('');
    this.subject.updateValueAndValidity({ emitEvent: false });
    this.achievements.updateValueAndValidity({ emitEvent: false });
  }

  private value(): NominationFormValue {
    const { subject, award, achievements, report } = this.form.getRawValue();
    const figures: FiguresFormValue = achievements.figures;
    return {
      beneficiaryKind: subject.beneficiaryKind,
      unit: isChosen(subject.unit) ? subject.unit : null,
      person: isChosen(subject.person) ? subject.person : null,
      household: isChosen(subject.household) ? subject.household : null,
      year: subject.year ?? this.workingYear,
      proposingUnit: isChosen(subject.proposingUnit) ? subject.proposingUnit : null,
      awardTypeId: award.awardTypeId,
      movement: isChosen(award.movement) ? award.movement : null,
      summary: achievements.summary,
      figures,
      report: report.report,
    };
  }

  private setValue(value: NominationFormValue): void {
    this.form.setValue({
      subject: {
        beneficiaryKind: value.beneficiaryKind,
        unit: value.unit,
        person: value.person,
        household: value.household,
        year: value.year,
        proposingUnit: value.proposingUnit,
      },
      award: { awardTypeId: value.awardTypeId, movement: value.movement },
      achievements: { summary: value.summary, figures: { ...emptyFigures(), ...value.figures } },
      report: { report: value.report },
    });
    this.applyKind(value.beneficiaryKind);
  }
}
