import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { Observable, map } from 'rxjs';

export interface ConfirmDialogData {
  title: string;
  message: string;
  confirmLabel?: string;
  cancelLabel?: string;
  /** Colours the confirm button as a warning, for actions that take something away. */
  isDestructive?: boolean;
}

/** Asks a yes/no question. Closes with `true` when confirmed. */
@Component({
  selector: 'td-confirm-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p>{{ data.message }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">
        {{ data.cancelLabel ?? cancelText }}
      </button>
      <button
        mat-flat-button
        type="button"
        cdkFocusInitial
        [class.destructive]="data.isDestructive"
        [mat-dialog-close]="true"
      >
        {{ data.confirmLabel ?? confirmText }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .destructive {
      background-color: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
    }
  `,
})
export class ConfirmDialogComponent {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
  protected readonly cancelText = $localize`:@@dialogCancel:Hủy`;
  protected readonly confirmText = $localize`:@@dialogConfirm:Đồng ý`;
}

/** Opens the confirm dialog; emits `true` only when the user confirmed. */
export function openConfirmDialog(dialog: MatDialog, data: ConfirmDialogData): Observable<boolean> {
  return dialog
    .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
      data,
      width: '420px',
      maxWidth: '95vw',
      role: 'alertdialog',
    })
    .afterClosed()
    .pipe(map((result) => result === true));
}
