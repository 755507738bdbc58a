import { type Page, expect, test } from '@playwright/test';

import { signIn, userPage } from '../support/accounts';
import {
  PARTY_BLOC,
  blocByName,
  memberIds,
  putMembers,
  scratchYears,
  today,
  uniqueStamp,
} from '../support/data';

async function chooseOption(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option }).first().click();
}

test('should create a movement, write a pledge, sign it as two unit users and download the PDF', async ({
  browser,
}) => {
  // Four people sign in, the pledge is drawn up, signed three times and printed: more than the
  // default.
  test.setTimeout(240_000);
  const stamp = uniqueStamp();
  const year = new Date().getFullYear();
  const admin = await userPage(browser, 'admin');

  // A movement in which the Lào Cai party bloc takes part.
  await admin.getByRole('link', { name: 'Phong trào thi đua' }).click();
  await expect(admin.getByRole('heading', { name: 'Phong trào thi đua' })).toBeVisible();
  await admin.getByRole('link', { name: 'Thêm phong trào' }).click();
  await chooseOption(admin, 'Loại phong trào', /Chuyên đề/);
  await admin.getByLabel('Tên phong trào').fill(`Thi đua chuyên đề chuyển đổi số ${stamp}`);
  await admin.getByLabel('Cơ quan phát động').fill('Khối thi đua các cơ quan Tỉnh ủy');
  await admin.getByLabel('Ngày bắt đầu').fill(`01/01/${year}`);
  await admin.getByLabel('Ngày kết thúc').fill(`31/12/${year}`);
  await admin.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
  await admin.getByLabel('Nội dung chỉ tiêu 1').fill('100% văn bản trình ký số');
  await admin.getByLabel('Khối tham gia').fill('cac co quan tinh uy');
  await admin.getByRole('option', { name: /Khối thi đua các cơ quan Tỉnh ủy/ }).click();
  await admin.getByRole('button', { name: 'Lưu' }).click();
  await expect(admin.getByRole('heading', { name: new RegExp(stamp) })).toBeVisible();
  await admin.getByRole('button', { name: 'Phát động' }).click();
  await admin.locator('mat-dialog-container').getByRole('button', { name: 'Phát động' }).click();
  await expect(admin.getByText('Đã phát động').first()).toBeVisible();

  // The bloc's pledge for a year of its own: a bloc has one pledge a year, which a unit signs
  // once, so each attempt takes a year nobody has used (from 2099 down) and registers the bloc's
  // 2024 members in it.
  const bloc = await blocByName(admin.request, PARTY_BLOC, 2024);
  const blocId = bloc.id;
  const pledgeYear = await scratchYears(admin.request, blocId, 1);
  const members = await memberIds(admin.request, blocId, 2024);
  await putMembers(admin.request, blocId, pledgeYear, members);
  await admin.goto(`/blocs/${blocId}/pledge/${pledgeYear}`);
  await expect(
    admin.getByRole('heading', { name: new RegExp(`Giao ước thi đua năm ${pledgeYear}`) }),
  ).toBeVisible();
  await admin.getByRole('button', { name: 'Soạn bản giao ước' }).click();
  // Section I (the common commitments) is written before anyone can sign.
  await admin.getByRole('button', { name: 'Sửa nội dung giao ước' }).click();
  const content = admin.getByRole('dialog');
  await content.getByRole('button', { name: 'Thêm cam kết' }).click();
  await content
    .getByRole('textbox', { name: 'Cam kết 1' })
    .fill('Hoàn thành 100% chỉ tiêu chuyển đổi số năm ' + pledgeYear);
  await content.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(content).toBeHidden();
  await expect(admin.getByText('Hoàn thành 100% chỉ tiêu chuyển đổi số')).toBeVisible();
  // The year is the attempt's own: nobody has signed yet.
  const signed = (n: number) => new RegExp(`Đã ký ${n}/${members.length}`);
  await expect(admin.getByText(signed(0))).toBeVisible();

  // Two unit users sign for their own units.
  for (const [i, username] of ['donvi', 'thuky'].entries()) {
    const page = await userPage(browser, username);
    await page.goto(`/blocs/${blocId}/pledge/${pledgeYear}`);
    await expect(page.getByText(signed(i))).toBeVisible();
    await page.getByRole('button', { name: 'Ký giao ước' }).click();
    const dialog = page.getByRole('dialog');
    // The dialog focuses its first field once open: typing before that could land in it.
    await expect(dialog.getByLabel('Họ tên người ký')).toBeFocused();
    await dialog
      .getByLabel('Họ tên người ký')
      .fill(username === 'donvi' ? 'Trần Văn Đức' : 'Lưu Thị Nụ');
    await dialog
      .getByLabel('Chức vụ')
      .fill(username === 'donvi' ? 'Phó Trưởng ban' : 'Phó Tổng Biên tập phụ trách');
    await dialog.getByLabel('Ngày ký').fill(today());
    await dialog.getByRole('button', { name: 'Ký', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(signed(i + 1))).toBeVisible();
    await page.context().close();
  }

  // A unit that signed on paper: the secretariat records it with the scan.
  await admin.reload();
  await expect(admin.getByText(signed(2))).toBeVisible();
  await admin
    .getByRole('button', { name: /^Ghi nhận bản ký giấy của / })
    .first()
    .click();
  const paper = admin.getByRole('dialog');
  await expect(paper.getByLabel('Họ tên người ký')).toBeFocused();
  await expect(paper.getByRole('button', { name: 'Mở lịch' })).toBeVisible();
  await paper.getByLabel('Họ tên người ký').fill('Hoàng Văn Lâm');
  await paper.getByLabel('Chức vụ').fill('Trưởng ban');
  await paper.getByLabel('Ngày ký').fill(today());
  await paper.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
  await expect(paper.getByText('Hãy chọn tệp bản quét.')).toBeVisible();
  await paper.getByLabel('Bản quét').setInputFiles({
    name: 'Bản ký giao ước.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  });
  await expect(paper.getByText('Bản ký giao ước.pdf')).toBeVisible();
  await paper.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
  await expect(paper).toBeHidden();
  await expect(admin.getByText(signed(3))).toBeVisible();

  // The printed pledge.
  await admin.reload();
  const download = admin.waitForEvent('download');
  await admin.getByRole('button', { name: 'Tải PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  await admin.context().close();
});

test('should offer a secretariat only the blocs its unit serves in the movement’s first year', async ({
  page,
}) => {
  // thuky's unit serves the party bloc's secretariat in 2023 and 2024 only (demo data).
  await signIn(page, 'thuky');
  await page.goto('/movements/new');
  const blocs = page.getByRole('combobox', { name: 'Khối tham gia' });
  await page.getByLabel('Ngày bắt đầu').fill('01/01/2024');
  await expect(
    page.getByText('Chỉ các khối mà đơn vị bạn làm thư ký trong năm bắt đầu phong trào.'),
  ).toBeVisible();
  await blocs.fill('khoi');
  await expect(page.getByRole('option')).toHaveText(['Khối thi đua các cơ quan Tỉnh ủy']);
  await blocs.press('Escape');

  await page.getByLabel('Ngày bắt đầu').fill('01/01/2022');
  await blocs.fill('khoi thi');
  await expect(page.getByRole('option')).toHaveText(['Không tìm thấy khối phù hợp']);
});
