import { expect, test } from '@playwright/test';

import { ADMIN_STATE } from '../support/accounts';
import { searchList } from '../support/data';

test.describe('users', () => {
  test.use({ storageState: ADMIN_STATE });

  test('should let an admin create a user who can then sign in', async ({ page, browser }) => {
    const username = `e2e${Date.now().toString(36)}`;
    await page.goto('/admin/users');
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = page.getByRole('dialog');
    // The dialog focuses its first field once open: typing before that could land in it.
    await expect(dialog.getByLabel('Tên đăng nhập')).toBeFocused();
    await dialog.getByLabel('Tên đăng nhập').fill(username);
    await dialog.getByLabel('Họ và tên').fill('Hoàng Thị Hiên');
    await dialog.getByLabel('Email').fill('hien@laocai.gov.vn');
    await dialog.getByLabel('Vai trò').click();
    await page.getByRole('option', { name: 'Đơn vị' }).click();
    await dialog.getByRole('combobox', { name: 'Đơn vị', exact: true }).fill('ban dan van');
    await page.getByRole('option', { name: /Ban Dân vận Tỉnh ủy/ }).click();
    await dialog.getByLabel('Mật khẩu ban đầu').fill('BanDanVan2024');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
    await searchList(page, 'hoang thi hien');
    await expect(page.getByRole('cell', { name: username, exact: true })).toBeVisible();

    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const other = await context.newPage();
    await other.goto('/login');
    await other.getByLabel('Tên đăng nhập').fill(username);
    await other.getByLabel('Mật khẩu', { exact: true }).fill('BanDanVan2024');
    await other.getByRole('button', { name: 'Đăng nhập' }).click();
    // A new user must choose a password first.
    await expect(other).toHaveURL(/\/account\/password/);
    await context.close();
  });

  test('should show field errors from the server in the form', async ({ page }) => {
    await page.goto('/admin/users');
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Tên đăng nhập')).toBeFocused();
    await dialog.getByLabel('Tên đăng nhập').fill('thuky');
    await dialog.getByLabel('Họ và tên').fill('Trùng tên đăng nhập');
    await dialog.getByLabel('Vai trò').click();
    await page.getByRole('option', { name: 'Người xem' }).click();
    await dialog.getByLabel('Mật khẩu ban đầu').fill('MatKhau2024');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog.getByText(/Tên đăng nhập "thuky" đã được sử dụng/)).toBeVisible();
  });
});
