import { expect, test } from '@playwright/test';

import { ADMIN_STATE, DEMO_PASSWORD } from '../support/accounts';
import { searchList, uniqueStamp } from '../support/data';

test.use({ storageState: ADMIN_STATE });

test('should show a unit named with HTML and script as literal text, and run none of it', async ({
  page,
  request,
}) => {
  const stamp = uniqueStamp();
  const name = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> Ban "Tuyên" & 'giáo' ${stamp}`;
  const login = await request.post('/api/v1/auth/login', {
    data: { username: 'admin', password: DEMO_PASSWORD },
  });
  const { accessToken } = await login.json();
  const created = await request.post('/api/v1/units', {
    headers: { Authorization: `Bearer ${accessToken}` },
    data: { code: `XSS${stamp}`, name, headName: '<b>Người đứng đầu</b>' },
  });
  expect(created.status()).toBe(201);
  const unit = await created.json();

  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto('/units');
  await searchList(page, stamp);
  const link = page.getByRole('link', { name });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByText('<b>Người đứng đầu</b>')).toBeVisible();
  expect(page.url()).toContain(unit.id);

  // Nothing of the name became markup or ran.
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('b', { hasText: 'Người đứng đầu' }).count()).toBe(0);
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
  ).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
