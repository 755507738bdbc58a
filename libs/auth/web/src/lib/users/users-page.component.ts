import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  LOCALE_ID,
  computed,
  inject,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { DatePipe, formatDate } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import type { PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleChange, MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { debounceTime, distinctUntilChanged } from 'rxjs';

import type { UserListQuery, UserResponse } from '@thidua/auth/contracts';
import { ROLES, type Role } from '@thidua/shared/contracts';
import {
  type ListQueryFields,
  bindListQueryToUrl,
  pagingFields,
  queryField,
  sortHeaderState,
  sortValues,
} from '@thidua/shared/data-access';
import {
  CardTableDirective,
  EmptyStateComponent,
  ListFooterComponent,
  openConfirmDialog,
  PageHeaderComponent,
} from '@thidua/shared/ui';

import { AuthStore } from '../auth.store';
import { roleLabel } from '../labels';
import { ResetPasswordDialogComponent } from './reset-password-dialog.component';
import { UserFormDialogComponent, UserFormDialogData } from './user-form-dialog.component';
import { DEFAULT_USER_QUERY, UsersStore } from './users.store';

type ActiveFilter = 'all' | 'active' | 'inactive';

/** What the users page keeps in the address. */
const USERS_URL_FIELDS: ListQueryFields<UserListQuery> = {
  q: queryField.text,
  role: queryField.oneOf(ROLES),
  isActive: queryField.boolean,
  sort: queryField.oneOf(sortValues(['username', 'fullName', 'role', 'lastLoginAt'])),
  ...pagingFields(),
};

@Component({
  selector: 'td-users-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSlideToggleModule,
    MatSortModule,
    MatTableModule,
    MatTooltipModule,
    EmptyStateComponent,
    ListFooterComponent,
    PageHeaderComponent,
    CardTableDirective,
  ],
  templateUrl: './users-page.component.html',
  styleUrl: './users-page.component.scss',
})
export class UsersPageComponent {
  protected readonly store = inject(UsersStore);
  protected readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);
  private readonly locale = inject(LOCALE_ID);

  protected readonly roles = ROLES;
  protected readonly roleLabel = roleLabel;
  protected readonly columns = [
    'username',
    'fullName',
    'role',
    'unit',
    'lastLoginAt',
    'isActive',
    'actions',
  ];
  protected readonly heading = $localize`:@@usersTitle:Người dùng`;
  protected readonly subheading = $localize`:@@usersSubtitle:Tài khoản đăng nhập, vai trò và đơn vị của cán bộ sử dụng hệ thống.`;
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly roleFilter = new FormControl<Role | ''>('', { nonNullable: true });
  protected readonly activeFilter = new FormControl<ActiveFilter>('all', { nonNullable: true });
  protected readonly sortHeader = computed(() => sortHeaderState(this.store.query().sort));
  protected readonly signInLimitsHint = computed(() => {
    const limits = this.store.signInLimits();
    if (!limits) return null;
    const { maxFailuresPerAccount: perAccount, maxFailuresPerAddress: perAddress } = limits;
    const { windowMinutes: window, lockoutGrowth: growth, maxLockoutMinutes: longest } = limits;
    return $localize`:@@usersSignInLimits:Giới hạn đăng nhập: sau ${perAccount}:perAccount: lần nhập sai mật khẩu của một tài khoản từ cùng một địa chỉ (hoặc ${perAddress}:perAddress: lần từ một địa chỉ) trong ${window}:window: phút, việc đăng nhập tạm khóa ${window}:window: phút; mỗi lần khóa sau dài gấp ${growth}:growth: lần trước, tối đa ${longest}:longest: phút. Quản trị viên có thể mở khóa cho từng người dùng.`;
  });

  constructor() {
    const query = bindListQueryToUrl({
      fields: USERS_URL_FIELDS,
      query: this.store.query,
      defaults: DEFAULT_USER_QUERY,
    });
    this.search.setValue(query.q ?? '');
    this.roleFilter.setValue(query.role ?? '');
    this.activeFilter.setValue(
      query.isActive === undefined ? 'all' : query.isActive ? 'active' : 'inactive',
    );
    void this.store.open(query);
    void this.store.loadSignInLimits();
    this.search.valueChanges
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => void this.applyFilters());
  }

  protected applyFilters(): Promise<void> {
    const active = this.activeFilter.value;
    return this.store.filter({
      q: this.search.value.trim() || undefined,
      role: this.roleFilter.value || undefined,
      isActive: active === 'all' ? undefined : active === 'active',
    });
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    this.roleFilter.setValue('');
    this.activeFilter.setValue('all');
    void this.applyFilters();
  }

  protected sortBy(sort: Sort): void {
    const field = sort.direction ? sort.active : 'username';
    void this.store.sortBy(sort.direction === 'desc' ? `-${field}` : field);
  }

  protected goToPage(event: PageEvent): void {
    void this.store.goToPage(event.pageIndex + 1, event.pageSize);
  }

  protected addUser(): void {
    this.openForm({ mode: 'create' }, $localize`:@@userCreated:Đã thêm người dùng.`);
  }

  protected editUser(user: UserResponse): void {
    this.openForm({ mode: 'edit', user }, $localize`:@@userSaved:Đã lưu thay đổi.`);
  }

  protected resetPassword(user: UserResponse): void {
    this.dialog
      .open(ResetPasswordDialogComponent, { data: user, injector: this.injector, width: '480px' })
      .afterClosed()
      .subscribe((done) => {
        if (done) this.notify($localize`:@@userPasswordReset:Đã đặt lại mật khẩu.`);
      });
  }

  protected signInLockHint(user: UserResponse): string {
    const until = formatDate(user.signInLockedUntil ?? '', 'HH:mm dd/MM/yyyy', this.locale);
    return $localize`:@@usersSignInLocked:Tạm khóa đăng nhập do nhập sai mật khẩu, đến ${until}:until:`;
  }

  protected async unlockSignIn(user: UserResponse): Promise<void> {
    const error = await this.store.unlockSignIn(user);
    this.notify(error?.message ?? $localize`:@@usersSignInUnlocked:Đã mở khóa đăng nhập.`);
  }

  protected setActive(user: UserResponse, event: MatSlideToggleChange): void {
    const isActive = event.checked;
    if (isActive) {
      void this.saveActive(user, true, event);
      return;
    }
    openConfirmDialog(this.dialog, {
      title: $localize`:@@userDisableTitle:Khóa tài khoản?`,
      message: $localize`:@@userDisableMessage:${user.fullName}:fullName: (${user.username}:username:) sẽ không đăng nhập được cho tới khi được mở lại.`,
      confirmLabel: $localize`:@@userDisableConfirm:Khóa tài khoản`,
      isDestructive: true,
    }).subscribe((confirmed) => {
      if (confirmed) {
        void this.saveActive(user, false, event);
      } else {
        event.source.checked = true;
      }
    });
  }

  protected isSelf(user: UserResponse): boolean {
    return this.auth.user()?.id === user.id;
  }

  private async saveActive(
    user: UserResponse,
    isActive: boolean,
    event: MatSlideToggleChange,
  ): Promise<void> {
    const error = await this.store.setActive(user, isActive);
    if (error) {
      event.source.checked = !isActive;
      this.notify(error.message);
    } else {
      this.notify(
        isActive
          ? $localize`:@@userEnabled:Đã mở khóa tài khoản.`
          : $localize`:@@userDisabled:Đã khóa tài khoản.`,
      );
    }
  }

  private openForm(data: UserFormDialogData, doneMessage: string): void {
    this.dialog
      .open(UserFormDialogComponent, {
        data,
        injector: this.injector,
        width: '560px',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.notify(doneMessage);
      });
  }

  private notify(message: string): void {
    this.snackBar.open(message, $localize`:@@snackClose:Đóng`, { duration: 4000 });
  }

  protected usersActiveToggleLabel(name: string): string {
    return $localize`:@@usersActiveToggle:Cho phép ${name}:INTERPOLATION: đăng nhập`;
  }

  protected usersRowActionsLabel(name: string): string {
    return $localize`:@@usersRowActions:Thao tác với ${name}:INTERPOLATION:`;
  }
}
