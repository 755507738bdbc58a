import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { from, of, throwError } from 'rxjs';

import type { CurrentUserResponse } from '@thidua/auth/contracts';

import { AuthApi } from './auth.api';
import { AuthStore } from './auth.store';

export const ADMIN: CurrentUserResponse = {
  id: 'u1',
  username: 'admin',
  fullName: 'Nguyễn Văn An',
  role: 'admin',
  unit: null,
  mustChangePassword: false,
  secretariatOf: [],
};

function httpError(status: number, code: string, message: string) {
  return new HttpErrorResponse({ status, error: { statusCode: status, code, message } });
}

describe('AuthStore', () => {
  let api: { [K in keyof AuthApi]: jest.Mock };
  let store: AuthStore;

  beforeEach(() => {
    api = {
      login: jest.fn(),
      logout: jest.fn(),
      me: jest.fn(),
      changePassword: jest.fn(),
      mailSettings: jest.fn(),
      saveMailSettings: jest.fn(),
    };
    TestBed.configureTestingModule({ providers: [{ provide: AuthApi, useValue: api }] });
    store = TestBed.inject(AuthStore);
    // Signed in: the API set the readable hint beside the session cookie.
    document.cookie = 'td_signed_in=1; Path=/';
  });

  afterEach(() => {
    document.cookie = 'td_signed_in=; Max-Age=0; Path=/';
  });

  const hasHint = () => document.cookie.includes('td_signed_in=');

  it('should sign in and expose the user and permissions', async () => {
    api.login.mockReturnValue(
      of({ accessToken: 't', expiresAt: '2030-01-01T00:00:00Z', user: ADMIN }),
    );
    const user = await store.login({ username: 'admin', password: 'secret123' });
    expect(user).toEqual(ADMIN);
    expect(store.user()).toEqual(ADMIN);
    expect(store.isAuthenticated()).toBe(true);
    expect(store.can('users.manage')).toBe(true);
    expect(store.requestStatus()).toBe('idle');
  });

  it("should keep the server's error when sign-in fails, in the page's language", async () => {
    api.login.mockReturnValue(
      throwError(() =>
        httpError(401, 'auth.invalidCredentials', 'Tên đăng nhập hoặc mật khẩu không đúng.'),
      ),
    );
    const user = await store.login({ username: 'admin', password: 'wrong' });
    expect(user).toBeNull();
    expect(store.isAuthenticated()).toBe(false);
    expect(store.error()).toEqual({
      statusCode: 401,
      code: 'auth.invalidCredentials',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    });
    expect(store.requestStatus()).toBe('error');
  });

  it('should be loading while signing in', async () => {
    let resolve!: () => void;
    api.login.mockReturnValue(
      from(
        new Promise<void>((r) => (resolve = r)).then(() => ({
          accessToken: 't',
          expiresAt: '',
          user: ADMIN,
        })),
      ),
    );
    const pending = store.login({ username: 'admin', password: 'x' });
    expect(store.isLoading()).toBe(true);
    resolve();
    await pending;
    expect(store.isLoading()).toBe(false);
    expect(store.user()).toEqual(ADMIN);
  });

  it('should restore the session once from /auth/me', async () => {
    api.me.mockReturnValue(of({ ...ADMIN, role: 'unit' }));
    await Promise.all([store.restore(), store.restore()]);
    expect(api.me).toHaveBeenCalledTimes(1);
    expect(store.status()).toBe('authenticated');
    expect(store.can('users.manage')).toBe(false);
    expect(store.can('unit.act')).toBe(true);
  });

  it('should be anonymous without asking when no session hint is set (a signed-out page)', async () => {
    document.cookie = 'td_signed_in=; Max-Age=0; Path=/';
    await Promise.all([store.restore(), store.restore()]);
    expect(api.me).not.toHaveBeenCalled();
    expect(store.status()).toBe('anonymous');
  });

  it('should be anonymous and forget the hint when /auth/me answers 401', async () => {
    api.me.mockReturnValue(throwError(() => httpError(401, 'common.unauthorized', 'x')));
    await store.restore();
    expect(store.status()).toBe('anonymous');
    expect(store.user()).toBeNull();
    expect(hasHint()).toBe(false);
  });

  it('should forget the user on logout even if the call fails', async () => {
    api.me.mockReturnValue(of(ADMIN));
    await store.restore();
    api.logout.mockReturnValue(throwError(() => httpError(500, 'common.internal', 'x')));
    await store.logout();
    expect(store.user()).toBeNull();
    expect(store.status()).toBe('anonymous');
    expect(hasHint()).toBe(false);
  });

  it('should clear mustChangePassword after changing the password', async () => {
    api.me.mockReturnValue(of({ ...ADMIN, mustChangePassword: true }));
    await store.restore();
    api.changePassword.mockReturnValue(of(undefined));
    const error = await store.changePassword({ currentPassword: 'a', newPassword: 'abc12345' });
    expect(error).toBeNull();
    expect(store.mustChangePassword()).toBe(false);
  });

  it('should ask for a password change when the server requires one', async () => {
    api.me.mockReturnValue(of(ADMIN));
    await store.restore();
    store.requirePasswordChange();
    expect(store.mustChangePassword()).toBe(true);
    expect(store.user()?.username).toBe(ADMIN.username);
  });

  it('should return the field errors of a refused password change', async () => {
    api.changePassword.mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 422,
            error: {
              statusCode: 422,
              code: 'auth.wrongCurrentPassword',
              message: 'Sai mật khẩu',
              fieldErrors: { currentPassword: ['Mật khẩu hiện tại không đúng'] },
            },
          }),
      ),
    );
    const error = await store.changePassword({ currentPassword: 'a', newPassword: 'abc12345' });
    expect(error?.fieldErrors?.['currentPassword']).toEqual(['Mật khẩu hiện tại không đúng']);
  });
});
