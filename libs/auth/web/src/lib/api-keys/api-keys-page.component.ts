import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, type OnInit, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';

import type { ApiKeyResponse } from '@thidua/shared/contracts';
import {
  CardTableDirective,
  EmptyStateComponent,
  PageHeaderComponent,
  openConfirmDialog,
} from '@thidua/shared/ui';

import { apiKeyScopeLabel } from './api-key-labels';
import { ApiKeyFormDialogComponent } from './api-key-form-dialog.component';
import { ApiKeysStore } from './api-keys.store';

/**
 * The admin's API keys for integrations: the list (never the secrets), creating one (shown once),
 * revoking one after a confirmation.
 */
@Component({
  selector: 'td-api-keys-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    MatButtonModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
    MatTooltipModule,
    CardTableDirective,
    EmptyStateComponent,
    PageHeaderComponent,
  ],
  templateUrl: './api-keys-page.component.html',
  styleUrl: './api-keys-page.component.scss',
})
export class ApiKeysPageComponent implements OnInit {
  protected readonly store = inject(ApiKeysStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly heading = $localize`:@@apiKeysTitle:Khóa API`;
  protected readonly subheading = $localize`:@@apiKeysSubtitle:Khóa cho các hệ thống khác (quản lý văn bản, cơ sở dữ liệu cán bộ, …) gọi API với phạm vi và thời hạn giới hạn.`;
  protected readonly scopeLabel = apiKeyScopeLabel;
  protected readonly columns = [
    'name',
    'scopes',
    'unit',
    'created',
    'expiresAt',
    'lastUsedAt',
    'status',
  ];

  ngOnInit(): void {
    void this.store.load();
  }

  protected createKey(): void {
    this.dialog.open(ApiKeyFormDialogComponent, {
      disableClose: true,
      autoFocus: 'first-tabbable',
    });
  }

  protected changePage(event: PageEvent): void {
    void this.store.load(event.pageIndex + 1, event.pageSize);
  }

  protected isExpired(key: ApiKeyResponse): boolean {
    return new Date(key.expiresAt).getTime() <= Date.now();
  }

  protected revoke(key: ApiKeyResponse): void {
    openConfirmDialog(this.dialog, {
      title: $localize`:@@apiKeyRevokeTitle:Thu hồi khóa API?`,
      message: $localize`:@@apiKeyRevokeMessage:Khóa "${key.name}:name:" (${key.prefix}:prefix:) sẽ bị từ chối ngay từ yêu cầu tiếp theo. Không thể hoàn tác.`,
      confirmLabel: $localize`:@@apiKeyRevokeConfirm:Thu hồi`,
      isDestructive: true,
    }).subscribe(async (confirmed) => {
      if (!confirmed) return;
      const error = await this.store.revoke(key.id);
      this.snackBar.open(
        error ? error.message : $localize`:@@apiKeyRevoked:Đã thu hồi khóa API.`,
        $localize`:@@snackClose:Đóng`,
        { duration: 5000 },
      );
    });
  }
}
