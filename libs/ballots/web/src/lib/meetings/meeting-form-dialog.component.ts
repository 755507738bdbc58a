import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { type MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';

import type { MeetingResponse, SaveMeetingRequest } from '@thidua/ballots/contracts';
import type { BlocListItemResponse } from '@thidua/registry/contracts';
import { REGISTRY_PATHS } from '@thidua/registry/web';
import type { ApiError } from '@thidua/shared/contracts';
import { applyFieldErrors, serverError } from '@thidua/shared/data-access';
import { DATEPICKER, FORM_HELPERS, fromIsoDate, toIsoDate } from '@thidua/shared/ui';

import { selectableYears } from '../ballots.status';

export interface MeetingFormDialogData {
  /** The meeting to edit; absent to create one. */
  meeting?: MeetingResponse;
  year: number;
  blocId?: string | null;
  /** The blocs the user may call a meeting of in a year. */
  loadBlocs(year: number): Promise<BlocListItemResponse[]>;
  /** Saves; answers the saved meeting's id, or the error to show. */
  save(request: SaveMeetingRequest): Promise<string | ApiError>;
}

const DEFAULT_QUORUM_PERCENT = 66.67;

/** Calls a bloc's conference (hội nghị), or edits one. Closes with the meeting's id when saved. */
@Component({
  selector: 'td-meeting-form-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatChipsModule,
    DATEPICKER,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    RouterLink,
    FORM_HELPERS,
  ],
  templateUrl: './meeting-form-dialog.component.html',
  styleUrl: '../ballots-page.scss',
})
export class MeetingFormDialogComponent {
  protected readonly data = inject<MeetingFormDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<MeetingFormDialogComponent, string>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly meeting = this.data.meeting ?? null;

  protected readonly serverError = serverError;
  protected readonly isEdit = !!this.meeting;
  protected readonly years = selectableYears();
  protected readonly blocs = signal<BlocListItemResponse[]>([]);
  /** The year whose blocs are listed, once loaded: an empty list then says what to do. */
  protected readonly blocsYear = signal<number | null>(null);
  protected readonly blocsPath = REGISTRY_PATHS.blocs;
  protected readonly committee = signal<string[]>(this.meeting?.countingCommittee ?? []);
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly form = this.fb.group({
    blocId: this.fb.control(
      { value: this.meeting?.bloc.id ?? this.data.blocId ?? '', disabled: this.isEdit },
      [Validators.required],
    ),
    year: this.fb.control({ value: this.meeting?.year ?? this.data.year, disabled: this.isEdit }, [
      Validators.required,
    ]),
    title: [this.meeting?.title ?? '', [Validators.required, Validators.maxLength(500)]],
    meetingDate: this.fb.control<Date | null>(fromIsoDate(this.meeting?.meetingDate), [
      Validators.required,
    ]),
    place: [this.meeting?.place ?? '', [Validators.maxLength(255)]],
    chair: [this.meeting?.chair ?? '', [Validators.maxLength(255)]],
    secretary: [this.meeting?.secretary ?? '', [Validators.maxLength(255)]],
    quorumPercent: this.fb.control<number | null>(
      this.meeting?.quorumPercent ?? DEFAULT_QUORUM_PERCENT,
      [Validators.required, Validators.min(0), Validators.max(100)],
    ),
    /** Empty: a majority of the committee (the server's default). */
    committeeThreshold: this.fb.control<number | null>(this.meeting?.committeeThreshold ?? null, [
      Validators.min(1),
      Validators.max(15),
      Validators.pattern(/^\d+$/),
    ]),
  });
  /** The default k: a majority of the committee (2 of 3). */
  protected readonly defaultThreshold = computed(() => Math.floor(this.committee().length / 2) + 1);

  constructor() {
    void this.loadBlocs(this.form.controls.year.value);
    this.form.controls.year.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((year) => void this.loadBlocs(year));
  }

  protected addMember(event: MatChipInputEvent): void {
    const name = event.value.trim();
    if (name && !this.committee().includes(name)) this.committee.update((list) => [...list, name]);
    event.chipInput.clear();
  }

  protected removeMember(name: string): void {
    this.committee.update((list) => list.filter((member) => member !== name));
  }

  protected async save(): Promise<void> {
    const threshold = this.form.controls.committeeThreshold;
    threshold.updateValueAndValidity();
    if (threshold.value !== null && threshold.valid && threshold.value > this.committee().length) {
      threshold.setErrors({ aboveSize: true });
    }
    if (this.form.invalid || this.isSaving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    this.formError.set(null);
    const value = this.form.getRawValue();
    const request: SaveMeetingRequest = {
      blocId: value.blocId,
      year: Number(value.year),
      title: value.title.trim(),
      meetingDate: value.meetingDate ? toIsoDate(value.meetingDate) : '',
      place: value.place.trim(),
      chair: value.chair.trim(),
      secretary: value.secretary.trim(),
      countingCommittee: this.committee(),
      quorumPercent: Number(value.quorumPercent),
      ...(value.committeeThreshold !== null && String(value.committeeThreshold) !== ''
        ? { committeeThreshold: Number(value.committeeThreshold) }
        : {}),
      ...(this.meeting ? { version: this.meeting.version } : {}),
    };
    const result = await this.data.save(request);
    this.isSaving.set(false);
    if (typeof result === 'string') {
      this.dialogRef.close(result);
      return;
    }
    const unmatched = applyFieldErrors(this.form, result);
    if (!result.fieldErrors || unmatched.length) {
      this.formError.set(unmatched.length ? unmatched.join(' ') : result.message);
    }
  }

  private async loadBlocs(year: number): Promise<void> {
    if (this.isEdit && this.meeting) {
      this.blocs.set([{ ...this.meeting.bloc } as BlocListItemResponse]);
      return;
    }
    this.blocsYear.set(null);
    this.blocs.set(await this.data.loadBlocs(Number(year)));
    this.blocsYear.set(Number(year));
    const blocId = this.form.controls.blocId.value;
    if (blocId && !this.blocs().some((bloc) => bloc.id === blocId)) {
      this.form.controls.blocId.setValue('');
    }
  }
}
