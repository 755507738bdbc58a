import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';

import type { ApiError } from '@thidua/shared/contracts';

import { AuthStore } from './auth.store';
import { passwordChangeRequiredHandler } from './password-change-required';

const REQUIRED: ApiError = {
  statusCode: 403,
  code: 'auth.passwordChangeRequired',
  message: 'Bạn cần đổi mật khẩu trước khi tiếp tục sử dụng hệ thống.',
};

describe('passwordChangeRequiredHandler', () => {
  let store: { requirePasswordChange: jest.Mock };
  let router: Router;
  let handle: (error: ApiError) => void;

  function setUp(url: string) {
    store = { requirePasswordChange: jest.fn() };
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: AuthStore, useValue: store }],
    });
    router = TestBed.inject(Router);
    jest.spyOn(router, 'url', 'get').mockReturnValue(url);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);
    handle = TestBed.runInInjectionContext(passwordChangeRequiredHandler);
  }

  it('should flag the user and go to the change page with the way back', () => {
    setUp('/movements/42');
    handle(REQUIRED);
    expect(store.requirePasswordChange).toHaveBeenCalled();
    expect(router.navigate).toHaveBeenCalledWith(['/account/password'], {
      queryParams: { returnUrl: '/movements/42' },
    });
  });

  it('should stay on the change page when already there', () => {
    setUp('/account/password?returnUrl=%2F');
    handle(REQUIRED);
    expect(store.requirePasswordChange).toHaveBeenCalled();
    expect(router.navigate).not.toHaveBeenCalled();
  });

  it('should leave other 403s to the page', () => {
    setUp('/admin/users');
    handle({
      statusCode: 403,
      code: 'common.forbidden',
      message: 'Bạn không có quyền thực hiện thao tác này.',
    });
    expect(store.requirePasswordChange).not.toHaveBeenCalled();
    expect(router.navigate).not.toHaveBeenCalled();
  });
});
