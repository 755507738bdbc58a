import { HttpClient, HttpContext, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, provideRouter } from '@angular/router';

import {
  ON_FORBIDDEN,
  ON_UNAUTHORIZED,
  SKIP_UNAUTHORIZED_REDIRECT,
  acceptLanguageFor,
  apiInterceptor,
} from './api.interceptor';

describe('apiInterceptor', () => {
  let http: HttpClient;
  let controller: HttpTestingController;
  let snackBar: { open: jest.Mock };
  let onUnauthorized: jest.Mock;
  let onForbidden: jest.Mock;
  let router: Router;

  function setUp(locale: string) {
    snackBar = { open: jest.fn() };
    onUnauthorized = jest.fn();
    onForbidden = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiInterceptor])),
        provideHttpClientTesting(),
        { provide: LOCALE_ID, useValue: locale },
        { provide: MatSnackBar, useValue: snackBar },
        { provide: ON_UNAUTHORIZED, useValue: onUnauthorized },
        { provide: ON_FORBIDDEN, useValue: onForbidden },
      ],
    });
    http = TestBed.inject(HttpClient);
    controller = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);
  }

  afterEach(() => controller.verify());

  it('should send credentials and the Vietnamese Accept-Language header', () => {
    setUp('vi');
    http.get('/api/v1/users').subscribe();
    const req = controller.expectOne('/api/v1/users');
    expect(req.request.withCredentials).toBe(true);
    expect(req.request.headers.get('Accept-Language')).toBe('vi');
    req.flush({});
  });

  it('should send English for the English build', () => {
    setUp('en-US');
    http.get('/api/v1/health').subscribe();
    const req = controller.expectOne('/api/v1/health');
    expect(req.request.headers.get('Accept-Language')).toBe('en');
    req.flush({});
  });

  it('should leave requests outside the API alone', () => {
    setUp('vi');
    http.get('/assets/x.json').subscribe();
    const req = controller.expectOne('/assets/x.json');
    expect(req.request.headers.has('Accept-Language')).toBe(false);
    req.flush({});
  });

  it('should clear the session and go to login on 401', () => {
    setUp('vi');
    const error = jest.fn();
    http.get('/api/v1/users').subscribe({ error });
    controller
      .expectOne('/api/v1/users')
      .flush(
        { statusCode: 401, code: 'common.unauthorized', message: 'x' },
        { status: 401, statusText: 'Unauthorized' },
      );
    expect(onUnauthorized).toHaveBeenCalled();
    expect(router.navigate).toHaveBeenCalledWith(['/login'], { queryParams: {} });
    expect(error).toHaveBeenCalled();
  });

  it('should not redirect on 401 when the caller handles it', () => {
    setUp('vi');
    http
      .post(
        '/api/v1/auth/login',
        {},
        {
          context: new HttpContext().set(SKIP_UNAUTHORIZED_REDIRECT, true),
        },
      )
      .subscribe({ error: () => undefined });
    controller
      .expectOne('/api/v1/auth/login')
      .flush({}, { status: 401, statusText: 'Unauthorized' });
    expect(onUnauthorized).not.toHaveBeenCalled();
    expect(router.navigate).not.toHaveBeenCalled();
  });

  it('should hand a 403 to the forbidden hook and back to the caller', () => {
    setUp('vi');
    const error = jest.fn();
    const body = { statusCode: 403, code: 'auth.passwordChangeRequired', message: 'Đổi mật khẩu' };
    http.post('/api/v1/units', {}).subscribe({ error });
    controller.expectOne('/api/v1/units').flush(body, { status: 403, statusText: 'Forbidden' });
    expect(onForbidden).toHaveBeenCalledWith({
      ...body,
      message: 'Bạn cần đổi mật khẩu trước khi tiếp tục sử dụng hệ thống.',
    });
    expect(onUnauthorized).not.toHaveBeenCalled();
    expect(snackBar.open).not.toHaveBeenCalled();
    expect(error).toHaveBeenCalled();
  });

  it("should show a snackbar on 5xx with the server's message in the page's language", () => {
    setUp('vi');
    http.get('/api/v1/users').subscribe({ error: () => undefined });
    controller
      .expectOne('/api/v1/users')
      .flush(
        { statusCode: 503, code: 'common.unavailable', message: 'Máy chủ bận' },
        { status: 503, statusText: 'Unavailable' },
      );
    expect(snackBar.open).toHaveBeenCalledWith(
      'Dịch vụ tạm thời không sẵn sàng. Vui lòng thử lại sau.',
      'Đóng',
      expect.any(Object),
    );
  });

  it('should show a snackbar on a network error', () => {
    setUp('vi');
    http.get('/api/v1/users').subscribe({ error: () => undefined });
    controller.expectOne('/api/v1/users').error(new ProgressEvent('error'), { status: 0 });
    expect(snackBar.open).toHaveBeenCalledWith(
      expect.stringContaining('Không kết nối được'),
      'Đóng',
      expect.any(Object),
    );
  });

  it('should pass 422 errors back without a snackbar', () => {
    setUp('vi');
    const error = jest.fn();
    http.post('/api/v1/users', {}).subscribe({ error });
    controller
      .expectOne('/api/v1/users')
      .flush(
        { statusCode: 422, code: 'common.validation', message: 'x', fieldErrors: { a: ['b'] } },
        { status: 422, statusText: 'Unprocessable' },
      );
    expect(snackBar.open).not.toHaveBeenCalled();
    expect(error.mock.calls[0][0].error.fieldErrors).toEqual({ a: ['b'] });
  });

  it('should map locales to API languages', () => {
    expect(acceptLanguageFor('vi')).toBe('vi');
    expect(acceptLanguageFor('vi-VN')).toBe('vi');
    expect(acceptLanguageFor('en')).toBe('en');
  });
});
