import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';

import type { SaveMeetingRequest } from '@thidua/ballots/contracts';
import { BALLOTS_PATHS, meetingPath } from '@thidua/ballots/data-access';
import { isoToDisplayDate, quorumInWords } from '@thidua/ballots/ui';
import { WorkingYear } from '@thidua/registry/web';
import { CardTableDirective, EmptyStateComponent, PageHeaderComponent } from '@thidua/shared/ui';

import { BALLOTS_ACCESS, canCreateMeetings, canManageBloc } from '../ballots-access';
import { selectableYears } from '../ballots.status';
import {
  MeetingFormDialogComponent,
  type MeetingFormDialogData,
} from './meeting-form-dialog.component';
import { MeetingsStore } from './meetings.store';

/** Year-end conferences of the blocs, where the delegates vote on the nominations. */
@Component({
  selector: 'td-meetings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    EmptyStateComponent,
    PageHeaderComponent,
    CardTableDirective,
  ],
  templateUrl: './meetings-page.component.html',
  styleUrl: '../ballots-page.scss',
})
export class MeetingsPageComponent {
  protected readonly store = inject(MeetingsStore);
  private readonly access = inject(BALLOTS_ACCESS);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly workingYear = inject(WorkingYear);

  protected readonly paths = BALLOTS_PATHS;
  protected readonly date = isoToDisplayDate;
  protected readonly quorum = quorumInWords;
  protected readonly years = selectableYears();
  protected readonly heading = $localize`:@@blMeetingsTitle:Hội nghị, bỏ phiếu`;
  protected readonly subheading = $localize`:@@blMeetingsSubtitle:Hội nghị tổng kết của khối, cụm: đại biểu, số lượng có mặt và các phiếu bầu suy tôn.`;
  protected readonly columns = ['title', 'bloc', 'meetingDate', 'place', 'attendance', 'ballots'];
  protected readonly yearFilter = new FormControl<number | null>(this.store.filters().year ?? null);
  protected readonly blocFilter = new FormControl<string>('', { nonNullable: true });

  constructor() {
    void this.store.load();
    void this.store.loadBlocs(this.yearFilter.value ?? this.workingYear.year());
  }

  protected canCreate(): boolean {
    return canCreateMeetings(this.access);
  }

  protected changeYear(): void {
    const year = this.yearFilter.value;
    if (year) void this.store.loadBlocs(year);
    void this.applyFilters();
  }

  protected applyFilters(): Promise<void> {
    return this.store.filter({
      blocId: this.blocFilter.value || undefined,
      year: this.yearFilter.value ?? undefined,
    });
  }

  protected clearFilters(): void {
    this.blocFilter.setValue('');
    void this.applyFilters();
  }

  protected createMeeting(): void {
    const year = this.yearFilter.value ?? this.workingYear.year();
    const data: MeetingFormDialogData = {
      year,
      blocId: this.blocFilter.value || null,
      // A meeting's delegates are the bloc's members that year: a bloc without members is no choice.
      loadBlocs: async (y) =>
        (await this.store.loadBlocs(y)).filter(
          (bloc) => bloc.memberCount > 0 && canManageBloc(this.access, bloc.id, y),
        ),
      save: async (request: SaveMeetingRequest) => {
        const result = await this.store.create(request);
        return 'id' in result ? result.id : result;
      },
    };
    this.dialog
      .open<MeetingFormDialogComponent, MeetingFormDialogData, string>(MeetingFormDialogComponent, {
        data,
        width: '640px',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((id) => {
        if (id) void this.router.navigateByUrl(meetingPath(id));
      });
  }
}
