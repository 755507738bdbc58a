import { type Page, expect, test } from '@playwright/test';

import { ADMIN_STATE, userPage } from '../support/accounts';
import { createUnit, uniqueStamp, unitByCode } from '../support/data';

/** The nomination stepper's steps, by their labels (case tells "Thành tích" from the report's). */
const STEPS = ['Đối tượng', 'Hình thức', 'Thành tích', 'Báo cáo thành tích', 'Xem lại'];

/**
 * Goes on from step `from` (0-based) with its own "Tiếp tục" and waits until the next step is the
 * selected one: a button of the step sliding away is never taken for the next one's.
 */
async function next(page: Page, from: number): Promise<void> {
  const tab = (i: number) => page.getByRole('tab', { name: new RegExp(STEPS[i]) });
  await expect(tab(from)).toHaveAttribute('aria-selected', 'true');
  await page
    .getByRole('tabpanel', { name: new RegExp(STEPS[from]) })
    .getByRole('button', { name: 'Tiếp tục' })
    .click();
  await expect(tab(from + 1)).toHaveAttribute('aria-selected', 'true');
}

test('should let a unit file a nomination, the secretariat return it, the unit fix and resubmit it, and the secretariat accept it', async ({
  browser,
}) => {
  // Two people sign in and the nomination goes through five steps twice: more than the default.
  test.setTimeout(240_000);
  // A collective of the unit's own, new in this attempt: one beneficiary may have only one live
  // nomination for an award a year, so a retry must not file for what an earlier attempt filed.
  const stamp = uniqueStamp();
  const admin = await browser.newContext({ storageState: ADMIN_STATE });
  const btg = await unitByCode(admin.request, 'BTGTU');
  const section = await createUnit(admin.request, {
    code: `E2EN${stamp}`,
    name: `Phòng Tuyên truyền ${stamp}`,
    parentId: btg.id,
  });
  await admin.close();

  const unit = await userPage(browser, 'donvi');
  await unit.getByRole('link', { name: 'Đề nghị khen thưởng' }).click();
  await expect(unit.getByRole('heading', { name: 'Đề nghị khen thưởng' })).toBeVisible();
  await unit
    .getByRole('link', { name: 'Lập đề nghị' })
    .or(unit.getByRole('button', { name: 'Lập đề nghị' }))
    .first()
    .click();

  // 1. The beneficiary: a section of the unit, a collective (search ignores diacritics).
  await unit.getByRole('radio', { name: 'Tập thể' }).check();
  await unit
    .getByRole('combobox', { name: 'Đơn vị được đề nghị' })
    .fill(`phong tuyen truyen ${stamp}`);
  await unit.getByRole('option', { name: new RegExp(section.name) }).click();
  await unit.getByLabel('Năm').fill('2024');
  await next(unit, 0);
  // 2. The award.
  await unit.getByLabel('Hình thức khen thưởng').click();
  await unit.getByRole('option', { name: 'Giấy khen' }).click();
  await next(unit, 1);
  // 3. The achievements.
  await unit
    .getByLabel('Tóm tắt thành tích')
    .fill('Hoàn thành xuất sắc nhiệm vụ tuyên truyền năm 2024');
  await unit.getByLabel('Tổng số thành viên').fill('20');
  await unit.getByLabel('Số đạt LĐTT').fill('16');
  await unit.getByLabel('Số đạt CSTĐCS').fill('2');
  await unit.getByLabel('Số bị kỷ luật').fill('0');
  await unit.getByLabel('Số nữ').fill('9');
  await unit.getByRole('checkbox', { name: 'Tất cả hoàn thành nhiệm vụ' }).check();
  await next(unit, 2);
  // 4. The achievement report: a file of another type is refused, a PDF is uploaded at once.
  const report = unit.getByLabel('Tệp báo cáo thành tích');
  await report.setInputFiles({
    name: 'bao-cao.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('x'),
  });
  await expect(unit.getByText('Chỉ nhận tệp PDF hoặc DOCX.')).toBeVisible();
  await report.setInputFiles({
    name: 'Báo cáo thành tích.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  });
  await expect(unit.getByText(/Báo cáo thành tích\.pdf \(/)).toBeVisible();
  await expect(unit.getByText('Chưa chọn tệp')).toBeVisible();
  // 5. Review, save and submit.
  await next(unit, 3);
  await unit.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(unit.getByRole('button', { name: 'Gửi khối' })).toBeEnabled();
  await unit.getByRole('button', { name: 'Gửi khối' }).click();
  await expect(unit.getByText('Đã gửi khối').first()).toBeVisible();
  await unit.waitForURL(/\/nominations\/[0-9a-f-]{36}/);
  const url = unit.url();

  // The secretariat (Báo Lào Cai heads the bloc in 2024) returns it with a reason.
  const secretariat = await userPage(browser, 'thuky');
  await secretariat.goto(url);
  await secretariat.getByRole('button', { name: 'Trả lại' }).click();
  // The dialog focuses its first field once open: typing before that could land in it.
  await expect(secretariat.getByRole('dialog').getByLabel('Lý do')).toBeFocused();
  await secretariat
    .getByRole('dialog')
    .getByLabel('Lý do')
    .fill('Bổ sung số liệu kết quả tuyên truyền');
  await secretariat.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
  await expect(secretariat.getByText('Bị trả lại').first()).toBeVisible();

  // The unit fixes and resubmits.
  await unit.goto(url);
  await expect(unit.getByText('Bổ sung số liệu kết quả tuyên truyền').first()).toBeVisible();
  await unit
    .getByRole('link', { name: 'Sửa' })
    .or(unit.getByRole('button', { name: 'Sửa' }))
    .first()
    .click();
  await next(unit, 0);
  await next(unit, 1);
  await unit
    .getByLabel('Tóm tắt thành tích')
    .fill('Hoàn thành xuất sắc nhiệm vụ tuyên truyền năm 2024; tổ chức 12 hội nghị quán triệt');
  await next(unit, 2);
  await next(unit, 3);
  await unit.getByRole('button', { name: 'Lưu nháp' }).click();
  await unit.getByRole('button', { name: 'Gửi khối' }).click();
  await expect(unit.getByText('Đã gửi khối').first()).toBeVisible();

  // The secretariat accepts it.
  await secretariat.goto(url);
  await secretariat.getByRole('button', { name: 'Tiếp nhận' }).click();
  await expect(secretariat.getByText('Khối đã nhận').first()).toBeVisible();
  await unit.context().close();
  await secretariat.context().close();
});
