import { expect, test } from '@playwright/test';

import { ADMIN_STATE } from '../support/accounts';

test.use({ storageState: ADMIN_STATE });

test('should switch to English and back to Vietnamese, keeping the page', async ({ page }) => {
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { name: 'Người dùng' })).toBeVisible();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/users/);
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add user' })).toBeVisible();
  await page.getByRole('link', { name: 'Tiếng Việt' }).click();
  await expect(page).toHaveURL(/\/admin\/users/);
  await expect(page.getByRole('heading', { name: 'Người dùng' })).toBeVisible();
});

test('should sign in on the English login page', async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/en/login');
  await page.getByLabel('Username').fill('xem');
  await page.getByLabel('Password', { exact: true }).fill('wrong-one');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('The username or password is incorrect.')).toBeVisible();
  await context.close();
});
