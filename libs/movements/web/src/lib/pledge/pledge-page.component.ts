import type { ComponentType } from '@angular/cdk/portal';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
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
import { RouterLink } from '@angular/router';

import type { PledgeUnitResponse } from '@thidua/movements/contracts';
import { emptyPledgeSections } from '@thidua/movements/domain';
import { blocPath, unitPath } from '@thidua/registry/web';
import type { AttachmentResponse } from '@thidua/shared/contracts';
import { CardTableDirective, EmptyStateComponent, PageHeaderComponent } from '@thidua/shared/ui';

import { isoToDisplayDate, snackClose, timestampToDisplayDate, unitLabel } from '../labels';
import { MOVEMENTS_ACCESS, ownUnitId } from '../movements-access';
import { movementPath } from '../movements.paths';
import { parseYearParam } from '../movements.status';
import {
  PledgeContentDialogComponent,
  type PledgeContentDialogData,
} from './pledge-content-dialog.component';
import {
  PledgeReopenDialogComponent,
  type PledgeReopenDialogData,
} from './pledge-reopen-dialog.component';
import {
  PledgeSignDialogComponent,
  type PledgeSignDialogData,
} from './pledge-sign-dialog.component';
import {
  PledgeUnitDialogComponent,
  type PledgeUnitDialogData,
} from './pledge-unit-dialog.component';
import { PledgeStore } from './pledge.store';
import type { PledgeDocumentFormat } from './pledges.api';

/** A bloc's emulation pledge of a year: content, registrations, signatures and the document. */
@Component({
  selector: 'td-pledge-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    EmptyStateComponent,
    PageHeaderComponent,
    CardTableDirective,
  ],
  templateUrl: './pledge-page.component.html',
  styleUrls: ['../movements-page.scss', './pledge-page.component.scss'],
})
export class PledgePageComponent {
  /** Route parameter `:blocId`. */
  readonly blocId = input.required<string>();
  /** Route parameter `:year`. */
  readonly year = input.required<string>();

  protected readonly store = inject(PledgeStore);
  private readonly access = inject(MOVEMENTS_ACCESS);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);

  protected readonly date = isoToDisplayDate;
  protected readonly timestamp = timestampToDisplayDate;
  protected readonly unitLabel = unitLabel;
  protected readonly unitPath = unitPath;
  protected readonly movementPath = movementPath;
  protected readonly selectedYear = computed(() => parseYearParam(this.year()));
  protected readonly blocLink = computed(() => blocPath(this.blocId()));
  protected readonly heading = computed(() => {
    const year = this.selectedYear() ?? this.year();
    return $localize`:@@pledgePageHeading:Giao ước thi đua năm ${year}:year:`;
  });
  protected readonly subheading = computed(() => this.store.pledge()?.bloc.name ?? null);
  /** Section I empty: nobody may sign yet (the server refuses too), and the page says why. */
  protected readonly isSigningBlocked = computed(() => {
    const pledge = this.store.pledge();
    return !!pledge && pledge.status === 'open' && emptyPledgeSections(pledge).length > 0;
  });
  protected readonly missingMessage = $localize`:@@pledgeMissingMessage:Thư ký khối (đơn vị Trưởng khối, Phó khối) soạn bản giao ước đầu năm.`;

  constructor() {
    effect(() => {
      const blocId = this.blocId();
      const year = this.selectedYear();
      untracked(() => {
        if (year !== null) void this.store.load(blocId, year);
      });
    });
  }

  protected scanLabel(unit: string): string {
    return $localize`:@@pledgeScanOf:Bản quét của ${unit}:unit:`;
  }

  protected registerLabel(unit: string): string {
    return $localize`:@@pledgeRegisterFor:Đăng ký chỉ tiêu cho ${unit}:unit:`;
  }

  protected recordPaperLabel(unit: string): string {
    return $localize`:@@pledgeRecordPaperFor:Ghi nhận bản ký giấy của ${unit}:unit:`;
  }

  protected canRegister(entry: PledgeUnitResponse): boolean {
    const pledge = this.store.pledge();
    if (!pledge || pledge.status !== 'open') return false;
    return pledge.canManage || ownUnitId(this.access) === entry.unit.id;
  }

  protected canSign(entry: PledgeUnitResponse): boolean {
    const pledge = this.store.pledge();
    return (
      !!pledge &&
      pledge.status === 'open' &&
      !entry.signature &&
      pledge.signableUnitIds.includes(entry.unit.id)
    );
  }

  protected canRecordPaper(entry: PledgeUnitResponse): boolean {
    const pledge = this.store.pledge();
    return !!pledge && pledge.status === 'open' && pledge.canManage && !entry.signature;
  }

  protected async createPledge(): Promise<void> {
    const error = await this.store.create();
    this.notify(error?.message ?? $localize`:@@pledgeCreated:Đã soạn bản giao ước.`);
  }

  protected editContent(): void {
    const pledge = this.store.pledge();
    if (!pledge) return;
    const data: PledgeContentDialogData = {
      pledge,
      movements: this.store.movementsOfYear(),
      save: (request) => this.store.saveContent(request),
    };
    this.openDialog(PledgeContentDialogComponent, data, $localize`:@@pledgeSaved:Đã lưu giao ước.`);
  }

  protected registerTargets(entry: PledgeUnitResponse): void {
    const data: PledgeUnitDialogData = {
      entry,
      save: (request) => this.store.saveUnit(entry.unit.id, request),
    };
    this.openDialog(
      PledgeUnitDialogComponent,
      data,
      $localize`:@@pledgeUnitSaved:Đã lưu chỉ tiêu, danh hiệu đăng ký.`,
    );
  }

  protected sign(entry: PledgeUnitResponse): void {
    const data: PledgeSignDialogData = {
      unit: entry.unit,
      method: 'app',
      save: (signer) => this.store.sign(entry.unit.id, signer),
    };
    this.openDialog(PledgeSignDialogComponent, data, $localize`:@@pledgeSigned:Đã ký giao ước.`);
  }

  protected recordPaper(entry: PledgeUnitResponse): void {
    const data: PledgeSignDialogData = {
      unit: entry.unit,
      method: 'paper',
      save: (signer, scan) =>
        scan ? this.store.recordPaper(entry.unit.id, signer, scan) : Promise.resolve(null),
    };
    this.openDialog(
      PledgeSignDialogComponent,
      data,
      $localize`:@@pledgePaperRecorded:Đã ghi nhận bản ký giấy.`,
    );
  }

  protected reopen(): void {
    const data: PledgeReopenDialogData = { reopen: (reason) => this.store.reopen(reason) };
    this.openDialog(
      PledgeReopenDialogComponent,
      data,
      $localize`:@@pledgeReopened:Đã mở lại giao ước.`,
    );
  }

  protected async downloadDocument(format: PledgeDocumentFormat): Promise<void> {
    const error = await this.store.downloadDocument(format);
    if (error) this.notify(error.message);
  }

  protected async downloadScan(scan: AttachmentResponse): Promise<void> {
    const error = await this.store.downloadAttachment(scan);
    if (error) this.notify(error.message);
  }

  private openDialog<T, D>(component: ComponentType<T>, data: D, done: string): void {
    this.dialog
      .open(component, { data, injector: this.injector, width: '600px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.notify(done);
      });
  }

  private notify(message: string): void {
    this.snackBar.open(message, snackClose(), { duration: 5000 });
  }
}
