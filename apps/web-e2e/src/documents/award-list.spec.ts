import { type APIRequestContext, type Page, expect, test } from '@playwright/test';

import { ADMIN_STATE } from '../support/accounts';
import { api, createUnit, putMembers, today, uniqueStamp } from '../support/data';

test.use({ storageState: ADMIN_STATE });

async function downloads(page: Page, button: string, extension: RegExp): Promise<void> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  expect((await download).suggestedFilename()).toMatch(extension);
}

/** A collective nomination for a Giấy khen, filed, accepted and voted through by the bloc. */
async function passedNomination(
  request: APIRequestContext,
  year: number,
  awardTypeId: string,
  unitId: string,
): Promise<string> {
  let n = await api<{ id: string; version: number }>(request, 'post', '/api/v1/nominations', {
    year,
    awardTypeId,
    beneficiaryKind: 'collective',
    beneficiaryId: unitId,
    proposingUnitId: unitId,
    summary: `Hoàn thành xuất sắc nhiệm vụ năm ${year}`,
  });
  for (const step of [
    { action: 'submit' },
    { action: 'accept' },
    { action: 'recordVote', vote: { votes: 3, denominator: 3, passed: true } },
  ]) {
    n = await api(request, 'post', `/api/v1/nominations/${n.id}/transitions`, {
      ...step,
      version: n.version,
    });
  }
  return n.id;
}

test('should delete a draft list, build a list from passed nominations, edit the cover letter, export it, record the decision and print certificates', async ({
  page,
}) => {
  // Many pages, three exports and a certificate PDF: more than the default.
  test.setTimeout(180_000);
  // A bloc of this attempt's own, with two units whose Giấy khen the bloc voted for, and a draft
  // list of them: a decided list takes its nominations for good, so a retry needs new ones.
  const stamp = uniqueStamp();
  const year = new Date().getFullYear();
  const request = page.request;
  const bloc = await api<{ id: string; name: string }>(request, 'post', '/api/v1/blocs', {
    name: `Khối thi đua danh sách ${stamp}`,
    kind: 'khoi',
  });
  const units = [
    await createUnit(request, { code: `E2EL${stamp}A`, name: `Trung tâm Lưu trữ ${stamp}` }),
    await createUnit(request, { code: `E2EL${stamp}B`, name: `Nhà khách Tỉnh ủy ${stamp}` }),
  ];
  await putMembers(
    request,
    bloc.id,
    year,
    units.map((u) => u.id),
  );
  const types = await api<Array<{ id: string; code: string }>>(
    request,
    'get',
    '/api/v1/award-types',
  );
  const gk = types.find((t) => t.code === 'GK')?.id as string;
  const nominationIds: string[] = [];
  for (const unit of units) nominationIds.push(await passedNomination(request, year, gk, unit.id));
  const draftTitle = `Danh sách đề nghị tặng Giấy khen năm ${year} – ${bloc.name}`;
  await api(request, 'post', '/api/v1/award-lists', {
    title: draftTitle,
    year,
    blocId: bloc.id,
    order: 'units',
    nominationIds,
  });

  await page.goto('/');
  await page.getByRole('link', { name: 'Danh sách khen thưởng' }).click();
  // The draft holds the bloc's passed nominations: delete it, then build the list again.
  await page.getByRole('link', { name: draftTitle }).click();
  await page.getByRole('button', { name: 'Xóa danh sách' }).click();
  await page.locator('mat-dialog-container').getByRole('button', { name: 'Xóa danh sách' }).click();
  await expect(page.getByText('Đã xóa danh sách.')).toBeVisible();
  await expect(page).toHaveURL(/\/awards\/lists$/);
  await expect(page.getByRole('link', { name: draftTitle })).toHaveCount(0);
  await page
    .getByRole('link', { name: 'Lập danh sách' })
    .or(page.getByRole('button', { name: 'Lập danh sách' }))
    .first()
    .click();
  // The bloc's conference voted for both units: they are the list's candidates again.
  await page.getByLabel('Năm').first().click();
  await page.getByRole('option', { name: String(year), exact: true }).click();
  await page.getByLabel('Khối thi đua', { exact: true }).click();
  await page.getByRole('option', { name: bloc.name }).click();
  for (const unit of units) {
    await page.getByRole('checkbox', { name: unit.name }).check();
    await expect(page.getByRole('checkbox', { name: unit.name })).toBeChecked();
  }
  await page.getByRole('button', { name: 'Lưu danh sách' }).click();
  await page.waitForURL(/\/awards\/lists\/[0-9a-f-]{36}/);
  for (const unit of units) await expect(page.getByText(unit.name).first()).toBeVisible();

  await page.getByRole('button', { name: 'Sửa tờ trình' }).click();
  const letter = page.getByRole('dialog');
  // The dialog focuses its first field once open: typing before that could land in it.
  await expect(letter.getByLabel('Cơ quan chủ quản')).toBeFocused();
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
  await decision.getByLabel('Ngày quyết định').fill(today());
  await decision.getByLabel('Người ký').fill('Trịnh Xuân Trường');
  await decision.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã có quyết định').first()).toBeVisible();

  await page.getByRole('button', { name: 'In bằng khen' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: 'Tải bằng khen (PDF)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
});
