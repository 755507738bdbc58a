import { expect, test } from '@playwright/test';

import { ADMIN_STATE } from '../support/accounts';
import { searchList, uniqueStamp } from '../support/data';

test.use({ storageState: ADMIN_STATE });

const HEADER =
  'Năm,Mã danh hiệu,Loại đối tượng,Mã đơn vị,Họ và tên,Năm sinh,Giới tính,Chức vụ,Chủ hộ,Địa chỉ,Số quyết định,Ngày quyết định';

test('should import award history from a checked file, after getting the template', async ({
  page,
}) => {
  const stamp = uniqueStamp();
  const name = `Nguyễn Thị Thảo ${stamp}`;
  const good = `2019,CSTDCS,Cá nhân,BTGTU,${name},1985,Nữ,Chuyên viên,,,15/QĐ-UBND,20/12/2019`;
  const csv = (...rows: string[]) => ({
    name: 'lich-su.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([HEADER, ...rows].join('\n')),
  });

  await page.goto('/award-history');
  await page.getByRole('link', { name: 'Nhập từ Excel' }).click();
  await expect(
    page.getByRole('heading', { name: 'Nhập lịch sử khen thưởng từ Excel' }),
  ).toBeVisible();
  const template = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải tệp mẫu' }).click();
  expect((await template).suggestedFilename()).toBe('Mẫu nhập lịch sử khen thưởng.xlsx');

  // A file with a bad row: named, and nothing can be imported.
  const file = page.getByLabel('Tệp cần nhập');
  await file.setInputFiles(csv(good, '2019,XYZ,Tập thể,VPTU,,,,,,,,'));
  await expect(page.getByText('lich-su.csv')).toBeVisible();
  await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  await expect(page.getByText('Không có danh hiệu, hình thức mã "XYZ".')).toBeVisible();
  await expect(page.getByText('Chưa có khen thưởng nào được nhập.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nhập dữ liệu' })).toBeDisabled();

  // The mended file imports.
  await page.getByRole('button', { name: 'Chọn tệp khác' }).click();
  await file.setInputFiles(csv(good));
  await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  await expect(page.getByText('Mọi dòng đều hợp lệ.')).toBeVisible();
  await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  await expect(page.getByText('Đã nhập 1 khen thưởng.')).toBeVisible();
  await page.getByRole('link', { name: 'Xem lịch sử khen thưởng' }).click();
  await searchList(page, `nguyen thi thao ${stamp}`);
  await expect(page.getByText(name)).toBeVisible();
});

test('should give the unit import its template', async ({ page }) => {
  await page.goto('/units/import');
  const template = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải tệp mẫu' }).click();
  expect((await template).suggestedFilename()).toBe('Mẫu nhập đơn vị.xlsx');
});
