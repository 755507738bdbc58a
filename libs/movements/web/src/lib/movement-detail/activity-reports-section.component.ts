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
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';

import type { ActivityReportStatusRow } from '@thidua/movements/contracts';
import { applyFieldErrors, serverError } from '@thidua/shared/data-access';
import { CardTableDirective, FORM_HELPERS } from '@thidua/shared/ui';

import {
  activityReportStateLabel,
  isoToDisplayDate,
  numberVi,
  timestampToDisplayDate,
} from '../labels';
import { ActivityReportsStore } from './activity-reports.store';

const FIGURES = [
  'sessionsHeld',
  'conferencesHeld',
  'attendees',
  'memberCount',
  'participantCount',
  'modelsBuilt',
] as const;
type Figure = (typeof FIGURES)[number];

function figureControl(): FormControl<number | null> {
  return new FormControl<number | null>(0, [
    Validators.required,
    Validators.min(0),
    Validators.pattern(/^\d+$/),
  ]);
}

/**
 * Units' yearly activity reports in a movement: who has reported, who is late, and the form a
 * unit sends (sessions, conferences, attendances, members taking part, models).
 */
@Component({
  selector: 'td-activity-reports-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ActivityReportsStore],
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    FORM_HELPERS,
    CardTableDirective,
  ],
  templateUrl: './activity-reports-section.component.html',
  styleUrls: [
    '../movements-page.scss',
    './movement-detail-page.component.scss',
    './activity-reports-section.component.scss',
  ],
})
export class ActivityReportsSectionComponent {
  readonly movementId = input.required<string>();
  readonly years = input.required<number[]>();

  protected readonly store = inject(ActivityReportsStore);
  protected readonly number = numberVi;
  protected readonly stateLabel = activityReportStateLabel;
  protected readonly date = isoToDisplayDate;
  protected readonly timestamp = timestampToDisplayDate;
  protected readonly serverError = serverError;
  protected readonly figures = FIGURES;
  protected readonly year = signal<number | null>(null);
  protected readonly editing = signal<string | null>(null);
  protected readonly formError = signal<string | null>(null);
  protected readonly selectedYear = computed(() => this.year() ?? this.years().at(-1) ?? null);
  protected readonly form = new FormGroup({
    sessionsHeld: figureControl(),
    conferencesHeld: figureControl(),
    attendees: figureControl(),
    memberCount: figureControl(),
    participantCount: figureControl(),
    modelsBuilt: figureControl(),
    summary: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(4000)] }),
  });

  constructor() {
    effect(() => {
      const id = this.movementId();
      const year = this.selectedYear();
      if (year) untracked(() => void this.store.load(id, year));
    });
  }

  protected figureLabel(figure: Figure): string {
    switch (figure) {
      case 'sessionsHeld':
        return $localize`:@@mvActSessions:Buổi sinh hoạt chuyên đề`;
      case 'conferencesHeld':
        return $localize`:@@mvActConferences:Hội nghị`;
      case 'attendees':
        return $localize`:@@mvActAttendees:Lượt người tham dự`;
      case 'memberCount':
        return $localize`:@@mvActMembers:Tổng số cán bộ, đảng viên, người lao động`;
      case 'participantCount':
        return $localize`:@@mvActParticipants:Số người tham gia`;
      case 'modelsBuilt':
        return $localize`:@@mvActModels:Mô hình đã xây dựng`;
    }
  }

  protected canReport(row: ActivityReportStatusRow): boolean {
    return !!this.store.reports()?.reportableUnitIds.includes(row.unit.id);
  }

  protected edit(row: ActivityReportStatusRow): void {
    const r = row.report;
    this.form.reset({
      sessionsHeld: r?.sessionsHeld ?? 0,
      conferencesHeld: r?.conferencesHeld ?? 0,
      attendees: r?.attendees ?? 0,
      memberCount: r?.memberCount ?? 0,
      participantCount: r?.participantCount ?? 0,
      modelsBuilt: r?.modelsBuilt ?? 0,
      summary: r?.summary ?? '',
    });
    this.formError.set(null);
    this.editing.set(row.unit.id);
  }

  protected cancel(): void {
    this.editing.set(null);
  }

  protected async send(): Promise<void> {
    const unitId = this.editing();
    const year = this.selectedYear();
    if (!unitId || !year) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const error = await this.store.save(this.movementId(), {
      unitId,
      year,
      sessionsHeld: Number(v.sessionsHeld),
      conferencesHeld: Number(v.conferencesHeld),
      attendees: Number(v.attendees),
      memberCount: Number(v.memberCount),
      participantCount: Number(v.participantCount),
      modelsBuilt: Number(v.modelsBuilt),
      summary: v.summary.trim() || null,
    });
    if (!error) {
      this.editing.set(null);
      return;
    }
    const unmatched = applyFieldErrors(this.form, error);
    this.formError.set(
      unmatched.length || !error.fieldErrors ? unmatched.join(' ') || error.message : null,
    );
  }
}
