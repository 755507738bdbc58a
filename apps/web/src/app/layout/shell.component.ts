import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  LOCALE_ID,
  computed,
  inject,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter, map } from 'rxjs';

import { AUTH_PATHS, AuthStore, roleLabel } from '@thidua/auth/web';
import { AWARDS_PATHS, CLEARANCE_PATHS } from '@thidua/awards/web';
import { BALLOTS_PATHS } from '@thidua/ballots/data-access';
import { DOCUMENTS_PATHS } from '@thidua/documents/web';
import { MOVEMENTS_PATHS } from '@thidua/movements/web';
import { REGISTRY_PATHS } from '@thidua/registry/web';
import { SCORING_PATHS } from '@thidua/scoring/web';
import { REPORTS_PATHS, unitRecordPath } from '@thidua/reports/web';
import type { Permission, Role } from '@thidua/shared/contracts';

import { otherLanguageHref } from './language-switch';

interface NavItem {
  path: string;
  label: string;
  icon: string;
  permission?: Permission;
  /** Only for these roles (the dashboards are the board's, viewers' and secretariats'). */
  roles?: Role[];
  exact?: boolean;
}

/** The signed-in frame: toolbar, role-aware navigation, user menu and language switch. */
@Component({
  selector: 'td-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    MatButtonModule,
    MatDividerModule,
    MatIconModule,
    MatListModule,
    MatMenuModule,
    MatSidenavModule,
    MatToolbarModule,
  ],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.scss',
})
export class ShellComponent {
  protected readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly localeId = inject(LOCALE_ID);
  private readonly sidenav = viewChild.required(MatSidenav);

  protected readonly paths = AUTH_PATHS;
  protected readonly isHandset = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 959.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event): event is NavigationEnd => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );
  protected readonly languageHref = computed(() => otherLanguageHref(this.localeId, this.url()));
  protected readonly isVietnamese = this.localeId.toLowerCase().startsWith('vi');
  protected readonly roleText = computed(() => {
    const user = this.auth.user();
    return user ? roleLabel(user.role) : '';
  });
  protected readonly initials = computed(() => {
    const words = (this.auth.user()?.fullName ?? '').trim().split(/\s+/).filter(Boolean);
    if (!words.length) return '?';
    const last = words[words.length - 1];
    return (words.length > 1 ? words[0][0] + last[0] : last.slice(0, 2)).toUpperCase();
  });

  private readonly mainItems: NavItem[] = [
    { path: '/', label: $localize`:@@navHome:Trang chủ`, icon: 'home', exact: true },
    {
      path: REGISTRY_PATHS.units,
      label: $localize`:@@navUnits:Đơn vị`,
      icon: 'apartment',
      permission: 'registry.read',
    },
    {
      path: REGISTRY_PATHS.blocs,
      label: $localize`:@@navBlocs:Khối, cụm thi đua`,
      icon: 'groups',
      permission: 'registry.read',
    },
    {
      path: MOVEMENTS_PATHS.movements,
      label: $localize`:@@navMovements:Phong trào thi đua`,
      icon: 'flag',
      permission: 'registry.read',
    },
    {
      path: SCORING_PATHS.scoring,
      label: $localize`:@@navScoring:Chấm điểm thi đua`,
      icon: 'scoreboard',
      permission: 'registry.read',
    },
    {
      path: AWARDS_PATHS.nominations,
      label: $localize`:@@navNominations:Đề nghị khen thưởng`,
      icon: 'military_tech',
      permission: 'registry.read',
    },
    {
      path: AWARDS_PATHS.awardHistory,
      label: $localize`:@@navAwardHistory:Lịch sử khen thưởng`,
      icon: 'workspace_premium',
      permission: 'registry.read',
    },
    {
      path: DOCUMENTS_PATHS.awardLists,
      label: $localize`:@@navAwardLists:Danh sách khen thưởng`,
      icon: 'list_alt',
      permission: 'registry.read',
    },
    {
      path: CLEARANCE_PATHS.clearance,
      label: $localize`:@@navClearance:Xác nhận trước khen thưởng`,
      icon: 'fact_check',
      roles: ['admin', 'clearance'],
    },
    {
      path: CLEARANCE_PATHS.concurrence,
      label: $localize`:@@navConcurrence:Hiệp y khen thưởng`,
      icon: 'handshake',
      roles: ['admin', 'clearance'],
    },
    {
      path: BALLOTS_PATHS.meetings,
      label: $localize`:@@navMeetings:Hội nghị, bỏ phiếu`,
      icon: 'how_to_vote',
      permission: 'registry.read',
    },
    {
      path: REPORTS_PATHS.dashboard,
      label: $localize`:@@navDashboard:Tổng hợp`,
      icon: 'monitoring',
      roles: ['admin', 'viewer', 'secretariat'],
    },
    {
      path: REPORTS_PATHS.reports,
      label: $localize`:@@navReports:Báo cáo`,
      icon: 'summarize',
      roles: ['admin', 'viewer', 'secretariat'],
      exact: true,
    },
  ];
  private readonly adminItems: NavItem[] = [
    {
      path: REGISTRY_PATHS.organisation,
      label: $localize`:@@navOrganisation:Hồ sơ cơ quan`,
      icon: 'account_balance',
      permission: 'organisation.manage',
    },
    {
      path: REGISTRY_PATHS.outgoingNumbers,
      label: $localize`:@@navOutgoingNumbers:Sổ văn bản đi`,
      icon: 'menu_book',
      permission: 'register.outgoing',
    },
    {
      path: AWARDS_PATHS.awardTypes,
      label: $localize`:@@navAwardTypes:Danh mục khen thưởng`,
      icon: 'emoji_events',
      permission: 'reference.manage',
    },
    {
      path: DOCUMENTS_PATHS.certificateLayouts,
      label: $localize`:@@navCertificateLayouts:Mẫu in bằng khen`,
      icon: 'design_services',
      permission: 'reference.manage',
    },
    {
      path: DOCUMENTS_PATHS.signingCertificates,
      label: $localize`:@@navSigningCertificates:Chữ ký số`,
      icon: 'verified',
      permission: 'signing.manage',
    },
    {
      path: REGISTRY_PATHS.unitKinds,
      label: $localize`:@@navUnitKinds:Loại đơn vị`,
      icon: 'category',
      permission: 'registry.manage',
    },
    {
      path: AUTH_PATHS.users,
      label: $localize`:@@navUsers:Người dùng`,
      icon: 'group',
      permission: 'users.manage',
    },
    {
      path: AUTH_PATHS.apiKeys,
      label: $localize`:@@navApiKeys:Khóa API`,
      icon: 'key',
      permission: 'users.manage',
    },
    {
      path: AUTH_PATHS.auditLog,
      label: $localize`:@@navAuditLog:Nhật ký hệ thống`,
      icon: 'history',
      permission: 'audit.read',
    },
  ];
  protected readonly navItems = computed(() => {
    const unit = this.auth.user()?.unit;
    const ownRecord: NavItem[] = unit
      ? [
          {
            path: unitRecordPath(unit.id),
            label: $localize`:@@navUnitRecord:Hồ sơ đơn vị`,
            icon: 'folder_shared',
            permission: 'registry.read',
          },
        ]
      : [];
    return this.visible([...this.mainItems, ...ownRecord]);
  });
  protected readonly navAdminItems = computed(() => this.visible(this.adminItems));

  protected closeOnHandset(): void {
    if (this.isHandset()) void this.sidenav().close();
  }

  protected async logout(): Promise<void> {
    await this.auth.logout();
    await this.router.navigateByUrl(AUTH_PATHS.login);
  }

  private visible(items: NavItem[]): NavItem[] {
    // Reads the user signal through `can`, so the menu follows sign-in and role changes.
    const role = this.auth.user()?.role;
    return items.filter(
      (item) =>
        (!item.permission || this.auth.can(item.permission)) &&
        (!item.roles || (!!role && item.roles.includes(role))),
    );
  }
}
