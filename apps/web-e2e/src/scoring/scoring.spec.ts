import { type APIRequestContext, type Browser, expect, test } from '@playwright/test';

import { ADMIN_STATE, userPage } from '../support/accounts';
import {
  PARTY_BLOC,
  api,
  blocByName,
  memberIds,
  putLeadership,
  putMembers,
  scratchYears,
  uniqueStamp,
  unitByCode,
} from '../support/data';

interface Sheet {
  groups: Array<{ criteria: Array<{ id: string; maxPoints: number }> }>;
}

interface SheetItem {
  content: string;
  maxPoints: number;
  guidance: string | null;
}

/** A sheet as read, with what a save of its content takes. */
interface FullSheet {
  scale: number;
  groups: Array<{ title: string; criteria: SheetItem[] }>;
  bonusItems: SheetItem[];
  penaltyItems: SheetItem[];
  bonusCap: number | null;
  penaltyCap: number | null;
  tieBreaks: unknown[];
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

/**
 * A secretariat user of the unit, new in this attempt and past its first-password change, signed
 * in: the demo's secretariat (thuky, Báo Lào Cai) must keep serving only 2023 and 2024, which
 * other tests rely on.
 */
async function newSecretariat(
  browser: Browser,
  admin: APIRequestContext,
  unitId: string,
  stamp: string,
) {
  const username = `tk.${stamp.toLowerCase()}`;
  const initial = `Khoi${stamp}@1`;
  const password = `Khoi${stamp}@2`;
  await api(admin, 'post', '/api/v1/users', {
    username,
    fullName: 'Vũ Thị Thẩm Định',
    role: 'secretariat',
    unitId,
    password: initial,
  });
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  await api(context.request, 'post', '/api/v1/auth/login', { username, password: initial });
  await api(context.request, 'post', '/api/v1/auth/password', {
    currentPassword: initial,
    newPassword: password,
  });
  await context.close();
  return userPage(browser, username, password);
}

test('should let a unit score itself, the head adjust one criterion with a reason, and lock and rank the table', async ({
  browser,
}) => {
  // Three people sign in and the whole year's table goes through: far more than the default.
  test.setTimeout(240_000);

  // The party bloc in two years of this attempt's own (a year's table is locked once, for good):
  // the 2024 members in both, last year's sheet as the demo's 2023 one, and Văn phòng Tỉnh ủy
  // heading the bloc this year, with a secretariat user of its own.
  const stamp = uniqueStamp();
  const adminContext = await browser.newContext({ storageState: ADMIN_STATE });
  const admin = adminContext.request;
  const { id: blocId } = await blocByName(admin, PARTY_BLOC, 2024);
  const year = (await scratchYears(admin, blocId, 2)) + 1;
  const members = await memberIds(admin, blocId, 2024);
  await putMembers(admin, blocId, year - 1, members);
  await putMembers(admin, blocId, year, members);
  const head = await unitByCode(admin, 'VPTU');
  const deputy = await unitByCode(admin, 'BTCTU');
  await putLeadership(admin, blocId, year, head.id, deputy.id);
  const last = await api<FullSheet>(admin, 'get', `/api/v1/blocs/${blocId}/years/2023/score-sheet`);
  const item = ({ content, maxPoints, guidance }: SheetItem) => ({ content, maxPoints, guidance });
  await api(admin, 'put', `/api/v1/blocs/${blocId}/years/${year - 1}/score-sheet`, {
    scale: last.scale,
    groups: last.groups.map((g) => ({ title: g.title, criteria: g.criteria.map(item) })),
    bonusItems: last.bonusItems.map(item),
    penaltyItems: last.penaltyItems.map(item),
    bonusCap: last.bonusCap,
    penaltyCap: last.penaltyCap,
    tieBreaks: last.tieBreaks,
    version: 0,
  });

  // The head unit's secretariat starts the sheet from last year's.
  const secretariat = await newSecretariat(browser, admin, head.id, stamp);
  await secretariat.getByRole('link', { name: 'Chấm điểm thi đua', exact: true }).click();
  await expect(secretariat.getByRole('heading', { name: 'Chấm điểm thi đua' })).toBeVisible();
  await secretariat.goto(`/scoring?year=${year}`);
  await secretariat.getByRole('link', { name: PARTY_BLOC }).click();
  await secretariat.waitForURL(new RegExp(`/scoring/${blocId}/${year}$`));
  await expect(
    secretariat.getByText(`Khối chưa có bảng tiêu chí chấm điểm năm ${year}`),
  ).toBeVisible();
  await secretariat.getByRole('button', { name: 'Sao chép bảng năm trước' }).click();
  await expect(secretariat.getByText(/Đã nộp 0\/9/)).toBeVisible();

  // The other units score themselves (entered by the admin through the API).
  const base = `/api/v1/blocs/${blocId}/years/${year}`;
  const sheet = await api<Sheet>(admin, 'get', `${base}/score-sheet`);
  const board = await api<{ rows: Array<{ unit: { id: string; code: string } }> }>(
    admin,
    'get',
    `${base}/scores`,
  );
  const byCode = Object.fromEntries(board.rows.map((r) => [r.unit.code, r.unit.id]));
  const others = ['VPTU', 'BNCTU', 'BTCTU', 'BDVTU', 'UBKTTU', 'TCT', 'DUKCQDN', 'BLC'];
  for (const [i, code] of others.entries()) {
    await scoreAndSubmit(admin, base, byCode[code], sheet, i * 0.5);
  }

  // Ban Tuyên giáo scores itself: a point above the maximum is refused, then it submits.
  const donvi = await userPage(browser, 'donvi');
  await donvi.goto(`/scoring/${blocId}/${year}`);
  await donvi.getByRole('link', { name: 'Tự chấm Ban Tuyên giáo Tỉnh ủy' }).click();
  await expect(
    donvi.getByRole('heading', { name: `Bảng điểm Ban Tuyên giáo Tỉnh ủy năm ${year}` }),
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
  await secretariat.goto(`/scoring/${blocId}/${year}`);
  await secretariat.getByRole('link', { name: 'Thẩm định Ban Tuyên giáo Tỉnh ủy' }).click();
  await secretariat.getByLabel('Điểm thẩm định 1.1', { exact: true }).fill('18');
  await secretariat
    .getByLabel('Lý do 1.1', { exact: true })
    .fill('Chưa có minh chứng hội nghị chuyên đề quý IV');
  await secretariat.getByRole('button', { name: 'Lưu điều chỉnh' }).click();
  await expect(secretariat.getByText('Sau thẩm định: 98')).toBeVisible();
  await secretariat.getByRole('button', { name: 'Xác nhận thẩm định' }).click();
  await expect(secretariat.getByText('Đã thẩm định', { exact: true }).first()).toBeVisible();

  // The unit sees the adjustment and its reason.
  await donvi.reload();
  await expect(donvi.getByText('Chưa có minh chứng hội nghị chuyên đề quý IV')).toBeVisible();

  // The other cards are checked (the head's own card by the admin, never by the head).
  for (const code of others) await check(admin, base, byCode[code]);

  // The conference agrees, the secretariat locks, the ranking is final.
  await secretariat.goto(`/scoring/${blocId}/${year}`);
  await secretariat.getByRole('button', { name: 'Hội nghị thống nhất' }).click();
  await expect(secretariat.getByText('Đã ghi nhận hội nghị thống nhất bảng điểm.')).toBeVisible();
  await secretariat.getByRole('button', { name: 'Khóa bảng điểm' }).click();
  await expect(
    secretariat.getByText('Đã khóa bảng điểm; kết quả xếp hạng là chính thức.'),
  ).toBeVisible();
  await secretariat.getByRole('link', { name: 'Xếp hạng' }).click();
  await expect(
    secretariat.getByRole('heading', { name: `Xếp hạng thi đua năm ${year}` }),
  ).toBeVisible();
  const rows = secretariat.getByRole('table', { name: 'Xếp hạng các đơn vị' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('Văn phòng Tỉnh ủy');
  await expect(rows.nth(1)).toContainText('Dẫn đầu khối');
  await expect(rows.filter({ hasText: 'Ban Tuyên giáo Tỉnh ủy' })).toContainText('98');
  await expect(secretariat.getByRole('link', { name: 'Tải PDF' })).toBeVisible();

  // Locked: the unit can no longer change its card.
  await donvi.reload();
  await expect(donvi.getByText('Đã khóa', { exact: true }).first()).toBeVisible();
  await expect(donvi.getByRole('button', { name: 'Nộp bảng tự chấm' })).toHaveCount(0);
  await donvi.context().close();
  await secretariat.context().close();
  await adminContext.close();
});
