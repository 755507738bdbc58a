import { type Page, expect, test } from '@playwright/test';

import { ADMIN_STATE } from '../support/accounts';
import { createUnit, searchList, uniqueStamp } from '../support/data';

test.use({ storageState: ADMIN_STATE });

async function chooseYear(page: Page, year: number): Promise<void> {
  await page.getByLabel('Năm', { exact: true }).click();
  await page.getByRole('option', { name: String(year), exact: true }).click();
}

test('should register a unit, add it to a bloc, set head and deputy, and accept the rotation proposal', async ({
  page,
}) => {
  // Many dialogs and two years of a bloc: more than the default.
  test.setTimeout(150_000);
  const stamp = uniqueStamp();
  const unitName = `Ban Bảo vệ, chăm sóc sức khỏe cán bộ ${stamp}`;
  const blocName = `Khối thi đua thử nghiệm ${stamp}`;
  const year = new Date().getFullYear();
  // Two more units of this attempt's own, free in any year (a unit serves one bloc a year, and
  // the demo's free units would run out over attempts).
  const others = [
    await createUnit(page.request, { code: `E2EB${stamp}A`, name: `Xã Thử Nghiệm A ${stamp}` }),
    await createUnit(page.request, { code: `E2EB${stamp}B`, name: `Xã Thử Nghiệm B ${stamp}` }),
  ];

  // Register the unit.
  await page.goto('/units');
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  const unitDialog = page.getByRole('dialog');
  // The dialog focuses its first field once open: typing before that could land in it.
  await expect(unitDialog.getByLabel('Mã đơn vị')).toBeFocused();
  await unitDialog.getByLabel('Mã đơn vị').fill(`E2E${stamp}`);
  await unitDialog.getByLabel('Tên đơn vị').fill(unitName);
  await unitDialog.getByLabel('Tên viết tắt').fill('BBVSK');
  await unitDialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(unitDialog).toBeHidden();
  // Search ignores diacritics (and matches a part of the name).
  await searchList(page, `cham soc suc khoe can bo ${stamp}`);
  await expect(page.getByRole('link', { name: unitName })).toBeVisible();

  // A new bloc, so that the test does not depend on earlier runs.
  await page.goto('/blocs');
  await page.getByRole('button', { name: 'Thêm khối' }).click();
  const blocDialog = page.getByRole('dialog');
  await expect(blocDialog.getByLabel('Tên', { exact: true })).toBeFocused();
  await blocDialog.getByLabel('Tên', { exact: true }).fill(blocName);
  await blocDialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(blocDialog).toBeHidden();
  await searchList(page, blocName);
  await page.getByRole('link', { name: blocName }).click();
  await expect(page.getByRole('heading', { name: blocName })).toBeVisible();
  await chooseYear(page, year);

  // Members: the new unit first, then two units free this year.
  await page.getByRole('button', { name: 'Sửa danh sách thành viên' }).click();
  const members = page.getByRole('dialog');
  const picker = members.getByRole('combobox', { name: 'Thêm đơn vị vào khối' });
  for (const name of [unitName, ...others.map((u) => u.name)]) {
    await picker.fill(name);
    await page.getByRole('option', { name }).click();
  }
  await members.getByRole('button', { name: 'Lưu' }).click();
  await expect(members).toBeHidden();
  const rows = page.getByRole('table').first().getByRole('row');
  await expect(rows).toHaveCount(4);

  // Head: the new unit; deputy: the second member.
  const second = (await rows.nth(2).getByRole('link').innerText()).trim();
  await page.getByLabel('Trưởng khối', { exact: true }).click();
  await page.getByRole('option', { name: unitName }).click();
  await page.getByLabel('Phó khối', { exact: true }).click();
  await page.getByRole('option', { name: second }).click();
  await page.getByRole('button', { name: 'Lưu Trưởng, Phó khối' }).click();
  await expect(rows.nth(1)).toContainText('Trưởng khối');
  await expect(rows.nth(2)).toContainText('Phó khối');
  const deputyName = second.replace(/\s*\([^)]*\)$/, '');

  // Next year: copy the members and accept the planner's proposal (the deputy leads).
  await chooseYear(page, year + 1);
  await page.getByRole('button', { name: 'Sao chép thành viên năm trước' }).click();
  await expect(page.getByRole('table').first().getByRole('row')).toHaveCount(4);
  await expect(page.getByText(/lên làm Trưởng khối/)).toBeVisible();
  // The button is disabled while it saves, too: wait for the saved leadership and the table.
  const saved = page.waitForResponse(
    (r) => r.request().method() === 'PUT' && r.url().endsWith(`/years/${year + 1}/leadership`),
  );
  await page.getByRole('button', { name: 'Chấp nhận đề xuất' }).click();
  expect((await saved).ok()).toBe(true);
  const nextRows = page.getByRole('table').first().getByRole('row');
  await expect(nextRows.filter({ hasText: deputyName })).toContainText('Trưởng khối');
  await expect(page.getByRole('button', { name: 'Chấp nhận đề xuất' })).toBeDisabled();
  const history = await page.request.get(
    `/api/v1/blocs?q=${encodeURIComponent(blocName)}&year=${year + 1}`,
  );
  const [bloc] = (await history.json()).items;
  expect(bloc.head.name).toBe(deputyName);
  expect(bloc.memberCount).toBe(3);
});

test('should keep the chosen year of the blocs page in its address', async ({ page }) => {
  await page.goto('/blocs?year=2021');
  await expect(page.getByLabel('Năm', { exact: true })).toContainText('2021');
  await chooseYear(page, 2023);
  await expect(page).toHaveURL(/[?&]year=2023/);
  await page.reload();
  await expect(page.getByLabel('Năm', { exact: true })).toContainText('2023');
});
