import { expect, test } from '@playwright/test';

import { signIn } from '../support/accounts';

test('should refuse an admin page to a unit user and hide the admin entries', async ({ page }) => {
  await signIn(page, 'donvi');
  await expect(page.getByRole('link', { name: 'Người dùng' })).toHaveCount(0);
  await page.goto('/admin/users');
  await expect(page.getByText('Bạn không có quyền truy cập trang này')).toBeVisible();
  const status = await page.evaluate(async () => (await fetch('/api/v1/users')).status);
  expect(status).toBe(403);
});
