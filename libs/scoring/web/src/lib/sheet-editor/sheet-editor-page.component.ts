import { NgTemplateOutlet } from '@angular/common';
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
import { toSignal } from '@angular/core/rxjs-interop';
import {
  FormArray,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';

import {
  SCORE_SCALES,
  TIE_BREAKS,
  type ScoreScale,
  type TieBreak,
} from '@thidua/scoring/contracts';
import { applyFieldErrors, serverError } from '@thidua/shared/data-access';
import { EmptyStateComponent, FORM_HELPERS, PageHeaderComponent } from '@thidua/shared/ui';
import { yearOrNull } from '@thidua/shared/util';

import { pointsLabel, snackClose, tieBreakLabel } from '../labels';
import { scoringPath } from '../scoring.paths';
import {
  type SheetFormValue,
  type SheetItemValue,
  criteriaSum,
  emptyItem,
  emptySheetValue,
  toSheetFormValue,
  toSheetRequest,
} from './sheet-form';
import { SheetEditorStore } from './sheet-editor.store';

type ItemForm = FormGroup<{
  id: FormControl<string | null>;
  content: FormControl<string>;
  maxPoints: FormControl<number | null>;
  guidance: FormControl<string>;
}>;
type GroupForm = FormGroup<{
  id: FormControl<string | null>;
  title: FormControl<string>;
  criteria: FormArray<ItemForm>;
}>;

/** The secretariat's editor of the bloc's score sheet: groups, criteria, bonus, penalty, caps. */
@Component({
  selector: 'td-sheet-editor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    EmptyStateComponent,
    PageHeaderComponent,
    FORM_HELPERS,
  ],
  templateUrl: './sheet-editor-page.component.html',
  styleUrls: ['../scoring-page.scss', './sheet-editor-page.component.scss'],
})
export class SheetEditorPageComponent {
  /** Route parameter `:blocId`. */
  readonly blocId = input.required<string>();
  /** Route parameter `:year`. */
  readonly year = input.required<string>();

  protected readonly store = inject(SheetEditorStore);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly scales = SCORE_SCALES;
  protected readonly tieBreaks = TIE_BREAKS;
  protected readonly tieBreakLabel = tieBreakLabel;
  protected readonly points = pointsLabel;
  protected readonly serverError = serverError;
  protected readonly selectedYear = computed(() => yearOrNull(this.year()));
  protected readonly boardLink = computed(() =>
    scoringPath(this.blocId(), this.selectedYear() ?? 0),
  );
  protected readonly heading = computed(
    () => $localize`:@@scSheetHeading:Bảng tiêu chí chấm điểm năm ${this.year()}:year:`,
  );
  protected readonly unmatched = signal<string[]>([]);

  protected readonly form = this.fb.group({
    scale: this.fb.control<ScoreScale>(100),
    groups: this.fb.array<GroupForm>([]),
    bonusItems: this.fb.array<ItemForm>([]),
    penaltyItems: this.fb.array<ItemForm>([]),
    bonusCap: new FormControl<number | null>(null, Validators.min(0)),
    penaltyCap: new FormControl<number | null>(null, Validators.min(0)),
    tieBreaks: this.fb.control<TieBreak[]>([]),
  });
  /** The bonus and penalty items, edited alike. */
  protected readonly extraLists = [
    { array: this.form.controls.bonusItems, id: 'sc-bonus', bonus: true },
    { array: this.form.controls.penaltyItems, id: 'sc-penalty', bonus: false },
  ];
  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.value });
  protected readonly sum = computed(() =>
    criteriaSum({ groups: (this.value().groups ?? []) as SheetFormValue['groups'] }),
  );

  constructor() {
    effect(() => {
      const year = this.selectedYear();
      const blocId = this.blocId();
      if (year !== null) untracked(() => void this.store.load(blocId, year));
    });
    effect(() => {
      const sheet = this.store.sheet();
      const status = this.store.status();
      if (status !== 'idle') return;
      untracked(() => this.fill(sheet ? toSheetFormValue(sheet) : emptySheetValue()));
    });
  }

  protected get groups(): FormArray<GroupForm> {
    return this.form.controls.groups;
  }

  protected criterionLabel(group: number, item: number): string {
    return $localize`:@@scCriterion:Tiêu chí ${group + 1}:group:.${item + 1}:item:`;
  }

  protected itemLabel(item: number): string {
    return $localize`:@@scItemContent:Nội dung ${item + 1}:item:`;
  }

  protected addGroup(): void {
    this.groups.push(this.group({ id: null, title: '', criteria: [emptyItem()] }));
  }

  protected removeGroup(index: number): void {
    this.groups.removeAt(index);
  }

  protected addItem(list: FormArray<ItemForm>): void {
    list.push(this.item(emptyItem()));
  }

  protected removeItem(list: FormArray<ItemForm>, index: number): void {
    list.removeAt(index);
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const request = toSheetRequest(this.form.getRawValue() as SheetFormValue);
    const error = await this.store.save(request);
    if (error) {
      this.unmatched.set(error.fieldErrors ? applyFieldErrors(this.form, error) : [error.message]);
      return;
    }
    this.unmatched.set([]);
    this.snackBar.open($localize`:@@scSheetSaved:Đã lưu bảng tiêu chí.`, snackClose(), {
      duration: 4000,
    });
  }

  private fill(value: SheetFormValue): void {
    this.form.controls.scale.setValue(value.scale);
    this.form.controls.bonusCap.setValue(value.bonusCap);
    this.form.controls.penaltyCap.setValue(value.penaltyCap);
    this.form.controls.tieBreaks.setValue(value.tieBreaks);
    this.groups.clear();
    value.groups.forEach((g) => this.groups.push(this.group(g)));
    this.form.controls.bonusItems.clear();
    value.bonusItems.forEach((i) => this.form.controls.bonusItems.push(this.item(i)));
    this.form.controls.penaltyItems.clear();
    value.penaltyItems.forEach((i) => this.form.controls.penaltyItems.push(this.item(i)));
    if (this.store.isEditable()) this.form.enable();
    else this.form.disable();
  }

  private group(g: SheetFormValue['groups'][number]): GroupForm {
    return this.fb.group({
      id: new FormControl<string | null>(g.id),
      title: this.fb.control(g.title, [Validators.required, Validators.maxLength(500)]),
      criteria: this.fb.array<ItemForm>(g.criteria.map((c) => this.item(c))),
    });
  }

  private item(i: SheetItemValue): ItemForm {
    return this.fb.group({
      id: new FormControl<string | null>(i.id),
      content: this.fb.control(i.content, [Validators.required, Validators.maxLength(2000)]),
      maxPoints: new FormControl<number | null>(i.maxPoints, [
        Validators.required,
        Validators.min(0.01),
        Validators.max(1000),
      ]),
      guidance: this.fb.control(i.guidance, [Validators.maxLength(2000)]),
    });
  }
}
