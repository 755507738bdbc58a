import { type APIRequestContext, expect, test } from '@playwright/test';

import { signIn } from '../support/accounts';

async function json<T>(
  request: APIRequestContext,
  method: 'get' | 'post' | 'put',
  url: string,
  data?: unknown,
): Promise<T> {
  const res = await request[method](url, data === undefined ? undefined : { data });
  expect(res.ok(), `${method.toUpperCase()} ${url}: ${res.status()} ${await res.text()}`).toBe(
    true,
  );
  return (await res.json()) as T;
}

test('should open a ballot, take three votes on phones, show the turnout on the projector, close it and print the minutes', async ({
  browser,
}) => {
  // Data the conference needs: three accepted nominations of the Lào Cai party bloc in 2024.
  const admin = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const adminPage = await admin.newPage();
  await signIn(adminPage, 'admin');
  const api = adminPage.request;
  const blocs = await json<{ items: Array<{ id: string; name: string }> }>(
    api,
    'get',
    '/api/v1/blocs?year=2024&q=cac%20co%20quan%20tinh%20uy',
  );
  const bloc = blocs.items[0];
  const types = await json<Array<{ id: string; code: string }>>(api, 'get', '/api/v1/award-types');
  const gk = types.find((t) => t.code === 'GK')?.id as string;
  const units = await json<{ items: Array<{ id: string; name: string }> }>(
    api,
    'get',
    `/api/v1/units?blocId=${bloc.id}&year=2024&pageSize=50`,
  );
  const candidates = units.items.filter((u) =>
    ['Ban Dân vận Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy', 'Trường Chính trị tỉnh'].includes(u.name),
  );
  const nominationIds: string[] = [];
  for (const unit of candidates) {
    let n = await json<{ id: string; version: number }>(api, 'post', '/api/v1/nominations', {
      year: 2024,
      awardTypeId: gk,
      beneficiaryKind: 'collective',
      beneficiaryId: unit.id,
      proposingUnitId: unit.id,
      summary: 'Hoàn thành xuất sắc nhiệm vụ năm 2024',
    });
    for (const action of ['submit', 'accept']) {
      n = await json(api, 'post', `/api/v1/nominations/${n.id}/transitions`, {
        action,
        version: n.version,
      });
    }
    nominationIds.push(n.id);
  }

  // The secretariat (Báo Lào Cai heads the bloc in 2024) prepares the conference.
  const secretariat = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await secretariat.newPage();
  await signIn(page, 'thuky');
  const meeting = await json<{ id: string }>(page.request, 'post', '/api/v1/meetings', {
    blocId: bloc.id,
    year: 2024,
    title: 'Hội nghị tổng kết năm 2024',
    meetingDate: '2024-12-20',
    place: 'Hội trường Báo Lào Cai',
    chair: 'Lưu Thị Nụ',
    secretary: 'Nguyễn Thu Hà',
    countingCommittee: ['Phạm Quang Cường', 'Đỗ Thị Hạnh'],
  });
  const ballot = await json<{ id: string }>(page.request, 'post', '/api/v1/ballots', {
    meetingId: meeting.id,
    title: 'Bình xét Giấy khen năm 2024',
    awardTypeId: gk,
    nominationIds,
    method: 'chooseK',
    mode: 'secret',
    maxWinners: 2,
  });
  const codes = await json<Array<{ code: string }>>(
    page.request,
    'post',
    `/api/v1/meetings/${meeting.id}/voter-codes`,
  );

  await page.goto(`/ballots/${ballot.id}`);
  await page.getByRole('button', { name: 'Mở bỏ phiếu' }).click();
  await page.locator('mat-dialog-container').getByRole('button', { name: 'Mở' }).click();
  await expect(page.getByText(/Đã bỏ phiếu 0\/9/)).toBeVisible();

  const projector = await secretariat.newPage();
  await projector.goto(`/ballots/${ballot.id}/projector`);
  await expect(projector.getByText(/Đã bỏ phiếu 0\/9/)).toBeVisible();

  // Three delegates vote with their codes on phone-sized screens; the second types it in lower
  // case with a dash, as people copy a printed slip.
  for (const [i, { code }] of codes.slice(0, 3).entries()) {
    const phone = await browser.newContext({
      storageState: { cookies: [], origins: [] },
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const vote = await phone.newPage();
    const typed = i === 1 ? `${code.slice(0, 4)}-${code.slice(4)}`.toLowerCase() : code;
    await vote.goto(`/vote/${typed}?ballot=${ballot.id}`);
    await vote.getByRole('checkbox', { name: candidates[i % 3].name }).check();
    await vote.getByRole('button', { name: 'Gửi phiếu' }).click();
    await vote.getByRole('button', { name: 'Xác nhận gửi' }).click();
    await expect(vote.getByText('Mã biên nhận').first()).toBeVisible();
    await phone.close();
  }
  await expect(projector.getByText(/Đã bỏ phiếu 3\/9/)).toBeVisible();
  // A code that cannot be one is told so at once.
  const wrong = await browser.newContext({
    storageState: { cookies: [], origins: [] },
    viewport: { width: 390, height: 844 },
  });
  const wrongPage = await wrong.newPage();
  await wrongPage.goto('/vote/SAI!');
  await expect(wrongPage.getByText('Mã bỏ phiếu không đúng.')).toBeVisible();
  await wrong.close();

  await page.getByRole('button', { name: 'Kết thúc bỏ phiếu' }).click();
  await page.locator('mat-dialog-container').getByRole('button', { name: 'Kết thúc' }).click();
  await expect(page.getByRole('button', { name: 'Tải biên bản kiểm phiếu (PDF)' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải biên bản kiểm phiếu (PDF)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  await admin.close();
  await secretariat.close();
});
