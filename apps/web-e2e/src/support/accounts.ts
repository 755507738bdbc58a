import { type Browser, type Page, expect } from '@playwright/test';

export const DEMO_PASSWORD = 'ThiDua@2024';

/**
 * The demo account of each role, signed in once by `auth.setup.ts` and kept as a storage state
 * (`stateOf(username)`) for the tests that only look: admin, the secretariat (thuky), a unit user
 * (donvi) and the board's leader who reads (xem).
 */
export const ROLE_ACCOUNTS = ['admin', 'thuky', 'donvi', 'xem'] as const;
export type RoleAccount = (typeof ROLE_ACCOUNTS)[number];

export const stateOf = (username: RoleAccount) => `test-results/.auth/${username}.json`;

export const ADMIN_STATE = stateOf('admin');

/** Signs in through the login page and waits for the shell. */
export async function signIn(
  page: Page,
  username: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Tài khoản' })).toBeVisible();
}

/** A page of its own (a fresh browser context, no cookies) signed in as `username`. */
export async function userPage(
  browser: Browser,
  username: string,
  password = DEMO_PASSWORD,
): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signIn(page, username, password);
  return page;
}
