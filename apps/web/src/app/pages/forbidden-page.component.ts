import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';

import { EmptyStateComponent } from '@thidua/shared/ui';

@Component({
  selector: 'td-forbidden-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, EmptyStateComponent],
  template: `
    <h1 class="title" i18n="@@forbiddenTitle">Bạn không có quyền truy cập trang này</h1>
    <td-empty-state
      icon="lock"
      i18n-title="@@forbiddenHeadline"
      title="Trang này dành cho vai trò khác"
      i18n-message="@@forbiddenMessage"
      message="Nếu bạn cần dùng chức năng này, hãy liên hệ quản trị viên của Ban Thi đua – Khen thưởng để được cấp quyền."
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
export class ForbiddenPageComponent {}
