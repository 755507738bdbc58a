import { type Page, expect, test } from '@playwright/test';

import { ADMIN_STATE } from '../support/accounts';

test.use({ storageState: ADMIN_STATE });

async function downloads(page: Page, button: string, extension: RegExp): Promise<void> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  expect((await download).suggestedFilename()).toMatch(extension);
}

test('should delete a draft list, build a list from passed nominations, edit the cover letter, export it, record the decision and print certificates', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Danh sách khen thưởng' }).click();
  // The demo already holds a draft of this list: delete it, then build it again.
  await page
    .getByRole('link', { name: /Danh sách đề nghị tặng Cờ thi đua của UBND tỉnh năm 2023/ })
    .click();
  await page.getByRole('button', { name: 'Xóa danh sách' }).click();
  await page.locator('mat-dialog-container').getByRole('button', { name: 'Xóa danh sách' }).click();
  await expect(page.getByText('Đã xóa danh sách.')).toBeVisible();
  await expect(page).toHaveURL(/\/awards\/lists$/);
  await page
    .getByRole('link', { name: 'Lập danh sách' })
    .or(page.getByRole('button', { name: 'Lập danh sách' }))
    .first()
    .click();
  // The 2023 conference elected these two units for the Emulation Flag.
  await page.getByLabel('Năm').first().click();
  await page.getByRole('option', { name: '2023', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Trường Chính trị tỉnh' }).check();
  await page.getByRole('checkbox', { name: 'Văn phòng Tỉnh ủy' }).check();
  await page.getByRole('button', { name: 'Lưu danh sách' }).click();
  await page.waitForURL(/\/awards\/lists\/[0-9a-f-]{36}/);
  await expect(page.getByText('Trường Chính trị tỉnh').first()).toBeVisible();

  await page.getByRole('button', { name: 'Sửa tờ trình' }).click();
  const letter = page.getByRole('dialog');
  await letter.getByLabel('Số', { exact: true }).fill('25/TTr-KTĐ');
  await letter.getByRole('button', { name: 'Lưu' }).click();
  await expect(letter).toBeHidden();

  await downloads(page, 'Tải PDF', /\.pdf$/);
  await downloads(page, 'Tải DOCX', /\.docx$/);
  await downloads(page, 'Tải XLSX', /\.xlsx$/);

  await page.getByRole('button', { name: 'Gửi tỉnh' }).click();
  await page.locator('mat-dialog-container').getByRole('button', { name: 'Gửi' }).click();
  await expect(page.getByText('Đã gửi tỉnh').first()).toBeVisible();

  await page.getByRole('button', { name: 'Ghi quyết định' }).click();
  const decision = page.getByRole('dialog');
  // The dialog focuses its first field once opened; typing before that would land there.
  await expect(decision.getByLabel('Số quyết định')).toBeFocused();
  await decision.getByLabel('Số quyết định').fill('125/QĐ-UBND');
  await decision.getByLabel('Ngày quyết định').fill('25/01/2024');
  await decision.getByLabel('Người ký').fill('Trịnh Xuân Trường');
  await decision.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã có quyết định').first()).toBeVisible();

  await page.getByRole('button', { name: 'In bằng khen' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: 'Tải bằng khen (PDF)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
});
