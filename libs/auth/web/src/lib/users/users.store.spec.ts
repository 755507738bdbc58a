import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';
import { HttpErrorResponse } from '@angular/common/http';

import type { UserResponse } from '@thidua/auth/contracts';
import type { Page } from '@thidua/shared/contracts';

import { UsersApi } from './users.api';
import { UsersStore } from './users.store';

function user(id: string, version = 1): UserResponse {
  return {
    id,
    username: `user${id}`,
    fullName: `Người dùng ${id}`,
    email: null,
    role: 'unit',
    unit: null,
    isActive: true,
    mustChangePassword: false,
    mailOptOut: false,
    lastLoginAt: null,
    signInLockedUntil: null,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    version,
  };
}

function page(items: UserResponse[], pageNumber = 1, total = items.length): Page<UserResponse> {
  return { items, total, page: pageNumber, pageSize: 20 };
}

describe('UsersStore', () => {
  let api: { [K in keyof UsersApi]: jest.Mock };
  let store: UsersStore;

  beforeEach(() => {
    api = {
      list: jest.fn(),
      get: jest.fn(),
      create: jest.fn(),
      update: jest.fn(),
      resetPassword: jest.fn(),
      unlockSignIn: jest.fn(),
      signInLimits: jest.fn(),
      searchUnits: jest.fn(),
    };
    TestBed.configureTestingModule({
      providers: [UsersStore, { provide: UsersApi, useValue: api }],
    });
    store = TestBed.inject(UsersStore);
  });

  it('should load the first page sorted by username', async () => {
    api.list.mockReturnValue(of(page([user('1'), user('2')], 1, 45)));
    await store.load();
    expect(api.list).toHaveBeenCalledWith({ page: 1, pageSize: 20, sort: 'username' });
    expect(store.items().length).toBe(2);
    expect(store.total()).toBe(45);
    expect(store.status()).toBe('idle');
  });

  it('should request another page and keep the filters', async () => {
    api.list.mockReturnValue(of(page([user('3')], 2, 45)));
    await store.filter({ q: 'lao cai', role: 'unit', isActive: true });
    await store.goToPage(2, 20);
    expect(api.list).toHaveBeenLastCalledWith({
      page: 2,
      pageSize: 20,
      sort: 'username',
      q: 'lao cai',
      role: 'unit',
      isActive: true,
    });
    expect(store.hasFilters()).toBe(true);
  });

  it('should go back to page 1 when filters or sort change', async () => {
    api.list.mockReturnValue(of(page([])));
    await store.goToPage(3, 50);
    await store.sortBy('-createdAt');
    expect(store.query()).toEqual({ page: 1, pageSize: 50, sort: '-createdAt' });
  });

  it('should send the version when updating and replace the row', async () => {
    api.list.mockReturnValue(of(page([user('1', 4)])));
    await store.load();
    api.update.mockReturnValue(of({ ...user('1', 5), isActive: false }));
    const error = await store.setActive(store.items()[0], false);
    expect(error).toBeNull();
    expect(api.update).toHaveBeenCalledWith('1', { isActive: false, version: 4 });
    expect(store.items()[0].isActive).toBe(false);
  });

  it('should return a stale-version error and reload', async () => {
    api.list.mockReturnValue(of(page([user('1')])));
    await store.load();
    api.update.mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: { statusCode: 409, code: 'common.staleVersion', message: 'Đã có người sửa' },
          }),
      ),
    );
    const error = await store.update(store.items()[0], { fullName: 'X' });
    expect(error?.code).toBe('common.staleVersion');
    expect(api.list).toHaveBeenCalledTimes(2);
  });

  it('should return field errors when creating fails validation', async () => {
    api.create.mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 422,
            error: {
              statusCode: 422,
              code: 'common.validation',
              message: 'Dữ liệu không hợp lệ',
              fieldErrors: { username: ['Tên đăng nhập không hợp lệ'] },
            },
          }),
      ),
    );
    const error = await store.create({
      username: 'A',
      fullName: 'B',
      role: 'viewer',
      password: 'abc12345',
    });
    expect(error?.fieldErrors).toEqual({ username: ['Tên đăng nhập không hợp lệ'] });
    expect(api.list).not.toHaveBeenCalled();
  });

  it('should show the user the server answers after lifting its sign-in lock', async () => {
    const locked = { ...user('1'), signInLockedUntil: '2025-01-01T08:15:00Z' };
    api.list.mockReturnValue(of(page([locked, user('2')])));
    await store.load();
    api.unlockSignIn.mockReturnValue(of({ ...locked, signInLockedUntil: null }));
    expect(await store.unlockSignIn(locked)).toBeNull();
    expect(api.unlockSignIn).toHaveBeenCalledWith('1');
    expect(store.items()[0].signInLockedUntil).toBeNull();
  });

  it('should keep the lock shown and answer the error when the unlock fails', async () => {
    const locked = { ...user('1'), signInLockedUntil: '2025-01-01T08:15:00Z' };
    api.list.mockReturnValue(of(page([locked])));
    await store.load();
    api.unlockSignIn.mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 404,
            error: { statusCode: 404, code: 'users.notFound', message: 'Không tìm thấy' },
          }),
      ),
    );
    expect((await store.unlockSignIn(locked))?.code).toBe('users.notFound');
    expect(store.items()[0].signInLockedUntil).toBe('2025-01-01T08:15:00Z');
  });

  it('should load the sign-in limits, and do without them when they cannot be read', async () => {
    const limits = {
      maxFailuresPerAccount: 5,
      maxFailuresPerAddress: 30,
      windowMinutes: 15,
      lockoutGrowth: 2,
      maxLockoutMinutes: 1440,
    };
    api.signInLimits.mockReturnValue(of(limits));
    await store.loadSignInLimits();
    expect(store.signInLimits()).toEqual(limits);
    api.signInLimits.mockReturnValue(throwError(() => new HttpErrorResponse({ status: 500 })));
    await expect(store.loadSignInLimits()).resolves.toBeUndefined();
  });
});
