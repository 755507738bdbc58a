import { type Page, expect, test } from '@playwright/test';

import { signIn } from '../support/accounts';

/** dd/MM/yyyy of today, the way the date fields take it. */
const today = () =>
  new Date().toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' });

async function chooseOption(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option }).first().click();
}

test('should create a movement, write a pledge, sign it as two unit users and download the PDF', async ({
  browser,
}) => {
  const stamp = Date.now().toString(36).toUpperCase();
  const year = new Date().getFullYear();
  const admin = await (
    await browser.newContext({ storageState: { cookies: [], origins: [] } })
  ).newPage();
  await signIn(admin, 'admin');

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

  // The bloc's pledge for this year: a new bloc year needs members first.
  await admin.goto('/blocs?year=2024');
  await admin.getByRole('link', { name: 'Khối thi đua các cơ quan Tỉnh ủy' }).first().click();
  await admin.waitForURL(/\/blocs\/[0-9a-f-]{36}/);
  const blocUrl = admin.url().split('?')[0];
  const blocId = blocUrl.split('/').pop() as string;
  // The demo data registers members up to 2024: carry them over to this year.
  const copies: number[] = [];
  for (let y = 2025; y <= year; y += 1) {
    // Each change of a year goes with the year's version as read.
    const read = await admin.request.get(`/api/v1/blocs/${blocId}/years/${y}`);
    const { version } = (await read.json()) as { version: number };
    copies.push(
      (
        await admin.request.post(`/api/v1/blocs/${blocId}/years/${y}/copy-previous`, {
          data: { version },
        })
      ).status(),
    );
  }
  expect(copies.every((status) => status === 201)).toBe(true);
  await admin.goto(`/blocs/${blocId}/pledge/${year}`);
  await expect(
    admin.getByRole('heading', { name: new RegExp(`Giao ước thi đua năm ${year}`) }),
  ).toBeVisible();
  await admin.getByRole('button', { name: 'Soạn bản giao ước' }).click();
  await expect(admin.getByText(/Đã ký \d+\/\d+/)).toBeVisible();

  // Two unit users sign for their own units.
  for (const username of ['donvi', 'thuky']) {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await signIn(page, username);
    await page.goto(`/blocs/${blocId}/pledge/${year}`);
    const before = await page.getByText(/Đã ký \d+\/\d+/).innerText();
    const signedBefore = Number(/Đã ký (\d+)/.exec(before)?.[1]);
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
    await expect(page.getByText(new RegExp(`Đã ký ${signedBefore + 1}/`))).toBeVisible();
    await context.close();
  }

  // A unit that signed on paper: the secretariat records it with the scan.
  await admin.reload();
  const signedBefore = Number(
    /Đã ký (\d+)/.exec(await admin.getByText(/Đã ký \d+\/\d+/).innerText())?.[1],
  );
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
  await expect(admin.getByText(new RegExp(`Đã ký ${signedBefore + 1}/`))).toBeVisible();

  // The printed pledge.
  await admin.reload();
  const download = admin.waitForEvent('download');
  await admin.getByRole('button', { name: 'Tải PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
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
