import { expect, test } from '@playwright/test';

import { signIn } from '../support/accounts';
import { searchList } from '../support/data';

test('should open a unit’s whole record from its page, with its rank in the locked 2023 score table', async ({
  page,
}) => {
  await signIn(page, 'admin');
  await page.goto('/units');
  // Search ignores diacritics.
  await searchList(page, 'truong chinh tri');
  await page.getByRole('link', { name: 'Trường Chính trị tỉnh', exact: true }).first().click();
  await page.getByRole('link', { name: 'Hồ sơ thi đua' }).click();
  await expect(page).toHaveURL(/\/reports\/units\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Trường Chính trị tỉnh' })).toBeVisible();
  const year2023 = page.getByRole('row', { name: /^2023 Khối thi đua các cơ quan Tỉnh ủy/ });
  await expect(year2023).toContainText('99,5');
  await expect(year2023).toContainText('1/9');
});
