import { expect, test } from '@playwright/test';

import { ADMIN_STATE } from './support/accounts';

test.use({ storageState: ADMIN_STATE, viewport: { width: 1280, height: 900 } });

test('shots', async ({ page }) => {
  await page.goto('/units?q=truong%20chinh%20tri');
  await page.getByRole('link', { name: 'Trường Chính trị tỉnh', exact: true }).first().click();
  await page.getByRole('link', { name: 'Hồ sơ thi đua' }).click();
  await expect(page.getByRole('heading', { name: 'Khen thưởng đã nhận' })).toBeVisible();
  await page.getByRole('heading', { name: 'Đề nghị khen thưởng' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/s-record.png' });
  for (const [name, url] of [
    ['blocs', '/blocs?year=2023&kind=khoi'],
    ['users', '/admin/users?role=secretariat'],
    ['audit', '/admin/audit-log?action=login'],
    ['movements', '/movements?year=2024'],
    ['nominations', '/nominations?status=voted&q=xyzkhongco'],
    ['history', '/award-history?year=2023&beneficiaryKind=household'],
  ]) {
    await page.goto(url);
    await page.waitForTimeout(900);
    await page.screenshot({ path: `/tmp/s-${name}.png` });
  }
});
