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
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { REGISTRY_ERROR_CODES, type UnitEventResponse } from '@thidua/registry/contracts';
import {
  CardTableDirective,
  EmptyStateComponent,
  openConfirmDialog,
  PageHeaderComponent,
} from '@thidua/shared/ui';

import {
  blocKindLabel,
  isoToDisplayDate,
  leaderRoleLabel,
  snackClose,
  unitEventKindLabel,
  unitLabel,
} from '../labels';
import { REGISTRY_ACCESS } from '../registry-access';
import { REGISTRY_PATHS, unitRecordUrl } from '../registry.paths';
import { UnitFormDialogComponent, UnitFormDialogData } from '../units/unit-form-dialog.component';
import { UnitDetailStore } from './unit-detail.store';

/** A unit: its details, sub-units and its blocs over the years, with edit/archive/delete. */
@Component({
  selector: 'td-unit-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    EmptyStateComponent,
    PageHeaderComponent,
    CardTableDirective,
  ],
  templateUrl: './unit-detail-page.component.html',
  styleUrl: '../registry-page.scss',
})
export class UnitDetailPageComponent {
  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  protected readonly store = inject(UnitDetailStore);
  private readonly access = inject(REGISTRY_ACCESS);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);

  protected readonly paths = REGISTRY_PATHS;
  protected readonly recordUrl = unitRecordUrl;
  protected readonly unitLabel = unitLabel;
  protected readonly blocKindLabel = blocKindLabel;
  protected readonly leaderRoleLabel = leaderRoleLabel;
  protected readonly date = isoToDisplayDate;
  protected readonly eventKindLabel = unitEventKindLabel;
  protected readonly membershipColumns = ['year', 'bloc', 'role', 'joinedOn', 'leftOn'];
  protected readonly heading = computed(
    () => this.store.unit()?.name ?? $localize`:@@unitDetailTitle:Đơn vị`,
  );
  protected readonly subheading = computed(() => {
    const unit = this.store.unit();
    if (!unit) return null;
    return [unit.code, unit.shortName, unit.kind?.name].filter(Boolean).join(' · ');
  });
  protected readonly canDelete = computed(() => this.access.can('registry.manage'));

  constructor() {
    void this.store.loadKinds();
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
  }

  protected editUnit(): void {
    const unit = this.store.unit();
    if (!unit) return;
    const data: UnitFormDialogData = {
      unit,
      kinds: this.store.activeKinds(),
      save: (request) => this.store.update(request),
      searchUnits: (q) => this.store.searchUnits(q),
    };
    this.dialog
      .open(UnitFormDialogComponent, {
        data,
        injector: this.injector,
        width: '640px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.notify($localize`:@@registrySaved:Đã lưu.`);
      });
  }

  protected async archiveUnit(): Promise<void> {
    const unit = this.store.unit();
    if (!unit) return;
    const confirmed = await firstValueFrom(
      openConfirmDialog(this.dialog, {
        title: $localize`:@@unitArchiveTitle:Lưu trữ đơn vị?`,
        message: $localize`:@@unitArchiveMessage:${unit.name}:name: sẽ không còn được chọn cho năm mới. Dữ liệu các năm trước vẫn giữ nguyên; có thể khôi phục lại sau.`,
        confirmLabel: $localize`:@@unitArchive:Lưu trữ`,
      }),
    );
    if (confirmed) await this.saveArchived(true);
  }

  protected restoreUnit(): Promise<void> {
    return this.saveArchived(false);
  }

  protected async deleteUnit(): Promise<void> {
    const unit = this.store.unit();
    if (!unit) return;
    const confirmed = await firstValueFrom(
      openConfirmDialog(this.dialog, {
        title: $localize`:@@unitDeleteTitle:Xóa đơn vị?`,
        message: $localize`:@@unitDeleteMessage:Xóa hẳn ${unit.name}:name:. Không thể hoàn tác.`,
        confirmLabel: $localize`:@@unitDelete:Xóa`,
        isDestructive: true,
      }),
    );
    if (!confirmed) return;
    const error = await this.store.remove();
    if (!error) {
      this.notify($localize`:@@unitDeleted:Đã xóa đơn vị.`);
      await this.router.navigateByUrl(REGISTRY_PATHS.units);
      return;
    }
    if (error.code !== REGISTRY_ERROR_CODES.referenced || unit.isArchived) {
      this.notify(error.message);
      return;
    }
    const archiveInstead = await firstValueFrom(
      openConfirmDialog(this.dialog, {
        title: $localize`:@@unitReferencedTitle:Không xóa được đơn vị`,
        message: $localize`:@@unitReferencedMessage:${error.message}:message: Bạn có muốn lưu trữ đơn vị thay vì xóa?`,
        confirmLabel: $localize`:@@unitArchive:Lưu trữ`,
      }),
    );
    if (archiveInstead) await this.saveArchived(true);
  }

  /** "từ 01/03/2025", "đến 01/03/2025", "01/03/2018 – 01/03/2025". */
  protected period(from: string | null, to: string | null): string {
    if (from && to) return `${isoToDisplayDate(from)} – ${isoToDisplayDate(to)}`;
    if (from) return $localize`:@@unitNameFrom:từ ${isoToDisplayDate(from)}:date:`;
    if (to) return $localize`:@@unitNameUntil:đến ${isoToDisplayDate(to)}:date:`;
    return '';
  }

  /** "Sở A, Sở B → Sở C"; a rename "Tên cũ → Tên mới"; a move "→ Đơn vị cấp trên mới". */
  protected eventSummary(event: UnitEventResponse): string {
    if (event.kind === 'rename') return `${event.previousName} → ${event.newName}`;
    if (event.kind === 'move')
      return `${unitLabel(event.previousParent)} → ${unitLabel(event.newParent)}`;
    const names = (units: UnitEventResponse['sources']) =>
      units.map((u) => unitLabel(u)).join(', ');
    return event.targets.length
      ? `${names(event.sources)} → ${names(event.targets)}`
      : names(event.sources);
  }

  protected async undoEvent(event: UnitEventResponse): Promise<void> {
    const confirmed = await firstValueFrom(
      openConfirmDialog(this.dialog, {
        title: $localize`:@@unitEventUndoTitle:Hoàn tác sự kiện?`,
        message: $localize`:@@unitEventUndoMessage:Các đơn vị trở lại như trước sự kiện; đơn vị được thành lập từ sự kiện bị xóa.`,
        confirmLabel: $localize`:@@unitEventUndo:Hoàn tác`,
        isDestructive: true,
      }),
    );
    if (!confirmed) return;
    const error = await this.store.undoEvent(event.id);
    this.notify(error?.message ?? $localize`:@@unitEventUndone:Đã hoàn tác sự kiện.`);
  }

  private async saveArchived(isArchived: boolean): Promise<void> {
    const error = await this.store.setArchived(isArchived);
    this.notify(
      error?.message ??
        (isArchived
          ? $localize`:@@unitArchived2:Đã lưu trữ đơn vị.`
          : $localize`:@@unitRestored:Đã khôi phục đơn vị.`),
    );
  }

  private notify(message: string): void {
    this.snackBar.open(message, snackClose(), { duration: 5000 });
  }
}
