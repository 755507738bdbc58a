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
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';

import type { NominationAction } from '@thidua/awards/contracts';
import { blocPath, unitPath } from '@thidua/registry/web';
import type { AttachmentResponse } from '@thidua/shared/contracts';
import { EmptyStateComponent, PageHeaderComponent, openConfirmDialog } from '@thidua/shared/ui';

import { AWARDS_ACCESS, isAwardsAdmin } from '../awards-access';
import { AWARDS_PATHS, nominationEditPath, personPath } from '../awards.paths';
import {
  awardKindLabel,
  beneficiaryKindIcon,
  beneficiaryKindLabel,
  fileSizeLabel,
  isoToDisplayDate,
  nominationActionLabel,
  nominationEventLabel,
  nominationStatusLabel,
  snackClose,
  timestampToDisplay,
  unitLabel,
  voteLabel,
} from '../labels';
import { EligibilityPanelComponent } from '../ui/eligibility-panel.component';
import { NominationDetailStore, type TransitionInput } from './nomination-detail.store';
import {
  TransitionDialogComponent,
  type TransitionDialogData,
  type TransitionDialogMode,
  type TransitionPayload,
} from './transition-dialog.component';

/** The order the action buttons appear in. */
const ACTION_ORDER: NominationAction[] = [
  'submit',
  'accept',
  'recordVote',
  'send',
  'approve',
  'decide',
  'award',
  'return',
  'reject',
];

/** Actions that ask something first; the others run at once (approve/award after a confirm). */
const DIALOG_ACTIONS: Partial<Record<NominationAction, TransitionDialogMode>> = {
  return: 'reason',
  reject: 'reason',
  recordVote: 'vote',
  decide: 'decision',
};

/** One nomination: details, eligibility, timeline and the actions the user may take. */
@Component({
  selector: 'td-nomination-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    EligibilityPanelComponent,
    EmptyStateComponent,
    PageHeaderComponent,
  ],
  templateUrl: './nomination-detail-page.component.html',
  styleUrls: ['../awards-page.scss', './nomination-detail-page.component.scss'],
})
export class NominationDetailPageComponent {
  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  protected readonly store = inject(NominationDetailStore);
  private readonly access = inject(AWARDS_ACCESS);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly paths = AWARDS_PATHS;
  protected readonly editPath = nominationEditPath;
  protected readonly personPath = personPath;
  protected readonly unitPath = unitPath;
  protected readonly blocPath = blocPath;
  protected readonly date = isoToDisplayDate;
  protected readonly timestamp = timestampToDisplay;
  protected readonly fileSize = fileSizeLabel;
  protected readonly unitLabel = unitLabel;
  protected readonly voteLabel = voteLabel;
  protected readonly kindLabel = beneficiaryKindLabel;
  protected readonly kindIcon = beneficiaryKindIcon;
  protected readonly awardKindLabel = awardKindLabel;
  protected readonly statusLabel = nominationStatusLabel;
  protected readonly actionLabel = nominationActionLabel;
  protected readonly eventLabel = nominationEventLabel;
  protected readonly isAdmin = isAwardsAdmin(this.access);
  protected readonly heading = computed(() => {
    const nomination = this.store.nomination();
    return nomination
      ? `${nomination.award.name} – ${nomination.beneficiary.name}`
      : $localize`:@@awNominationTitle:Đề nghị khen thưởng`;
  });
  protected readonly subheading = computed(() => {
    const nomination = this.store.nomination();
    return nomination
      ? `${beneficiaryKindLabel(nomination.beneficiary.kind)} · ${nomination.year} · ${unitLabel(nomination.proposingUnit)}`
      : null;
  });
  protected readonly actions = computed(() => {
    const allowed = this.store.allowedActions();
    return ACTION_ORDER.filter((action) => allowed.includes(action));
  });
  protected readonly actionError = signal<string | null>(null);
  /** The action the blockers stopped, which an admin may run again overriding them. */
  protected readonly blockedAction = signal<NominationAction | null>(null);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => {
        this.actionError.set(null);
        this.blockedAction.set(null);
        void this.store.load(id);
      });
    });
  }

  protected isDestructive(action: NominationAction): boolean {
    return action === 'return' || action === 'reject';
  }

  protected runAction(action: NominationAction): void {
    this.actionError.set(null);
    this.blockedAction.set(null);
    const mode = DIALOG_ACTIONS[action];
    if (mode) {
      this.openDialog(action, {
        mode,
        title: this.dialogTitle(action),
        isReasonRequired: mode === 'reason',
        run: (payload) => this.runWithPayload(action, payload),
      });
      return;
    }
    if (action === 'approve' || action === 'award') {
      openConfirmDialog(this.dialog, {
        title: this.dialogTitle(action),
        message: this.heading(),
        confirmLabel: $localize`:@@awConfirmLabel:Xác nhận`,
      }).subscribe((confirmed) => {
        if (confirmed) void this.runDirect(action);
      });
      return;
    }
    void this.runDirect(action);
  }

  /** An admin overrides the blockers of the stopped action, with a reason. */
  protected overrideBlocked(): void {
    const action = this.blockedAction();
    if (!action) return;
    this.openDialog(action, {
      mode: 'reason',
      title: $localize`:@@awOverrideTitle:Bỏ qua điều kiện chặn`,
      message: $localize`:@@awOverrideMessage:Đề nghị còn điều kiện chưa đạt. Lý do bỏ qua được ghi vào lịch sử của đề nghị.`,
      isReasonRequired: true,
      run: (payload) => this.runWithPayload(action, { ...payload }, { overrideBlockers: true }),
    });
  }

  protected async download(report: AttachmentResponse): Promise<void> {
    const error = await this.store.download(report);
    if (error) this.snackBar.open(error.message, snackClose(), { duration: 5000 });
  }

  protected downloadLabel(fileName: string): string {
    return $localize`:@@awDownloadFile:Tải xuống ${fileName}:fileName:`;
  }

  private openDialog(action: NominationAction, data: TransitionDialogData): void {
    this.dialog
      .open<TransitionDialogComponent, TransitionDialogData, boolean>(TransitionDialogComponent, {
        data,
        width: '480px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((done) => {
        if (done) this.announce(action);
      });
  }

  private async runDirect(action: NominationAction): Promise<void> {
    const outcome = await this.store.transition({ action });
    if (outcome.error) {
      this.actionError.set(outcome.error.message);
      if (outcome.isBlocked && this.isAdmin) this.blockedAction.set(action);
      return;
    }
    this.announce(action);
  }

  /** For the dialogs: resolves to the message to show in the dialog, or null when done. */
  private async runWithPayload(
    action: NominationAction,
    payload: TransitionPayload,
    extra: Partial<TransitionInput> = {},
  ): Promise<string | null> {
    const outcome = await this.store.transition({ action, ...payload, ...extra });
    if (!outcome.error) return null;
    // Conflicts and refusals: the page (already read again) shows the message too.
    if (outcome.error.statusCode === 409 || outcome.error.statusCode === 403)
      this.actionError.set(outcome.error.message);
    return outcome.error.message;
  }

  private announce(action: NominationAction): void {
    this.actionError.set(null);
    this.blockedAction.set(null);
    const label = nominationActionLabel(action);
    this.snackBar.open($localize`:@@awActionDone:Đã thực hiện: ${label}:action:.`, snackClose(), {
      duration: 4000,
    });
  }

  private dialogTitle(action: NominationAction): string {
    switch (action) {
      case 'return':
        return $localize`:@@awReturnTitle:Trả lại đề nghị`;
      case 'reject':
        return $localize`:@@awRejectTitle:Không duyệt đề nghị`;
      case 'recordVote':
        return $localize`:@@awRecordVoteTitle:Ghi kết quả bỏ phiếu`;
      case 'decide':
        return $localize`:@@awDecideTitle:Ghi quyết định khen thưởng`;
      case 'approve':
        return $localize`:@@awApproveTitle:Duyệt đề nghị?`;
      case 'award':
        return $localize`:@@awAwardTitle:Xác nhận đã khen thưởng?`;
      default:
        return nominationActionLabel(action);
    }
  }
}
