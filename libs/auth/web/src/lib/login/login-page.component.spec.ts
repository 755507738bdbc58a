import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HarnessLoader } from '@angular/cdk/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { ActivatedRoute, Router, convertToParamMap, provideRouter } from '@angular/router';

import type { CurrentUserResponse } from '@thidua/auth/contracts';
import type { ApiError } from '@thidua/shared/contracts';

import { AuthStore } from '../auth.store';
import { LoginPageComponent } from './login-page.component';

const USER: CurrentUserResponse = {
  id: 'u1',
  username: 'admin',
  fullName: 'Nguyễn Văn An',
  role: 'admin',
  unit: null,
  mustChangePassword: false,
  secretariatOf: [],
};

describe('LoginPageComponent', () => {
  let fixture: ComponentFixture<LoginPageComponent>;
  let loader: HarnessLoader;
  let error: ReturnType<typeof signal<ApiError | null>>;
  let isLoading: ReturnType<typeof signal<boolean>>;
  let login: jest.Mock;
  let router: Router;

  async function setUp(returnUrl?: string) {
    error = signal<ApiError | null>(null);
    isLoading = signal(false);
    login = jest.fn();
    TestBed.configureTestingModule({
      imports: [LoginPageComponent],
      providers: [
        provideRouter([]),
        {
          provide: AuthStore,
          useValue: { error, isLoading, login, clearError: jest.fn() },
        },
        {
          provide: ActivatedRoute,
          useValue: {
            snapshot: { queryParamMap: convertToParamMap(returnUrl ? { returnUrl } : {}) },
          },
        },
      ],
    });
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);
    fixture = TestBed.createComponent(LoginPageComponent);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  async function fill(username: string, password: string) {
    await (
      await loader.getHarness(MatInputHarness.with({ selector: '[formControlName=username]' }))
    ).setValue(username);
    await (
      await loader.getHarness(MatInputHarness.with({ selector: '[formControlName=password]' }))
    ).setValue(password);
  }

  it('should label the fields and the button', async () => {
    await setUp();
    const fields = await loader.getAllHarnesses(MatFormFieldHarness);
    expect(await Promise.all(fields.map((f) => f.getLabel()))).toEqual([
      'Tên đăng nhập',
      'Mật khẩu',
    ]);
    expect(await loader.getHarness(MatButtonHarness.with({ text: 'Đăng nhập' }))).toBeTruthy();
  });

  it('should sign in and go back to the requested page', async () => {
    await setUp('/admin/users');
    login.mockResolvedValue(USER);
    await fill(' admin ', 'secret123');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Đăng nhập' }))).click();
    await fixture.whenStable();
    expect(login).toHaveBeenCalledWith({ username: 'admin', password: 'secret123' });
    expect(router.navigateByUrl).toHaveBeenCalledWith('/admin/users');
  });

  it('should send a user who must change the password to that page first', async () => {
    await setUp();
    login.mockResolvedValue({ ...USER, mustChangePassword: true });
    await fill('admin', 'secret123');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Đăng nhập' }))).click();
    await fixture.whenStable();
    expect(router.navigate).toHaveBeenCalledWith(['/account/password'], { queryParams: {} });
  });

  it('should not call the server when fields are empty', async () => {
    await setUp();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Đăng nhập' }))).click();
    expect(login).not.toHaveBeenCalled();
    const username = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Tên đăng nhập' }),
    );
    expect(await username.getTextErrors()).toEqual(['Vui lòng nhập tên đăng nhập.']);
  });

  it('should show the server error message', async () => {
    await setUp();
    error.set({
      statusCode: 401,
      code: 'auth.invalidCredentials',
      message: 'Sai tên đăng nhập hoặc mật khẩu.',
    });
    await fixture.whenStable();
    const alert = (fixture.nativeElement as HTMLElement).querySelector('[role=alert]');
    expect(alert?.textContent).toContain('Sai tên đăng nhập hoặc mật khẩu.');
  });

  it('should show field errors from a 422 under the fields', async () => {
    await setUp();
    const fieldError: ApiError = {
      statusCode: 422,
      code: 'common.validation',
      message: 'Dữ liệu không hợp lệ',
      fieldErrors: { username: ['Tên đăng nhập quá dài'] },
    };
    login.mockImplementation(async () => {
      error.set(fieldError);
      return null;
    });
    await fill('a', 'b');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Đăng nhập' }))).click();
    await fixture.whenStable();
    const username = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Tên đăng nhập' }),
    );
    expect(await username.getTextErrors()).toEqual(['Tên đăng nhập quá dài']);
  });

  it('should disable the button while signing in', async () => {
    await setUp();
    const button = await loader.getHarness(MatButtonHarness.with({ text: 'Đăng nhập' }));
    expect(await button.isDisabled()).toBe(false);
    isLoading.set(true);
    expect(await button.isDisabled()).toBe(true);
  });
});
