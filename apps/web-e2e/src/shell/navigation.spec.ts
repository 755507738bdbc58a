import { type Page, expect, test } from '@playwright/test';

import { ADMIN_STATE } from '../support/accounts';

test.use({ storageState: ADMIN_STATE });

const nav = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' });

test('should navigate between the pages from the side navigation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Quản trị hệ thống').first()).toBeVisible();
  await nav(page).getByRole('link', { name: 'Nhật ký hệ thống' }).click();
  await expect(page.getByRole('heading', { name: 'Nhật ký hệ thống' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'admin' }).first()).toBeVisible();
  await nav(page).getByRole('link', { name: 'Người dùng' }).click();
  await expect(page.getByRole('heading', { name: 'Người dùng' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'thuky', exact: true })).toBeVisible();
  await nav(page).getByRole('link', { name: 'Trang chủ' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('should open the navigation from a menu button on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const menu = page.getByRole('button', { name: /Menu|Mở menu|Điều hướng/i });
  await menu.click();
  await nav(page).getByRole('link', { name: 'Người dùng' }).click();
  await expect(page.getByRole('heading', { name: 'Người dùng' })).toBeVisible();
});

test('should show a not-found page for an unknown address', async ({ page }) => {
  await page.goto('/khong-co-trang-nay');
  await expect(page.getByRole('link', { name: /Trang chủ|Về trang chủ/ }).first()).toBeVisible();
});

test('should load the styles and the icon font without breaking the content security policy', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Tài khoản' })).toBeVisible();
  const iconFontLoaded = await page.evaluate(async () => {
    await document.fonts.load('24px "Material Symbols Outlined"', 'home');
    return document.fonts.check('24px "Material Symbols Outlined"', 'home');
  });
  expect(iconFontLoaded).toBe(true);
  expect(violations).toEqual([]);
});

test('should keep one toolbar height and open every year-filtered page on the same year', async ({
  page,
}) => {
  // The working year: the latest year up to this one in which a bloc has members.
  const working = await page.request.get('/api/v1/blocs/working-year');
  expect(working.ok()).toBe(true);
  const { year } = (await working.json()) as { year: number };
  // A long page (the units) used to squeeze the toolbar to 40 px.
  await page.goto('/units');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect((await page.locator('mat-toolbar').first().boundingBox())?.height).toBe(64);
  for (const path of ['/blocs', '/scoring', '/meetings', '/dashboard', '/reports']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const toolbar = await page.locator('mat-toolbar').first().boundingBox();
    expect(toolbar?.height, `toolbar height on ${path}`).toBe(64);
    await expect(page.getByRole('combobox', { name: 'Năm' }), `year on ${path}`).toContainText(
      String(year),
    );
  }
});
