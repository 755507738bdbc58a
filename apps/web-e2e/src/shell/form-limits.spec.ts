import { expect, test } from '@playwright/test';

import { ADMIN_STATE } from '../support/accounts';

test.use({ storageState: ADMIN_STATE });

/** A form says what is wrong with it: limits shown and explained, never silently cut or guessed. */

test('should keep a pasted 400-character name whole, count it and say why it cannot be saved', async ({
  page,
}) => {
  await page.goto('/units');
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  const dialog = page.getByRole('dialog');
  const name = dialog.getByLabel('Tên đơn vị');
  await expect(dialog.getByLabel('Mã đơn vị')).toBeVisible();
  await name.fill('Ủy ban '.repeat(57) + 'x');
  // No maxlength attribute: the text is all there, and the counter shows it against the limit.
  await expect(name).toHaveValue(/x$/);
  expect((await name.inputValue()).length).toBe(400);
  await expect(dialog.getByText('400/255')).toBeVisible();

  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByText('Tối đa 255 ký tự (đang có 400): hãy rút gọn.')).toBeVisible();
  // The first field in error is the code (empty), then the name.
  await expect(dialog.getByText('Vui lòng nhập mã đơn vị.')).toBeVisible();
  await expect(dialog.getByLabel('Mã đơn vị')).toBeFocused();
  await expect(dialog).toBeVisible();
});

test('should focus the first field in error when an empty form is submitted', async ({ page }) => {
  await page.goto('/movements/new');
  await page.getByRole('button', { name: 'Lưu' }).click();
  const firstError = page.locator('mat-form-field.mat-form-field-invalid').first();
  await expect(firstError).toBeVisible();
  await expect(firstError.locator('input, textarea, [role="combobox"]').first()).toBeFocused();
  await expect(firstError).toBeInViewport();
});

test('should keep "66,67" in the quorum field as sixty-six point six seven', async ({ page }) => {
  await page.goto('/meetings');
  await page.getByRole('button', { name: 'Tạo hội nghị' }).click();
  const dialog = page.getByRole('dialog');
  const quorum = dialog.getByLabel('Tỷ lệ có mặt tối thiểu (%)');
  await quorum.fill('66,67');
  await quorum.blur();
  await expect(quorum).toHaveValue('66,67');
  const field = dialog.locator('mat-form-field').filter({ has: quorum });
  await expect(field.locator('mat-error')).toHaveCount(0);

  // A text that is no number is refused with the reason, not read as some other number.
  await quorum.fill('66,6,7');
  await quorum.blur();
  await expect(
    dialog.getByText('Nhập một số, phần thập phân sau dấu phẩy (ví dụ 66,67).'),
  ).toBeVisible();
});

test('should refuse the year 9999 with a message', async ({ page }) => {
  const last = new Date().getFullYear() + 5;
  await page.goto('/award-history');
  await page.getByRole('button', { name: 'Thêm' }).click();
  const dialog = page.getByRole('dialog');
  const year = dialog.getByLabel('Năm', { exact: true });
  await year.fill('9999');
  await year.blur();
  await expect(dialog.getByText(`Năm phải từ 1945 đến ${last}.`)).toBeVisible();
});

test('should show no date format code to the user', async ({ page }) => {
  await page.goto('/movements/new');
  await expect(page.getByLabel('Ngày bắt đầu')).toHaveAttribute('placeholder', 'ngày/tháng/năm');
  await expect(page.getByText(/dd\/MM\/yyyy/)).toHaveCount(0);
});
