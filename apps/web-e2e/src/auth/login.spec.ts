import { expect, test } from '@playwright/test';

import { signIn } from '../support/accounts';

test.describe('sign-in', () => {
  test('should sign in with a demo account and show the user in the shell', async ({ page }) => {
    await signIn(page, 'thuky');
    await expect(page.getByText('Nguyễn Thu Hà').first()).toBeVisible();
    await expect(page.getByText(/Khối thi đua các cơ quan Tỉnh ủy/).first()).toBeVisible();
  });

  test('should refuse a wrong password with a clear message', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.')).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });

  test('should send a signed-out visitor to the login page and back after signing in', async ({
    page,
  }) => {
    await page.goto('/admin/users');
    await expect(page).toHaveURL(/\/login/);
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('ThiDua@2024');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('heading', { name: 'Người dùng' })).toBeVisible();
  });

  test('should sign out', async ({ page }) => {
    await signIn(page, 'xem');
    await page.getByRole('button', { name: 'Tài khoản' }).click();
    await page.getByRole('menuitem', { name: /Đăng xuất/ }).click();
    await expect(page).toHaveURL(/\/login/);
    // The session and its readable hint are gone: the app no longer asks who is signed in.
    const cookies = (await page.context().cookies()).map((c) => c.name);
    expect(cookies).not.toContain('td_session');
    expect(cookies).not.toContain('td_signed_in');
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
  });

  for (const [path, field] of [
    ['/login', 'Tên đăng nhập'],
    ['/vote', 'Mã bỏ phiếu'],
  ] as const) {
    test(`should open ${path} signed out without asking /auth/me or logging an error`, async ({
      page,
    }) => {
      const errors: string[] = [];
      const asked: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('request', (request) => {
        if (request.url().includes('/auth/me')) asked.push(request.url());
      });
      await page.goto(path);
      // The app decides who is signed in before its first page shows: a request would be out.
      await expect(page.getByLabel(field, { exact: true })).toBeVisible();
      expect(asked).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
