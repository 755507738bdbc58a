import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  Router,
  RouterStateSnapshot,
  UrlTree,
  convertToParamMap,
  provideRouter,
} from '@angular/router';

import type { CurrentUserResponse } from '@thidua/auth/contracts';

import { authGuard, guestGuard, permissionGuard } from './auth.guards';
import { AuthStore } from './auth.store';

const UNIT_USER: CurrentUserResponse = {
  id: 'u2',
  username: 'donvi',
  fullName: 'Trần Thị Bình',
  role: 'unit',
  unit: { id: 'd1', name: 'Sở Tài chính', shortName: 'STC' },
  mustChangePassword: false,
  secretariatOf: [],
};

describe('auth guards', () => {
  let user: CurrentUserResponse | null;

  beforeEach(() => {
    user = null;
    const store = {
      restore: jest.fn().mockResolvedValue(undefined),
      isAuthenticated: () => user !== null,
      mustChangePassword: () => user?.mustChangePassword ?? false,
      can: (permission: string) => permission !== 'users.manage' || user?.role === 'admin',
    };
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: AuthStore, useValue: store }],
    });
  });

  function run(guard: typeof authGuard, url: string, query: Record<string, string> = {}) {
    const route = { queryParamMap: convertToParamMap(query) } as ActivatedRouteSnapshot;
    const state = { url } as RouterStateSnapshot;
    return TestBed.runInInjectionContext(() => guard(route, state)) as Promise<boolean | UrlTree>;
  }

  function serialize(result: boolean | UrlTree): string | boolean {
    return result instanceof UrlTree ? TestBed.inject(Router).serializeUrl(result) : result;
  }

  it('should send an anonymous user to login with the return URL', async () => {
    expect(serialize(await run(authGuard, '/admin/users?page=2'))).toBe(
      '/login?returnUrl=%2Fadmin%2Fusers%3Fpage%3D2',
    );
  });

  it('should let a signed-in user through', async () => {
    user = UNIT_USER;
    expect(await run(authGuard, '/')).toBe(true);
  });

  it('should send a user who must change the password to the change-password page', async () => {
    user = { ...UNIT_USER, mustChangePassword: true };
    expect(serialize(await run(authGuard, '/'))).toBe('/account/password');
    expect(await run(authGuard, '/account/password')).toBe(true);
  });

  it('should show the forbidden page to a unit user opening the users page', async () => {
    user = UNIT_USER;
    expect(serialize(await run(permissionGuard('users.manage'), '/admin/users'))).toBe(
      '/forbidden',
    );
  });

  it('should let an admin open the users page', async () => {
    user = { ...UNIT_USER, role: 'admin' };
    expect(await run(permissionGuard('users.manage'), '/admin/users')).toBe(true);
  });

  it('should keep a signed-in user off the login page', async () => {
    user = UNIT_USER;
    expect(serialize(await run(guestGuard, '/login', { returnUrl: '/admin' }))).toBe('/admin');
    expect(serialize(await run(guestGuard, '/login', { returnUrl: '//evil.example' }))).toBe('/');
  });

  it('should let an anonymous user open the login page', async () => {
    expect(await run(guestGuard, '/login')).toBe(true);
  });
});
