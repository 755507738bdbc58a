import { expect, test } from '@playwright/test';

import { ADMIN_STATE, userPage } from '../support/accounts';
import { api } from '../support/data';

interface Request {
  id: string;
  title: string;
  nominees: Array<{ nominationId: string; name: string }>;
}

const DEMO_ROUND = 'Xác nhận danh sách đề nghị tặng Cờ thi đua năm 2023';

/**
 * The `mobile` project (390×844, touch): the inspectorate's clearance office (`xacnhan`) signs in
 * to its own list, answers a nominee of the demo round with an objection, and sees nothing it was
 * not sent.
 */
test('should let a clearance office answer its nominees on a phone and see only what it was sent', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // A concurrence request asked of another office only: the inspectorate must not see it.
  const admin = await browser.newContext({ storageState: ADMIN_STATE });
  const rounds = await api<Request[]>(admin.request, 'get', '/api/v1/clearance-rounds');
  const demo = rounds.find((r) => r.title === DEMO_ROUND) as Request;
  const round = await api<Request>(admin.request, 'get', `/api/v1/clearance-rounds/${demo.id}`);
  const units = await api<{ items: Array<{ id: string }> }>(
    admin.request,
    'get',
    '/api/v1/units?q=UBKTTU',
  );
  const other = await api<Request>(admin.request, 'post', '/api/v1/concurrence-requests', {
    title: `Hiệp y thử ${Date.now()}`,
    year: 2023,
    nominationIds: [round.nominees[0].nominationId],
    officeIds: [units.items[0].id],
    dueDate: `${new Date().getFullYear() + 1}-12-10`,
  });
  await admin.close();

  const page = await userPage(browser, 'xacnhan');
  // Its home is its list; the board's menus are not there.
  await expect(page).toHaveURL(/\/clearance-rounds$/);
  await expect(page.getByRole('heading', { name: 'Xác nhận trước khen thưởng' })).toBeVisible();
  await page.getByRole('link', { name: DEMO_ROUND }).click();

  const [first] = round.nominees;
  const card = page.locator('mat-card').filter({ hasText: first.name });
  await expect(card.getByText('Quá hạn chưa trả lời').first()).toBeVisible();
  await card.getByRole('radio', { name: 'Có ý kiến phản đối' }).click();
  // The field has just appeared: its floating label still lies over the select.
  await card.getByRole('combobox', { name: 'Nội dung đang xem xét' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'Đang thanh tra, kiểm tra' }).click();
  await card.getByLabel('Lý do, ý kiến').fill('Đang thanh tra theo kế hoạch năm');
  const send = card.getByRole('button', { name: 'Gửi trả lời' });
  await send.scrollIntoViewIfNeeded();
  await expect(send).toBeInViewport();
  await send.click();
  await expect(page.getByText('Đã ghi nhận.')).toBeVisible();
  await expect(card.locator('.chip')).toHaveText('Có ý kiến phản đối');
  // Nothing slides sideways on the phone.
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);

  // What it was not sent: 404 from the API, and the page says so.
  const hidden = await page.request.get(`/api/v1/concurrence-requests/${other.id}`);
  expect(hidden.status()).toBe(404);
  await page.goto(`/concurrence-requests/${other.id}`);
  await expect(page.getByText('Không mở được đợt này')).toBeVisible();
  expect((await page.request.get('/api/v1/nominations')).status()).toBe(403);
  await page.close();
});
