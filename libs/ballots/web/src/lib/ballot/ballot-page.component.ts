import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';

import type { ApiError } from '@thidua/shared/contracts';
import { EmptyStateComponent, PageHeaderComponent, openConfirmDialog } from '@thidua/shared/ui';

import { ballotPath, ballotProjectorPath, ballotVotePath, meetingPath } from '../ballots.paths';
import {
  ballotModeLabel,
  ballotStatusLabel,
  denominatorInWords,
  numberVi,
  percentVi,
  ruleInWords,
  snackClose,
  thresholdInWords,
  timestampToDisplay,
  turnoutInWords,
  unitLabel,
} from '../labels';
import { BallotStore } from './ballot.store';
import { PaperCountsFormComponent } from './paper-counts-form.component';

/**
 * The secretariat's page of a ballot: candidates, opening and closing, the live turnout, the
 * counts of a paper ballot, then the results, a runoff on a tie, the receipts and the minutes.
 */
@Component({
  selector: 'td-ballot-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    EmptyStateComponent,
    PageHeaderComponent,
    PaperCountsFormComponent,
  ],
  templateUrl: './ballot-page.component.html',
  styleUrls: ['../ballots-page.scss', './ballot-page.component.scss'],
})
export class BallotPageComponent {
  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly store = inject(BallotStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);

  protected readonly meetingPath = meetingPath;
  protected readonly ballotPath = ballotPath;
  protected readonly votePath = ballotVotePath;
  protected readonly projectorPath = ballotProjectorPath;
  protected readonly statusLabel = ballotStatusLabel;
  protected readonly modeLabel = ballotModeLabel;
  protected readonly unitLabel = unitLabel;
  protected readonly number = numberVi;
  protected readonly percent = percentVi;
  protected readonly time = timestampToDisplay;
  protected readonly candidateColumns = ['order', 'name', 'unit', 'rank'];
  protected readonly resultColumns = ['rank', 'name', 'votes', 'percent', 'passed', 'elected'];
  protected readonly ruleText = computed(() => {
    const ballot = this.store.ballot();
    return ballot ? ruleInWords(ballot) : '';
  });
  protected readonly thresholdText = computed(() => {
    const ballot = this.store.ballot();
    return ballot ? thresholdInWords(ballot.rule) : '';
  });
  protected readonly turnoutText = computed(() => {
    const turnout = this.store.turnout();
    return turnout ? turnoutInWords(turnout.votedCount, turnout.voterCount) : '';
  });
  protected readonly denominatorText = computed(() => {
    const row = this.store.results()?.rows[0];
    return row ? denominatorInWords(row.denominator, row.denominatorKind) : '';
  });
  protected readonly tiedNames = computed(() => {
    const results = this.store.results();
    if (!results) return '';
    return results.rows
      .filter((row) => results.tiedForLast.includes(row.nominationId))
      .map((row) => row.name)
      .join(', ');
  });
  protected readonly isPaperLike = computed(() => {
    const mode = this.store.ballot()?.mode;
    return mode === 'paper' || mode === 'hands';
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => {
        void this.store.load(id);
        this.store.connect(id);
      });
    });
    inject(DestroyRef).onDestroy(() => this.store.disconnect());
  }

  protected openBallot(): void {
    openConfirmDialog(this.dialog, {
      title: $localize`:@@blOpenConfirmTitle:Mở bỏ phiếu?`,
      message: $localize`:@@blOpenConfirmMessage:Đại biểu có mặt bắt đầu bỏ phiếu được ngay. Sau khi mở, danh sách ứng viên và cách bầu không sửa được nữa.`,
      confirmLabel: $localize`:@@blOpenConfirm:Mở`,
    }).subscribe((confirmed) => {
      if (confirmed) void this.store.open().then((error) => this.report(error));
    });
  }

  protected closeBallot(): void {
    const turnout = this.store.turnout();
    const text = turnout ? turnoutInWords(turnout.votedCount, turnout.voterCount) : '';
    openConfirmDialog(this.dialog, {
      title: $localize`:@@blCloseConfirmTitle:Kết thúc bỏ phiếu?`,
      message: $localize`:@@blCloseConfirmMessage:${text}:TURNOUT:. Sau khi kết thúc, không ai bỏ phiếu được nữa và kết quả được kiểm ngay.`,
      confirmLabel: $localize`:@@blCloseConfirm:Kết thúc`,
      isDestructive: true,
    }).subscribe((confirmed) => {
      if (confirmed) void this.store.close().then((error) => this.report(error));
    });
  }

  protected startRunoff(): void {
    openConfirmDialog(this.dialog, {
      title: $localize`:@@blRunoffConfirmTitle:Bỏ phiếu lại?`,
      message: $localize`:@@blRunoffConfirmMessage:Tạo phiếu bầu vòng mới giữa các ứng viên bằng phiếu: ${this.tiedNames()}:NAMES:.`,
      confirmLabel: $localize`:@@blRunoffConfirm:Tạo phiếu bầu lại`,
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      void this.store.runoff().then((result) => {
        if (typeof result === 'string') void this.router.navigateByUrl(ballotPath(result));
        else this.report(result);
      });
    });
  }

  protected downloadPapers(): void {
    void this.store.downloadPapers().then((error) => this.report(error));
  }

  protected downloadMinutes(format: 'pdf' | 'docx'): void {
    void this.store.downloadMinutes(format).then((error) => this.report(error));
  }

  private report(error: ApiError | null): void {
    if (error) this.snackBar.open(error.message, snackClose(), { duration: 6000 });
  }
}
