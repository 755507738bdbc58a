import { Routes } from '@angular/router';

import { authGuard, guestGuard, permissionGuard } from './auth.guards';
import { MailSettingsStore } from './account/mail-settings.store';
import { ApiKeysStore } from './api-keys/api-keys.store';
import { AuditLogStore } from './audit-log/audit-log.store';
import { UsersStore } from './users/users.store';

/** Public pages, mounted at the root outside the shell: `/login`. */
export const AUTH_ROUTES: Routes = [
  {
    path: 'login',
    canActivate: [guestGuard],
    title: $localize`:@@loginPageTitle:Đăng nhập – Thi đua – Khen thưởng`,
    loadComponent: () => import('./login/login-page.component').then((m) => m.LoginPageComponent),
  },
];

/** The signed-in user's own account pages, mounted at `account` inside the shell. */
export const ACCOUNT_ROUTES: Routes = [
  {
    path: 'password',
    canActivate: [authGuard],
    title: $localize`:@@changePasswordPageTitle:Đổi mật khẩu – Thi đua – Khen thưởng`,
    loadComponent: () =>
      import('./account/change-password-page.component').then((m) => m.ChangePasswordPageComponent),
  },
  {
    path: 'mail',
    canActivate: [authGuard],
    providers: [MailSettingsStore],
    title: $localize`:@@mailSettingsPageTitle:Thư điện tử – Thi đua – Khen thưởng`,
    loadComponent: () =>
      import('./account/mail-settings-page.component').then((m) => m.MailSettingsPageComponent),
  },
];

/** Administration, mounted at `admin` inside the shell. Each page checks its own permission. */
export const ADMIN_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'users' },
  {
    path: 'users',
    canActivate: [permissionGuard('users.manage')],
    providers: [UsersStore],
    title: $localize`:@@usersPageTitle:Người dùng – Thi đua – Khen thưởng`,
    loadComponent: () => import('./users/users-page.component').then((m) => m.UsersPageComponent),
  },
  {
    path: 'api-keys',
    canActivate: [permissionGuard('users.manage')],
    providers: [ApiKeysStore],
    title: $localize`:@@apiKeysPageTitle:Khóa API – Thi đua – Khen thưởng`,
    loadComponent: () =>
      import('./api-keys/api-keys-page.component').then((m) => m.ApiKeysPageComponent),
  },
  {
    path: 'audit-log',
    canActivate: [permissionGuard('audit.read')],
    providers: [AuditLogStore],
    title: $localize`:@@auditPageTitle:Nhật ký hệ thống – Thi đua – Khen thưởng`,
    loadComponent: () =>
      import('./audit-log/audit-log-page.component').then((m) => m.AuditLogPageComponent),
  },
];
