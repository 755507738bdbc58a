import { ChangeDetectionStrategy, Component, Injector, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleChange, MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';

import type { UnitKindResponse } from '@thidua/registry/contracts';
import { CardTableDirective, EmptyStateComponent, PageHeaderComponent } from '@thidua/shared/ui';

import { snackClose } from '../labels';
import { UnitKindFormDialogComponent } from './unit-kind-form-dialog.component';
import { UnitKindsStore } from './unit-kinds.store';

/** Admin page: the kinds units are classified by, in display order. */
@Component({
  selector: 'td-unit-kinds-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    MatTableModule,
    EmptyStateComponent,
    PageHeaderComponent,
    CardTableDirective,
  ],
  templateUrl: './unit-kinds-page.component.html',
  styleUrl: '../registry-page.scss',
})
export class UnitKindsPageComponent {
  protected readonly store = inject(UnitKindsStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);

  protected readonly heading = $localize`:@@unitKindsTitle:Loại đơn vị`;
  protected readonly subheading = $localize`:@@unitKindsSubtitle:Phân loại đơn vị dùng khi đăng ký và lọc danh sách đơn vị.`;
  protected readonly columns = ['order', 'code', 'name', 'isActive', 'actions'];

  constructor() {
    void this.store.load();
  }

  protected addKind(): void {
    this.openForm(null);
  }

  protected renameKind(kind: UnitKindResponse): void {
    this.openForm(kind);
  }

  protected async moveKind(kind: UnitKindResponse, delta: -1 | 1): Promise<void> {
    const error = await this.store.move(kind, delta);
    if (error) this.notify(error.message);
  }

  protected async setActive(kind: UnitKindResponse, event: MatSlideToggleChange): Promise<void> {
    const error = await this.store.update(kind, { isActive: event.checked });
    if (error) {
      event.source.checked = !event.checked;
      this.notify(error.message);
    }
  }

  private openForm(kind: UnitKindResponse | null): void {
    this.dialog
      .open(UnitKindFormDialogComponent, {
        data: kind,
        injector: this.injector,
        width: '480px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.notify($localize`:@@registrySaved:Đã lưu.`);
      });
  }

  private notify(message: string): void {
    this.snackBar.open(message, snackClose(), { duration: 4000 });
  }

  protected unitKindsMoveUpLabel(name: string): string {
    return $localize`:@@unitKindsMoveUp:Chuyển ${name}:INTERPOLATION: lên trên`;
  }

  protected unitKindsMoveDownLabel(name: string): string {
    return $localize`:@@unitKindsMoveDown:Chuyển ${name}:INTERPOLATION: xuống dưới`;
  }

  protected unitKindsActiveToggleLabel(name: string): string {
    return $localize`:@@unitKindsActiveToggle:Dùng loại ${name}:INTERPOLATION:`;
  }

  protected unitKindsRenameLabel(name: string): string {
    return $localize`:@@unitKindsRename:Đổi tên ${name}:INTERPOLATION:`;
  }
}
