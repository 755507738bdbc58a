import { type APIRequestContext, expect, test } from '@playwright/test';

import { signIn } from '../support/accounts';

interface Sheet {
  groups: Array<{ criteria: Array<{ id: string; maxPoints: number }> }>;
}

/** Full marks less `off` on the first criterion, through the API (the admin acts for any unit). */
async function scoreAndSubmit(
  request: APIRequestContext,
  base: string,
  unitId: string,
  sheet: Sheet,
  off: number,
): Promise<void> {
  const criteria = sheet.groups.flatMap((g) => g.criteria);
  const read = (await (await request.get(`${base}/scores/${unitId}`)).json()) as {
    version: number;
  };
  const saved = await request.put(`${base}/scores/${unitId}`, {
    data: {
      entries: criteria.map((c, i) => ({
        itemId: c.id,
        points: i === 0 ? c.maxPoints - off : c.maxPoints,
      })),
      version: read.version,
    },
  });
  expect(saved.status()).toBe(200);
  const card = (await saved.json()) as { version: number };
  const submitted = await request.post(`${base}/scores/${unitId}/transitions`, {
    data: { action: 'submit', version: card.version },
  });
  expect(submitted.status()).toBe(200);
}

async function check(request: APIRequestContext, base: string, unitId: string): Promise<void> {
  const card = (await (await request.get(`${base}/scores/${unitId}`)).json()) as {
    version: number;
  };
  const checked = await request.post(`${base}/scores/${unitId}/transitions`, {
    data: { action: 'check', version: card.version },
  });
  expect(checked.status()).toBe(200);
}

test('should let a unit score itself, the head adjust one criterion with a reason, and lock and rank the table', async ({
  browser,
}) => {
  // Three people sign in and the whole year's table goes through: more than the default 30 s.
  test.slow();
  const contextFor = async (username: string) => {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await signIn(page, username);
    return page;
  };

  // The head unit's secretariat (Báo Lào Cai, 2024) starts the sheet from last year's.
  const thuky = await contextFor('thuky');
  await thuky.getByRole('link', { name: 'Chấm điểm thi đua' }).click();
  await expect(thuky.getByRole('heading', { name: 'Chấm điểm thi đua' })).toBeVisible();
  await thuky.goto('/scoring?year=2024');
  await thuky.getByRole('link', { name: 'Khối thi đua các cơ quan Tỉnh ủy' }).click();
  await thuky.waitForURL(/\/scoring\/[0-9a-f-]{36}\/2024$/);
  const blocId = thuky.url().split('/').at(-2) as string;
  await expect(thuky.getByText('Khối chưa có bảng tiêu chí chấm điểm năm 2024')).toBeVisible();
  await thuky.getByRole('button', { name: 'Sao chép bảng năm trước' }).click();
  await expect(thuky.getByText(/Đã nộp 0\/9/)).toBeVisible();

  // The other units score themselves (entered by the admin through the API).
  const admin = await contextFor('admin');
  const base = `/api/v1/blocs/${blocId}/years/2024`;
  const sheet = (await (await admin.request.get(`${base}/score-sheet`)).json()) as Sheet;
  const board = (await (await admin.request.get(`${base}/scores`)).json()) as {
    rows: Array<{ unit: { id: string; code: string } }>;
  };
  const byCode = Object.fromEntries(board.rows.map((r) => [r.unit.code, r.unit.id]));
  const others = ['VPTU', 'BNCTU', 'BTCTU', 'BDVTU', 'UBKTTU', 'TCT', 'DUKCQDN', 'BLC'];
  for (const [i, code] of others.entries()) {
    await scoreAndSubmit(admin.request, base, byCode[code], sheet, i * 0.5);
  }

  // Ban Tuyên giáo scores itself: a point above the maximum is refused, then it submits.
  const donvi = await contextFor('donvi');
  await donvi.goto(`/scoring/${blocId}/2024`);
  await donvi.getByRole('link', { name: 'Tự chấm Ban Tuyên giáo Tỉnh ủy' }).click();
  await expect(
    donvi.getByRole('heading', { name: 'Bảng điểm Ban Tuyên giáo Tỉnh ủy năm 2024' }),
  ).toBeVisible();
  const criteria = sheet.groups.flatMap((g, gi) =>
    g.criteria.map((c, ci) => ({ label: `${gi + 1}.${ci + 1}`, max: c.maxPoints })),
  );
  for (const c of criteria) {
    await donvi.getByLabel(`Điểm ${c.label}`, { exact: true }).fill(String(c.max));
  }
  await donvi.getByLabel('Điểm 1.1', { exact: true }).fill('25');
  await donvi.getByRole('button', { name: 'Nộp bảng tự chấm' }).click();
  await expect(donvi.getByText('Vượt quá điểm tối đa')).toBeVisible();
  await donvi.getByLabel('Điểm 1.1', { exact: true }).fill('19');
  await donvi
    .getByLabel('Giải trình 1.1', { exact: true })
    .fill('Hoàn thành 95% chương trình công tác');
  await donvi.getByRole('button', { name: 'Nộp bảng tự chấm' }).click();
  await expect(donvi.getByText('Đã nộp', { exact: true }).first()).toBeVisible();
  await expect(donvi.getByText('Tự chấm: 99')).toBeVisible();

  // The head adjusts one criterion with a reason and confirms the check.
  await thuky.goto(`/scoring/${blocId}/2024`);
  await thuky.getByRole('link', { name: 'Thẩm định Ban Tuyên giáo Tỉnh ủy' }).click();
  await thuky.getByLabel('Điểm thẩm định 1.1', { exact: true }).fill('18');
  await thuky
    .getByLabel('Lý do 1.1', { exact: true })
    .fill('Chưa có minh chứng hội nghị chuyên đề quý IV');
  await thuky.getByRole('button', { name: 'Lưu điều chỉnh' }).click();
  await expect(thuky.getByText('Sau thẩm định: 98')).toBeVisible();
  await thuky.getByRole('button', { name: 'Xác nhận thẩm định' }).click();
  await expect(thuky.getByText('Đã thẩm định', { exact: true }).first()).toBeVisible();

  // The unit sees the adjustment and its reason.
  await donvi.reload();
  await expect(donvi.getByText('Chưa có minh chứng hội nghị chuyên đề quý IV')).toBeVisible();

  // The other cards are checked (the head's own card by the admin, never by the head).
  for (const code of others) await check(admin.request, base, byCode[code]);

  // The conference agrees, the secretariat locks, the ranking is final.
  await thuky.goto(`/scoring/${blocId}/2024`);
  await thuky.getByRole('button', { name: 'Hội nghị thống nhất' }).click();
  await expect(thuky.getByText('Đã ghi nhận hội nghị thống nhất bảng điểm.')).toBeVisible();
  await thuky.getByRole('button', { name: 'Khóa bảng điểm' }).click();
  await expect(thuky.getByText('Đã khóa bảng điểm; kết quả xếp hạng là chính thức.')).toBeVisible();
  await thuky.getByRole('link', { name: 'Xếp hạng' }).click();
  await expect(thuky.getByRole('heading', { name: 'Xếp hạng thi đua năm 2024' })).toBeVisible();
  const rows = thuky.getByRole('table', { name: 'Xếp hạng các đơn vị' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('Văn phòng Tỉnh ủy');
  await expect(rows.nth(1)).toContainText('Dẫn đầu khối');
  await expect(rows.filter({ hasText: 'Ban Tuyên giáo Tỉnh ủy' })).toContainText('98');
  await expect(thuky.getByRole('link', { name: 'Tải PDF' })).toBeVisible();

  // Locked: the unit can no longer change its card.
  await donvi.reload();
  await expect(donvi.getByText('Đã khóa', { exact: true }).first()).toBeVisible();
  await expect(donvi.getByRole('button', { name: 'Nộp bảng tự chấm' })).toHaveCount(0);
});
