import { expect, test } from '@playwright/test';

import { ADMIN_STATE } from '../support/accounts';

test.use({ storageState: ADMIN_STATE });

test('should keep a list’s search, sort and page in the address, through a visit, the back button and a reload', async ({
  page,
}) => {
  await page.goto('/units');
  const search = page.getByLabel('Tìm kiếm');
  await search.fill('so tai chinh');
  await expect(page).toHaveURL(/[?&]q=so%20tai%20chinh/);
  const unit = page.getByRole('link', { name: 'Sở Tài chính', exact: true });
  await expect(unit).toBeVisible();
  await page.getByRole('button', { name: 'Mã đơn vị' }).click();
  await expect(page).toHaveURL(/[?&]sort=code/);

  // Open the unit, come back: the list is as it was left, search box included.
  await unit.click();
  await expect(page).toHaveURL(/\/units\/[0-9a-f-]{36}$/);
  await page.goBack();
  await expect(search).toHaveValue('so tai chinh');
  await expect(unit).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Mã đơn vị' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );

  // Clearing the search clears it from the address; a reload opens what the address says.
  await search.fill('');
  await expect(page).not.toHaveURL(/[?&]q=/);
  await page.getByRole('button', { name: 'Trang sau' }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await page.reload();
  await expect(page.getByText(/21–\d+ trên \d+/)).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Mã đơn vị' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
});

test('should open a list filtered by a link, and ignore what a link cannot mean', async ({
  page,
}) => {
  await page.goto('/admin/users?role=unit&q=donvi&sort=-username');
  await expect(page.getByLabel('Tìm kiếm')).toHaveValue('donvi');
  await expect(page.getByRole('combobox', { name: 'Nhóm quyền' })).toContainText('Đơn vị');
  await expect(page.getByRole('cell', { name: 'donvi', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'admin', exact: true })).toBeHidden();

  await page.goto('/admin/users?role=root&page=-1&pageSize=9999&sort=password');
  await expect(page.getByRole('cell', { name: 'admin', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/users$/);
});
