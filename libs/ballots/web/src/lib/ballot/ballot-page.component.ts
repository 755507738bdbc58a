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
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { type Observable, of } from 'rxjs';

import {
  ballotPath,
  ballotProjectorPath,
  ballotVerifyPath,
  ballotVotePath,
  meetingPath,
} from '@thidua/ballots/data-access';
import {
  ballotModeLabel,
  ballotStatusLabel,
  denominatorInWords,
  FingerprintComponent,
  hexGroups,
  numberVi,
  percentVi,
  ruleInWords,
  snackClose,
  thresholdInWords,
  timestampToDisplay,
  turnoutInWords,
  unitLabel,
} from '@thidua/ballots/ui';
import type { ApiError } from '@thidua/shared/contracts';
import {
  CardTableDirective,
  EmptyStateComponent,
  openConfirmDialog,
  PageHeaderComponent,
} from '@thidua/shared/ui';

import { BallotStore } from './ballot.store';
import { CommitteeSharesSheetComponent } from './committee-shares-sheet.component';
import { PaperCountsFormComponent } from './paper-counts-form.component';
import { TallyFormComponent } from './tally-form.component';

/**
 * The secretariat's page of a ballot: candidates, opening (a secret ballot's committee key shares,
 * shown once to print) and closing, the live turnout, the counts of a paper ballot, the
 * committee's count of a secret ballot, then the results, a runoff on a tie, the fingerprint and
 * public record, the receipts and the minutes.
 */
@Component({
  selector: 'td-ballot-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatTableModule,
    CommitteeSharesSheetComponent,
    EmptyStateComponent,
    FingerprintComponent,
    PageHeaderComponent,
    PaperCountsFormComponent,
    TallyFormComponent,
    CardTableDirective,
  ],
  templateUrl: './ballot-page.component.html',
  styleUrls: ['../ballots-page.scss', './ballot-page.component.scss'],
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)' },
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
  protected readonly verifyPath = ballotVerifyPath;
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
  /** The start of a receipt a delegate looks for in the published list. */
  protected readonly receiptQuery = signal('');
  protected readonly receiptMatch = computed(() => {
    const query = this.receiptQuery().toLowerCase().replace(/[\s-]/g, '');
    if (query.length < 4) return null;
    return this.store.receipts().some((receipt) => receipt.toLowerCase().startsWith(query));
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

  /** Leaving the page while the committee's shares are on screen asks first (route guard). */
  canLeave(): Observable<boolean> {
    return this.store.shares().length ? this.confirmSharesKept() : of(true);
  }

  /** Closing the tab while the shares are on screen: the browser asks. */
  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.store.shares().length) event.preventDefault();
  }

  protected hideShares(): void {
    this.confirmSharesKept().subscribe((confirmed) => {
      if (confirmed) this.store.hideShares();
    });
  }

  protected openBallot(): void {
    const isSecret = this.store.ballot()?.mode === 'secret';
    openConfirmDialog(this.dialog, {
      title: $localize`:@@blOpenConfirmTitle:Mở bỏ phiếu?`,
      message: isSecret
        ? $localize`:@@blOpenSecretConfirmMessage:Đại biểu có mặt bắt đầu bỏ phiếu được ngay. Ngay sau khi mở, mảnh khóa của từng thành viên Ban kiểm phiếu hiện ra một lần duy nhất: hãy sẵn sàng in.`
        : $localize`:@@blOpenConfirmMessage:Đại biểu có mặt bắt đầu bỏ phiếu được ngay. Sau khi mở, danh sách ứng viên và cách bầu không sửa được nữa.`,
      confirmLabel: $localize`:@@blOpenConfirm:Mở`,
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      void this.store.open().then((error) => {
        this.report(error);
        if (!error && this.store.shares().length) window.scrollTo({ top: 0 });
      });
    });
  }

  protected closeBallot(): void {
    const turnout = this.store.turnout();
    const text = turnout ? turnoutInWords(turnout.votedCount, turnout.voterCount) : '';
    const isSecret = this.store.ballot()?.mode === 'secret';
    openConfirmDialog(this.dialog, {
      title: $localize`:@@blCloseConfirmTitle:Kết thúc bỏ phiếu?`,
      message: isSecret
        ? $localize`:@@blCloseSecretConfirmMessage:${text}:TURNOUT:. Sau khi kết thúc, không ai bỏ phiếu được nữa; Ban kiểm phiếu nhập mảnh khóa để kiểm phiếu.`
        : $localize`:@@blCloseConfirmMessage:${text}:TURNOUT:. Sau khi kết thúc, không ai bỏ phiếu được nữa và kết quả được kiểm ngay.`,
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

  protected downloadMinutes(format: 'pdf' | 'docx', signed = false): void {
    void this.store.downloadMinutes(format, signed).then((error) => this.report(error));
  }

  protected downloadBoard(): void {
    void this.store.downloadBoard().then((error) => this.report(error));
  }

  /** A receipt's first 16 characters, in groups of four. */
  protected shortReceipt(receipt: string): string {
    return hexGroups(receipt, 16);
  }

  private confirmSharesKept(): Observable<boolean> {
    return openConfirmDialog(this.dialog, {
      title: $localize`:@@blSharesKeptTitle:Đã in/ghi lại các mảnh khóa?`,
      message: $localize`:@@blSharesKeptMessage:Mảnh khóa không hiển thị lại được và máy chủ không lưu. Thiếu mảnh khóa, phiếu bầu kín chỉ có thể kiểm lại bằng phiếu giấy.`,
      confirmLabel: $localize`:@@blSharesKeptConfirm:Đã in/ghi lại`,
      cancelLabel: $localize`:@@blSharesKeptCancel:Chưa, quay lại`,
      isDestructive: true,
    });
  }

  private report(error: ApiError | null): void {
    if (error) this.snackBar.open(error.message, snackClose(), { duration: 6000 });
  }
}
