import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';

import { EmptyStateComponent } from '@thidua/shared/ui';

@Component({
  selector: 'td-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, EmptyStateComponent],
  template: `
    <h1 class="title" i18n="@@notFoundTitle">Không tìm thấy trang</h1>
    <td-empty-state
      icon="travel_explore"
      i18n-title="@@notFoundHeadline"
      title="Lỗi 404"
      i18n-message="@@notFoundMessage"
      message="Địa chỉ bạn mở không tồn tại hoặc đã được chuyển đi. Hãy kiểm tra lại đường dẫn."
    >
      <a mat-flat-button routerLink="/" i18n="@@backHome">Về trang chủ</a>
    </td-empty-state>
  `,
  styles: `
    .title {
      margin: 24px 0 0;
      text-align: center;
      font: var(--mat-sys-headline-small);
    }
  `,
})
export class NotFoundPageComponent {}
