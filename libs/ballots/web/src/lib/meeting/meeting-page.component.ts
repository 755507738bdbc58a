import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';

import type {
  BallotSummaryResponse,
  MeetingResponse,
  MeetingVoterResponse,
  SaveBallotRequest,
} from '@thidua/ballots/contracts';
import { ballotPath, BALLOTS_PATHS } from '@thidua/ballots/data-access';
import { hasQuorum } from '@thidua/ballots/domain';
import {
  ballotModeLabel,
  ballotRuleSummary,
  ballotStatusLabel,
  isoToDisplayDate,
  percentVi,
  quorumInWords,
  snackClose,
  unitLabel,
} from '@thidua/ballots/ui';
import {
  CardTableDirective,
  EmptyStateComponent,
  openConfirmDialog,
  PageHeaderComponent,
} from '@thidua/shared/ui';

import { BALLOTS_ACCESS } from '../ballots-access';
import {
  MeetingFormDialogComponent,
  type MeetingFormDialogData,
} from '../meetings/meeting-form-dialog.component';
import {
  BallotFormDialogComponent,
  type BallotFormDialogData,
} from './ballot-form-dialog.component';
import { MeetingStore } from './meeting.store';
import {
  MinutesNumberDialogComponent,
  type MinutesNumberDialogData,
} from './minutes-number-dialog.component';
import {
  ReissueCodeDialogComponent,
  type ReissueCodeDialogData,
} from './reissue-code-dialog.component';
import { VoterCodesSheetComponent } from './voter-codes-sheet.component';

type VoterForm = FormGroup<{
  delegateName: FormControl<string>;
  isPresent: FormControl<boolean>;
}>;

interface VoterRow {
  voter: MeetingVoterResponse;
  form: VoterForm;
}

/** A conference: details, delegates and attendance (quorum), voting codes, ballots. */
@Component({
  selector: 'td-meeting-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatTableModule,
    EmptyStateComponent,
    PageHeaderComponent,
    VoterCodesSheetComponent,
    CardTableDirective,
  ],
  templateUrl: './meeting-page.component.html',
  styleUrls: ['../ballots-page.scss', './meeting-page.component.scss'],
})
export class MeetingPageComponent {
  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly store = inject(MeetingStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly access = inject(BALLOTS_ACCESS);

  protected readonly origin = inject(DOCUMENT).location?.origin ?? '';
  protected readonly paths = BALLOTS_PATHS;
  protected readonly date = isoToDisplayDate;
  protected readonly percent = percentVi;
  protected readonly unitLabel = unitLabel;
  protected readonly ruleSummary = ballotRuleSummary;
  protected readonly modeLabel = ballotModeLabel;
  protected readonly statusLabel = ballotStatusLabel;
  protected readonly voterColumns = computed(() =>
    this.store.canManage()
      ? ['unit', 'delegateName', 'isPresent', 'account', 'actions']
      : ['unit', 'delegateName', 'isPresent', 'account'],
  );
  protected readonly ballotColumns = ['title', 'award', 'mode', 'status', 'turnout', 'minutes'];
  protected readonly voters = new FormArray<VoterForm>([]);
  protected readonly rows = signal<VoterRow[]>([]);
  /** Present delegates as ticked now (before saving). */
  private readonly presentNow = signal(0);
  protected readonly isVotersDirty = signal(false);
  protected readonly quorum = computed(() => {
    const meeting = this.store.meeting();
    if (!meeting) return null;
    const present = this.presentNow();
    const eligible = meeting.eligibleCount;
    const met = hasQuorum(present, eligible, meeting.quorumPercent);
    return { text: quorumInWords(present, eligible, met), met };
  });
  protected readonly canEditVoters = computed(
    () => this.store.canManage() && !this.store.hasOpenedBallots(),
  );

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
    effect(() => {
      const meeting = this.store.meeting();
      const canEdit = this.canEditVoters();
      untracked(() => this.buildVoterForms(meeting, canEdit));
    });
    this.voters.valueChanges.subscribe(() => {
      this.presentNow.set(this.voters.getRawValue().filter((v) => v.isPresent).length);
      this.isVotersDirty.set(this.voters.dirty);
    });
  }

  protected editMeeting(): void {
    const meeting = this.store.meeting();
    if (!meeting) return;
    const data: MeetingFormDialogData = {
      meeting,
      year: meeting.year,
      loadBlocs: async () => [],
      save: async (request) => (await this.store.update(request)) ?? meeting.id,
    };
    this.dialog.open(MeetingFormDialogComponent, {
      data,
      width: '640px',
      maxWidth: '95vw',
      autoFocus: 'first-tabbable',
    });
  }

  /** The number the ballot's minutes print, from the bloc's register (who may take numbers) or typed. */
  /** The edit button's name (an icon button needs one): "Số biên bản kiểm phiếu của …". */
  protected minutesNumberLabel(ballot: BallotSummaryResponse): string {
    return $localize`:@@blMinutesNumberEdit:Số biên bản kiểm phiếu của ${ballot.title}:INTERPOLATION:`;
  }

  protected editMinutesNumber(ballot: BallotSummaryResponse): void {
    const meeting = this.store.meeting();
    if (!meeting) return;
    const data: MinutesNumberDialogData = {
      ballotTitle: ballot.title,
      date: meeting.meetingDate,
      minutesNumber: ballot.minutesNumber,
      save: (minutesNumber) => this.store.saveMinutesNumber(ballot.id, minutesNumber),
      ...(this.access.can('register.outgoing')
        ? {
            takeNumber: (date: string) =>
              this.store.takeMinutesNumber(meeting.bloc.id, ballot.title, date),
          }
        : {}),
    };
    this.dialog
      .open(MinutesNumberDialogComponent, { data, width: '520px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((saved) => {
        if (saved)
          this.snackBar.open($localize`:@@blMinutesNumberSaved:Đã lưu số biên bản.`, snackClose(), {
            duration: 5000,
          });
      });
  }

  protected async saveVoters(): Promise<void> {
    const meeting = this.store.meeting();
    if (!meeting || this.voters.invalid) return;
    const values = this.voters.getRawValue();
    const error = await this.store.saveVoters({
      voters: this.rows().map((row, i) => ({
        unitId: row.voter.unit?.id ?? null,
        delegateName: values[i].delegateName.trim(),
        userId: row.voter.userId,
        isPresent: values[i].isPresent,
      })),
    });
    this.snackBar.open(
      error?.message ?? $localize`:@@blVotersSaved:Đã lưu danh sách đại biểu.`,
      snackClose(),
      { duration: error ? 6000 : 3000 },
    );
  }

  protected issueCodes(): void {
    openConfirmDialog(this.dialog, {
      title: $localize`:@@blCodesConfirmTitle:Cấp mã bỏ phiếu?`,
      message: $localize`:@@blCodesNewConfirmMessage:Mỗi đại biểu có mặt chưa có tài khoản và chưa có mã nhận một mã dùng để bỏ phiếu trên điện thoại. Mã chỉ hiển thị một lần: hãy in ngay. Đại biểu đã có mã giữ nguyên mã của mình; mã bị mất thì cấp lại riêng cho từng người.`,
      confirmLabel: $localize`:@@blCodesConfirm:Cấp mã`,
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      void this.store.issueCodes().then((error) => {
        if (error) this.snackBar.open(error.message, snackClose(), { duration: 6000 });
      });
    });
  }

  protected reissueCode(voter: MeetingVoterResponse): void {
    const data: ReissueCodeDialogData = {
      delegate: voter.delegateName || unitLabel(voter.unit),
      isBallotOpen: this.store.ballots().some((b) => b.status === 'open'),
      save: (request) => this.store.reissueCode(voter.id, request),
    };
    this.dialog
      .open<ReissueCodeDialogComponent, ReissueCodeDialogData, boolean>(
        ReissueCodeDialogComponent,
        { data, width: '480px', maxWidth: '95vw', autoFocus: 'first-tabbable' },
      )
      .afterClosed()
      .subscribe((done) => {
        if (done) window.scrollTo({ top: 0 });
      });
  }

  protected reissueLabel(voter: MeetingVoterResponse): string {
    const name = voter.delegateName || unitLabel(voter.unit);
    return $localize`:@@blReissueFor:Cấp lại mã cho ${name}:NAME:`;
  }

  protected createBallot(): void {
    const meeting = this.store.meeting();
    if (!meeting) return;
    const data: BallotFormDialogData = {
      meeting,
      loadAwardTypes: () => this.store.loadAwardTypes(),
      loadCandidates: (awardTypeId) => this.store.loadCandidates(awardTypeId),
      save: async (request: SaveBallotRequest) => {
        const result = await this.store.createBallot(request);
        return 'id' in result ? result.id : result;
      },
    };
    this.dialog
      .open<BallotFormDialogComponent, BallotFormDialogData, string>(BallotFormDialogComponent, {
        data,
        width: '720px',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((id) => {
        if (id) void this.router.navigateByUrl(ballotPath(id));
      });
  }

  protected delegateLabel(voter: MeetingVoterResponse): string {
    const unit = unitLabel(voter.unit);
    return $localize`:@@blDelegateOf:Đại biểu của ${unit}:UNIT:`;
  }

  protected presentLabel(voter: MeetingVoterResponse): string {
    const name = voter.delegateName || unitLabel(voter.unit);
    return $localize`:@@blPresentOf:Có mặt: ${name}:NAME:`;
  }

  private buildVoterForms(meeting: MeetingResponse | null, canEdit: boolean): void {
    this.voters.clear({ emitEvent: false });
    const rows = (meeting?.voters ?? []).map((voter) => {
      const form: VoterForm = new FormGroup({
        delegateName: new FormControl(voter.delegateName, { nonNullable: true }),
        isPresent: new FormControl(voter.isPresent, { nonNullable: true }),
      });
      if (!canEdit) form.disable({ emitEvent: false });
      this.voters.push(form, { emitEvent: false });
      return { voter, form };
    });
    this.voters.markAsPristine();
    this.rows.set(rows);
    this.presentNow.set(rows.filter((row) => row.voter.isPresent).length);
    this.isVotersDirty.set(false);
  }
}
