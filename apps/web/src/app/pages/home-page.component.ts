import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';

import { AUTH_PATHS, AuthStore, blocPositionLabel, roleLabel } from '@thidua/auth/web';
import { MyTasksComponent } from '@thidua/reports/web';
import type { Permission } from '@thidua/shared/contracts';
import { formatDateVi } from '@thidua/shared/util';

interface QuickLink {
  path: string;
  title: string;
  description: string;
  icon: string;
  permission?: Permission;
}

/**
 * The landing page: who you are, which blocs you serve this year, what waits for you (each item a
 * link to its page), and where you can go.
 */
@Component({
  selector: 'td-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, MatIconModule, RouterLink, MyTasksComponent],
  templateUrl: './home-page.component.html',
  styleUrl: './home-page.component.scss',
})
export class HomePageComponent {
  protected readonly auth = inject(AuthStore);
  protected readonly today = formatDateVi(new Date());
  protected readonly year = new Date().getFullYear();
  protected readonly user = this.auth.user;
  protected readonly roleText = computed(() => {
    const user = this.user();
    return user ? roleLabel(user.role) : '';
  });
  protected readonly greeting = computed(() => {
    const hour = new Date().getHours();
    if (hour < 11) return $localize`:@@greetingMorning:Chào buổi sáng`;
    if (hour < 13) return $localize`:@@greetingNoon:Chào buổi trưa`;
    if (hour < 18) return $localize`:@@greetingAfternoon:Chào buổi chiều`;
    return $localize`:@@greetingEvening:Chào buổi tối`;
  });
  /** Grants for this year first, then later and earlier years. */
  protected readonly blocs = computed(() =>
    [...(this.user()?.secretariatOf ?? [])]
      .sort(
        (a, b) => Math.abs(a.year - this.year) - Math.abs(b.year - this.year) || b.year - a.year,
      )
      .map((grant) => ({
        ...grant,
        label: `${blocPositionLabel(grant.position)} – ${grant.blocName} – ${$localize`:@@blocYear:năm ${grant.year}:year:`}`,
        isCurrent: grant.year === this.year,
      })),
  );

  private readonly allLinks: QuickLink[] = [
    {
      path: AUTH_PATHS.users,
      title: $localize`:@@navUsers:Người dùng`,
      description: $localize`:@@homeUsersLink:Tạo tài khoản, phân vai trò, khóa hoặc đặt lại mật khẩu.`,
      icon: 'group',
      permission: 'users.manage',
    },
    {
      path: AUTH_PATHS.auditLog,
      title: $localize`:@@navAuditLog:Nhật ký hệ thống`,
      description: $localize`:@@homeAuditLink:Xem ai đã đăng nhập và thay đổi dữ liệu gì, khi nào.`,
      icon: 'history',
      permission: 'audit.read',
    },
    {
      path: AUTH_PATHS.changePassword,
      title: $localize`:@@menuChangePassword:Đổi mật khẩu`,
      description: $localize`:@@homePasswordLink:Đặt mật khẩu mới cho tài khoản của bạn.`,
      icon: 'password',
    },
    {
      path: AUTH_PATHS.mailSettings,
      title: $localize`:@@menuMailSettings:Thư điện tử`,
      description: $localize`:@@homeMailLink:Địa chỉ nhận thư nhắc việc hằng ngày, hoặc tắt thư.`,
      icon: 'mail',
    },
  ];
  protected readonly links = computed(() =>
    this.allLinks.filter((link) => !link.permission || this.auth.can(link.permission)),
  );
}
