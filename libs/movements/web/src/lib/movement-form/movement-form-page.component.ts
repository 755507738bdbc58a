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
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { ENTER } from '@angular/cdk/keycodes';
import {
  MatAutocompleteModule,
  MatAutocompleteSelectedEvent,
} from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';

import { MOVEMENT_KINDS, type MovementKind } from '@thidua/movements/contracts';
import type { BlocSummaryResponse, UnitRef } from '@thidua/registry/contracts';
import { applyFieldErrors, serverError, searchAsYouType } from '@thidua/shared/data-access';
import {
  DATEPICKER,
  EmptyStateComponent,
  FORM_HELPERS,
  PageHeaderComponent,
} from '@thidua/shared/ui';

import { movementKindLabel, snackClose, unitLabel } from '../labels';
import { MOVEMENTS_ACCESS, enlistableBlocIds } from '../movements-access';
import { MOVEMENTS_PATHS, movementPath } from '../movements.paths';
import {
  type MovementFormValue,
  type TargetFormValue,
  emptyMovementForm,
  emptyTarget,
  parseNumberVi,
  toMovementFormValue,
  toSaveMovementRequest,
} from './movement-form';
import { MovementFormStore } from './movement-form.store';

type TargetGroup = FormGroup<{
  id: FormControl<string | null>;
  content: FormControl<string>;
  measure: FormControl<string>;
  targetValue: FormControl<string>;
}>;

function numberValidator(control: AbstractControl<string>): ValidationErrors | null {
  const value = parseNumberVi(control.value ?? '');
  return value !== null && (Number.isNaN(value) || value < 0) ? { number: true } : null;
}

/** The end date is not before the start date. */
function endAfterStartValidator(control: AbstractControl<Date | null>): ValidationErrors | null {
  const start = control.parent?.get('startDate')?.value as Date | null | undefined;
  const end = control.value;
  return start && end && end.getTime() < start.getTime() ? { endBeforeStart: true } : null;
}

/** Server field names that the form names differently. */
const FIELD_ALIASES = { blocIds: 'blocs', unitIds: 'units' } as const;

/** The longest name of an anniversary the server keeps. */
const ANNIVERSARY_MAX_LENGTH = 300;

/** Creates a movement (`/movements/new`) or edits one (`/movements/:id/edit`). */
@Component({
  selector: 'td-movement-form-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAutocompleteModule,
    MatButtonModule,
    MatChipsModule,
    DATEPICKER,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    EmptyStateComponent,
    PageHeaderComponent,
    FORM_HELPERS,
  ],
  templateUrl: './movement-form-page.component.html',
  styleUrls: ['../movements-page.scss', './movement-form-page.component.scss'],
})
export class MovementFormPageComponent {
  /** Route parameter `:id`; absent on `/movements/new`. */
  readonly id = input<string | undefined>();

  protected readonly store = inject(MovementFormStore);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly access = inject(MOVEMENTS_ACCESS);

  protected readonly paths = MOVEMENTS_PATHS;
  protected readonly kinds = MOVEMENT_KINDS;
  protected readonly kindLabel = movementKindLabel;
  protected readonly unitLabel = unitLabel;
  protected readonly serverError = serverError;
  protected readonly separatorKeys = [ENTER];
  protected readonly isEdit = computed(() => !!this.id());
  protected readonly heading = computed(() =>
    this.isEdit()
      ? $localize`:@@mvEditTitle:Sửa phong trào thi đua`
      : $localize`:@@mvCreateTitle:Thêm phong trào thi đua`,
  );
  protected readonly backLink = computed(() => {
    const id = this.id();
    return id ? movementPath(id) : MOVEMENTS_PATHS.movements;
  });
  protected readonly formErrors = signal<string[]>([]);
  /** The length of an anniversary name refused as too long, while it waits to be shortened. */
  protected readonly anniversaryLength = signal<number | null>(null);
  protected readonly anniversaryMaxLength = ANNIVERSARY_MAX_LENGTH;

  protected readonly form = this.fb.group({
    kind: this.fb.control<MovementKind>('regular', Validators.required),
    title: ['', [Validators.required, Validators.maxLength(500)]],
    slogan: ['', [Validators.maxLength(500)]],
    launchingAuthority: ['', [Validators.required, Validators.maxLength(255)]],
    launchDate: new FormControl<Date | null>(null),
    startDate: new FormControl<Date | null>(null, Validators.required),
    endDate: new FormControl<Date | null>(null, [Validators.required, endAfterStartValidator]),
    midYearReviewDate: new FormControl<Date | null>(null),
    yearEndReviewDate: new FormControl<Date | null>(null),
    anniversaries: this.fb.control<string[]>([]),
    targets: this.fb.array<TargetGroup>([]),
    blocs: this.fb.control<BlocSummaryResponse[]>([]),
    units: this.fb.control<UnitRef[]>([]),
  });
  protected readonly targets = this.form.controls.targets;
  protected readonly blocSearch = new FormControl<string | BlocSummaryResponse>('', {
    nonNullable: true,
  });
  protected readonly unitSearch = new FormControl<string | UnitRef>('', { nonNullable: true });

  private readonly blocs = toSignal(this.form.controls.blocs.valueChanges, {
    initialValue: [] as BlocSummaryResponse[],
  });
  private readonly units = toSignal(this.form.controls.units.valueChanges, {
    initialValue: [] as UnitRef[],
  });
  private readonly blocCandidates = toSignal(
    searchAsYouType(this.blocSearch, (q) => this.store.searchBlocs(q)),
    { initialValue: [] as BlocSummaryResponse[] },
  );
  private readonly unitCandidates = toSignal(
    searchAsYouType(this.unitSearch, (q) => this.store.searchUnits(q)),
    { initialValue: [] as UnitRef[] },
  );
  private readonly startDate = toSignal(this.form.controls.startDate.valueChanges, {
    initialValue: null,
  });
  /** The blocs a secretariat may enlist: those it serves in the movement's first year. */
  private readonly enlistable = computed(() =>
    enlistableBlocIds(this.access, this.startDate()?.getFullYear() ?? null),
  );
  protected readonly isBlocChoiceLimited = computed(() => this.enlistable() !== null);
  protected readonly blocOptions = computed(() => {
    const chosen = new Set(this.blocs().map((bloc) => bloc.id));
    const allowed = this.enlistable();
    return this.blocCandidates().filter(
      (bloc) => !chosen.has(bloc.id) && (!allowed || allowed.has(bloc.id)),
    );
  });
  protected readonly unitOptions = computed(() => {
    const chosen = new Set(this.units().map((unit) => unit.id));
    return this.unitCandidates().filter((unit) => !chosen.has(unit.id));
  });

  constructor() {
    this.form.controls.startDate.valueChanges
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => this.form.controls.endDate.updateValueAndValidity());
    effect(() => {
      const id = this.id();
      untracked(() => {
        if (id) void this.store.load(id);
        else this.setValue(emptyMovementForm());
      });
    });
    effect(() => {
      const movement = this.store.movement();
      if (movement && movement.id === this.id()) {
        untracked(() => this.setValue(toMovementFormValue(movement)));
      }
    });
  }

  protected removeLabel(item: string): string {
    return $localize`:@@mvRemoveItem:Bỏ ${item}:item:`;
  }

  protected moveUpLabel(n: number): string {
    return $localize`:@@mvTargetMoveUp:Chuyển chỉ tiêu ${n}:n: lên trên`;
  }

  protected moveDownLabel(n: number): string {
    return $localize`:@@mvTargetMoveDown:Chuyển chỉ tiêu ${n}:n: xuống dưới`;
  }

  protected removeTargetLabel(n: number): string {
    return $localize`:@@mvTargetRemove:Xóa chỉ tiêu ${n}:n:`;
  }

  protected displayNothing(): string {
    return '';
  }

  protected addTarget(): void {
    this.targets.push(this.targetGroup(emptyTarget()));
  }

  protected removeTarget(index: number): void {
    this.targets.removeAt(index);
  }

  protected moveTarget(index: number, delta: -1 | 1): void {
    const target = index + delta;
    if (target < 0 || target >= this.targets.length) return;
    const control = this.targets.at(index);
    this.targets.removeAt(index, { emitEvent: false });
    this.targets.insert(target, control);
  }

  protected addAnniversary(event: MatChipInputEvent): void {
    const value = event.value.trim();
    // An overlong name stays in the box, to be shortened, with the reason below it.
    this.anniversaryLength.set(value.length > ANNIVERSARY_MAX_LENGTH ? value.length : null);
    if (this.anniversaryLength() !== null) return;
    if (value) {
      const control = this.form.controls.anniversaries;
      if (!control.value.includes(value)) control.setValue([...control.value, value]);
    }
    event.chipInput.clear();
  }

  protected removeAnniversary(value: string): void {
    const control = this.form.controls.anniversaries;
    control.setValue(control.value.filter((item) => item !== value));
  }

  protected addBloc(event: MatAutocompleteSelectedEvent): void {
    const bloc = event.option.value as BlocSummaryResponse;
    const control = this.form.controls.blocs;
    if (!control.value.some((item) => item.id === bloc.id))
      control.setValue([...control.value, bloc]);
    this.blocSearch.setValue('');
  }

  protected removeBloc(bloc: BlocSummaryResponse): void {
    const control = this.form.controls.blocs;
    control.setValue(control.value.filter((item) => item.id !== bloc.id));
  }

  protected addUnit(event: MatAutocompleteSelectedEvent): void {
    const unit = event.option.value as UnitRef;
    const control = this.form.controls.units;
    if (!control.value.some((item) => item.id === unit.id))
      control.setValue([...control.value, unit]);
    this.unitSearch.setValue('');
  }

  protected removeUnit(unit: UnitRef): void {
    const control = this.form.controls.units;
    control.setValue(control.value.filter((item) => item.id !== unit.id));
  }

  protected async save(): Promise<void> {
    if (this.store.isSaving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.formErrors.set([
        $localize`:@@mvFormInvalid:Vui lòng kiểm tra các trường được đánh dấu.`,
      ]);
      return;
    }
    this.formErrors.set([]);
    const result = await this.store.save(toSaveMovementRequest(this.value()));
    if (result.error) {
      const unmatched = applyFieldErrors(this.form, result.error, FIELD_ALIASES);
      this.formErrors.set([result.error.message, ...unmatched]);
      return;
    }
    this.snackBar.open($localize`:@@mvSaved:Đã lưu phong trào.`, snackClose(), { duration: 4000 });
    await this.router.navigateByUrl(movementPath(result.movement.id));
  }

  private value(): MovementFormValue {
    const raw = this.form.getRawValue();
    return { ...raw, targets: raw.targets as TargetFormValue[] };
  }

  private setValue(value: MovementFormValue): void {
    this.targets.clear({ emitEvent: false });
    for (const target of value.targets)
      this.targets.push(this.targetGroup(target), { emitEvent: false });
    this.form.reset({ ...value, targets: value.targets });
    this.formErrors.set([]);
  }

  private targetGroup(value: TargetFormValue): TargetGroup {
    return this.fb.group({
      id: new FormControl<string | null>(value.id),
      content: this.fb.control(value.content, [Validators.required, Validators.maxLength(2000)]),
      measure: this.fb.control(value.measure, [Validators.maxLength(100)]),
      targetValue: this.fb.control(value.targetValue, [numberValidator]),
    });
  }
}
