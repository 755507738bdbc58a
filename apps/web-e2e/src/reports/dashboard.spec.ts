import { expect, test } from '@playwright/test';

import { signIn } from '../support/accounts';

const PARTY_BLOC = 'Khối thi đua các cơ quan Tỉnh ủy';

test('should open the dashboard for 2023, switch to a bloc and export a report', async ({
  page,
}) => {
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Tổng hợp' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng hợp thi đua, khen thưởng' })).toBeVisible();

  // The whole province in 2023: the awards table beside the chart has the demo titles.
  await page.getByLabel('Năm', { exact: true }).click();
  await page.getByRole('option', { name: '2023', exact: true }).click();
  await expect(page).toHaveURL(/year=2023/);
  await expect(page.getByRole('heading', { name: /Toàn tỉnh – năm 2023/ })).toBeVisible();
  const byType = page.getByRole('table', { name: 'Số khen thưởng theo hình thức và đối tượng' });
  await expect(byType.getByRole('row', { name: /Tập thể lao động xuất sắc/ })).toBeVisible();
  await expect(
    page.getByRole('img', { name: /Biểu đồ cột: số khen thưởng theo hình thức/ }),
  ).toBeVisible();
  const byYear = page.getByRole('table', { name: 'Số khen thưởng qua các năm' });
  await expect(byYear.getByRole('row')).toHaveCount(6);

  // One bloc: its figures only.
  await page.getByLabel('Khối, cụm thi đua', { exact: true }).click();
  await page.getByRole('option', { name: PARTY_BLOC }).click();
  await expect(page).toHaveURL(/blocId=[0-9a-f-]{36}/);
  await expect(
    page.getByRole('heading', { name: new RegExp(`${PARTY_BLOC} – năm 2023`) }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Đơn vị thành viên' })).toBeVisible();
  await expect(page.locator('.stat').first()).toContainText('9');

  // The awards report of the bloc, exported to Excel and to PDF.
  await page.getByRole('link', { name: 'Báo cáo, xuất file' }).click();
  await expect(page.getByRole('heading', { name: 'Báo cáo thi đua, khen thưởng' })).toBeVisible();
  await page.getByLabel('Khối, cụm thi đua', { exact: true }).click();
  await page.getByRole('option', { name: PARTY_BLOC }).click();
  await expect(page.getByRole('table')).toContainText('Tổng cộng');
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Xuất Excel' }).click(),
  ]);
  // The Vietnamese name, diacritics kept (the header's UTF-8 name, not its ASCII fallback).
  expect(xlsx.suggestedFilename()).toMatch(/^Báo cáo khen thưởng năm 2023 .*\.xlsx$/);
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Xuất PDF' }).click(),
  ]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
});

test('should show who has reported the Lào Cai campaign and who is late', async ({ page }) => {
  await signIn(page, 'thuky');
  await page.getByRole('link', { name: 'Phong trào thi đua' }).click();
  await page.getByRole('link', { name: /90 ngày lao động xuất sắc/ }).click();
  const section = page.getByRole('region', { name: 'Báo cáo hoạt động của đơn vị' });
  await expect(section).toContainText(
    '8/9 đơn vị đã báo cáo, 1 báo cáo muộn, 1 quá hạn chưa báo cáo',
  );
  await expect(section.getByRole('row', { name: /Ban Dân vận Tỉnh ủy/ })).toContainText('Muộn');
  await expect(section.getByRole('row', { name: /Ủy ban Kiểm tra Tỉnh ủy/ })).toContainText(
    'Quá hạn, chưa báo cáo',
  );
});

test('should open a secretariat on the year its unit serves the bloc, and explain the other years', async ({
  page,
}) => {
  // thuky's unit serves the party bloc's secretariat in 2023 and 2024 only (demo data).
  await signIn(page, 'thuky');
  await page.getByRole('link', { name: 'Tổng hợp' }).click();
  await expect(
    page.getByRole('heading', { name: new RegExp(`${PARTY_BLOC} – năm 2024`) }),
  ).toBeVisible();
  await expect(page.getByText('Không xem được số liệu')).toHaveCount(0);

  await page.getByLabel('Năm', { exact: true }).click();
  await page.getByRole('option', { name: '2022', exact: true }).click();
  await expect(page.getByText('Không có khối, cụm nào để xem năm 2022')).toBeVisible();
  await expect(page.getByText(/làm thư ký khối, cụm thi đua trong năm 2023, 2024\./)).toBeVisible();
  await expect(page.getByText('Không xem được số liệu')).toHaveCount(0);

  // The reports page: nothing to export in such a year; it opens on the same year as the dashboard.
  await page.goto('/reports?year=2022');
  await expect(page.getByText('Không có khối, cụm nào để xem năm 2022')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Xuất Excel' })).toBeDisabled();
  await page.goto('/reports');
  await expect(page.getByRole('table')).toContainText('Tổng cộng');
  await expect(page.getByLabel('Năm', { exact: true })).toContainText('2024');
});
