import { ChangeDetectionStrategy, Component, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';

import type { AwardListRow } from '@thidua/documents/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { EmptyStateComponent, PageHeaderComponent, openConfirmDialog } from '@thidua/shared/ui';

import { DOCUMENTS_ACCESS, isDocumentsAdmin } from '../documents-access';
import { DOCUMENTS_PATHS, awardListPrintPath } from '../documents.paths';
import {
  attachedToLine,
  awardListStatusLabel,
  countsLabel,
  isoToDisplayDate,
  snackClose,
} from '../labels';
import { AwardListTableComponent, type RowNoteChange } from '../ui/award-list-table.component';
import { AwardListDetailStore, type ListDownload, listRows } from './award-list-detail.store';
import {
  type CertificatesChoice,
  CertificatesDialogComponent,
  type CertificatesDialogData,
} from './certificates-dialog.component';
import {
  CoverLetterDialogComponent,
  type CoverLetterDialogData,
} from './cover-letter-dialog.component';
import { DecisionDialogComponent, type DecisionDialogData } from './decision-dialog.component';

/** One award list, shown as printed, with its cover letter, downloads, sending and decision. */
@Component({
  selector: 'td-award-list-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatProgressBarModule,
    AwardListTableComponent,
    EmptyStateComponent,
    PageHeaderComponent,
  ],
  templateUrl: './award-list-detail-page.component.html',
  styleUrls: ['../documents-page.scss', './award-list-detail-page.component.scss'],
})
export class AwardListDetailPageComponent {
  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly store = inject(AwardListDetailStore);
  private readonly access = inject(DOCUMENTS_ACCESS);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);

  protected readonly paths = DOCUMENTS_PATHS;
  protected readonly printPath = awardListPrintPath;
  protected readonly statusLabel = awardListStatusLabel;
  protected readonly counts = countsLabel;
  protected readonly date = isoToDisplayDate;
  protected readonly attachedTo = attachedToLine;

  constructor() {
    effect(() => void this.store.load(this.id()));
  }

  protected isAdmin(): boolean {
    return isDocumentsAdmin(this.access);
  }

  /** The register of outgoing numbers hands out numbers to admins and secretariats. */
  private canTakeNumbers(): boolean {
    return this.access.can('register.outgoing');
  }

  protected editCoverLetter(): void {
    const list = this.store.list();
    if (!list) return;
    this.dialog
      .open<CoverLetterDialogComponent, CoverLetterDialogData, boolean>(
        CoverLetterDialogComponent,
        {
          data: {
            coverLetter: list.coverLetter,
            save: (coverLetter) => this.store.saveCoverLetter(coverLetter),
            // A bloc's letter is numbered in the bloc's own register (the store says which).
            ...(this.canTakeNumbers()
              ? { takeNumber: (date: string) => this.store.takeNumber('coverLetter', date) }
              : {}),
          },
          width: '760px',
          maxWidth: '95vw',
          autoFocus: 'first-tabbable',
        },
      )
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.notify($localize`:@@alCoverLetterSaved:Đã lưu tờ trình.`);
      });
  }

  protected async changeNote(change: RowNoteChange): Promise<void> {
    const error = await this.store.saveNote(change.nominationId, change.note);
    this.notify(error ? error.message : $localize`:@@alNoteSaved:Đã lưu ghi chú.`);
  }

  protected removeRow(row: AwardListRow): void {
    openConfirmDialog(this.dialog, {
      title: $localize`:@@alRemoveRowTitle:Bỏ khỏi danh sách?`,
      message: $localize`:@@alRemoveRowMessage:${row.name}:name: sẽ không còn trong danh sách này. Đề nghị vẫn được giữ và có thể đưa vào lại sau.`,
      confirmLabel: $localize`:@@alRemoveRowConfirm:Bỏ khỏi danh sách`,
      isDestructive: true,
    }).subscribe(async (confirmed) => {
      if (!confirmed) return;
      const error = await this.store.removeRow(row.nominationId);
      if (error) this.notify(error.message);
    });
  }

  protected async download(request: ListDownload): Promise<void> {
    this.showError(await this.store.download(request));
  }

  protected remove(): void {
    const list = this.store.list();
    if (!list) return;
    openConfirmDialog(this.dialog, {
      title: $localize`:@@alDeleteTitle:Xóa danh sách?`,
      message: $localize`:@@alDeleteMessage:Danh sách "${list.title}:title:" sẽ bị xóa. Các đề nghị trong danh sách được giữ nguyên và có thể đưa vào danh sách khác.`,
      confirmLabel: $localize`:@@alDeleteConfirm:Xóa danh sách`,
      isDestructive: true,
    }).subscribe(async (confirmed) => {
      if (!confirmed) return;
      const error = await this.store.remove();
      this.notify(error ? error.message : $localize`:@@alDeleted:Đã xóa danh sách.`);
      if (!error) await this.router.navigateByUrl(DOCUMENTS_PATHS.awardLists);
    });
  }

  protected send(): void {
    openConfirmDialog(this.dialog, {
      title: $localize`:@@alSendTitle:Gửi danh sách lên tỉnh?`,
      message: $localize`:@@alSendMessage:Sau khi gửi, danh sách không sửa được nữa và các đề nghị chuyển sang trạng thái "Đã gửi tỉnh".`,
      confirmLabel: $localize`:@@alSendConfirm:Gửi`,
    }).subscribe(async (confirmed) => {
      if (!confirmed) return;
      const error = await this.store.send();
      this.notify(error ? error.message : $localize`:@@alSent:Đã gửi danh sách lên tỉnh.`);
    });
  }

  protected recordDecision(): void {
    const list = this.store.list();
    if (!list) return;
    this.dialog
      .open<DecisionDialogComponent, DecisionDialogData, boolean>(DecisionDialogComponent, {
        data: {
          rows: listRows(list),
          save: (decision) => this.store.recordDecision(decision),
          ...(this.canTakeNumbers()
            ? { takeNumber: (date: string) => this.store.takeNumber('decision', date) }
            : {}),
        },
        width: '620px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.notify($localize`:@@alDecisionSaved:Đã ghi quyết định khen thưởng.`);
      });
  }

  protected printCertificates(): void {
    this.dialog
      .open<CertificatesDialogComponent, CertificatesDialogData, CertificatesChoice>(
        CertificatesDialogComponent,
        { data: { awards: this.store.awards() }, width: '480px', maxWidth: '95vw' },
      )
      .afterClosed()
      .subscribe(async (choice) => {
        if (!choice) return;
        this.showError(await this.store.downloadCertificates(choice.layout, choice.awardTypeId));
      });
  }

  private showError(error: ApiError | null): void {
    if (error) this.notify(error.message);
  }

  private notify(message: string): void {
    this.snackBar.open(message, snackClose(), { duration: 5000 });
  }
}
