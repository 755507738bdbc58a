import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type Browser, type BrowserContext, type Page, expect, test } from '@playwright/test';

import { ADMIN_STATE } from '../support/accounts';
import {
  PARTY_BLOC,
  api,
  blocByName,
  memberIds,
  putMembers,
  scratchYears,
  uniqueStamp,
} from '../support/data';
import { markAllPresent } from '../support/meetings';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 800 };
/** E2E_SCREENSHOTS=1 keeps pictures of each screen at phone and desktop size, to look at. */
const SHOTS = process.env['E2E_SCREENSHOTS'] ? 'test-results/screenshots' : null;

/** A screenshot of the page at 390×844 and at 1366×800 (only with E2E_SCREENSHOTS). */
async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  const size = page.viewportSize();
  for (const [label, viewport] of [
    ['390', PHONE],
    ['1366', DESKTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(300);
    // Nothing may scroll sideways on a phone.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name} scrolls sideways at ${label} px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/${name}-${label}.png`, fullPage: true });
  }
  if (size) await page.setViewportSize(size);
}

async function phone(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    storageState: { cookies: [], origins: [] },
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
  });
}

test('should run a sealed secret ballot: shares, encrypted votes with trackers, the committee’s count, the result and its fingerprint', async ({
  browser,
}) => {
  // Heavy for a loaded two-core machine: the ballot page, its projector and two phones, proofs
  // made on the phones and checked on the server, the count, and the record checked twice in the
  // browser (about 2 minutes there); the screenshots at two sizes add about a minute.
  test.setTimeout(SHOTS ? 300_000 : 200_000);

  // Data of its own: the party bloc in a scratch year with the 2024 members, three new accepted
  // nominations there and a meeting. The admin runs it (the demo's secretariat serves 2023 and
  // 2024 only, which other tests rely on).
  const stamp = uniqueStamp();
  const secretariat = await browser.newContext({ storageState: ADMIN_STATE, viewport: DESKTOP });
  const page = await secretariat.newPage();
  const admin = page.request;
  const { id: blocId } = await blocByName(admin, PARTY_BLOC, 2024);
  const year = await scratchYears(admin, blocId, 1);
  await putMembers(admin, blocId, year, await memberIds(admin, blocId, 2024));
  const types = await api<Array<{ id: string; code: string }>>(admin, 'get', '/api/v1/award-types');
  const gk = types.find((t) => t.code === 'GK')?.id as string;
  const units = await api<{ items: Array<{ id: string; name: string }> }>(
    admin,
    'get',
    `/api/v1/units?blocId=${blocId}&year=${year}&pageSize=50`,
  );
  const candidates = units.items.filter((u) =>
    ['Ban Dân vận Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy', 'Trường Chính trị tỉnh'].includes(u.name),
  );
  expect(candidates).toHaveLength(3);
  const nominationIds: string[] = [];
  for (const unit of candidates) {
    let n = await api<{ id: string; version: number }>(admin, 'post', '/api/v1/nominations', {
      year,
      awardTypeId: gk,
      beneficiaryKind: 'collective',
      beneficiaryId: unit.id,
      proposingUnitId: unit.id,
      summary: `Hoàn thành xuất sắc nhiệm vụ năm ${year}`,
    });
    for (const action of ['submit', 'accept']) {
      // A scratch year has no scores: the admin overrides what that blocks.
      n = await api(admin, 'post', `/api/v1/nominations/${n.id}/transitions`, {
        action,
        version: n.version,
        overrideBlockers: true,
        reason: 'Dữ liệu kiểm thử bỏ phiếu kín',
      });
    }
    nominationIds.push(n.id);
  }

  // The conference: a counting committee of three, two of whose shares open the count.
  const meeting = await api<{ id: string; committeeThreshold: number }>(
    admin,
    'post',
    '/api/v1/meetings',
    {
      blocId,
      year,
      title: `Hội nghị tổng kết năm ${year} (${stamp})`,
      meetingDate: `${year}-12-20`,
      place: 'Hội trường Tỉnh ủy',
      chair: 'Lưu Thị Nụ',
      secretary: 'Nguyễn Thu Hà',
      countingCommittee: ['Phạm Quang Cường', 'Đỗ Thị Hạnh', 'Vũ Minh Tâm'],
      committeeThreshold: 2,
    },
  );
  await markAllPresent(admin, meeting.id);
  expect(meeting.committeeThreshold).toBe(2);
  const ballot = await api<{ id: string }>(admin, 'post', '/api/v1/ballots', {
    meetingId: meeting.id,
    title: `Bình xét Giấy khen năm ${year} (${stamp})`,
    awardTypeId: gk,
    nominationIds,
    method: 'chooseK',
    mode: 'secret',
    maxWinners: 2,
  });
  const codes = await api<Array<{ code: string }>>(
    admin,
    'post',
    `/api/v1/meetings/${meeting.id}/voter-codes`,
  );
  expect(codes.length).toBeGreaterThanOrEqual(2);

  // Opening: the committee's three shares are shown once, to print.
  await page.goto(`/ballots/${ballot.id}`);
  await page.getByRole('button', { name: 'Mở bỏ phiếu' }).click();
  await page.locator('mat-dialog-container').getByRole('button', { name: 'Mở' }).click();
  const shareCards = page.getByTestId('committee-share');
  await expect(shareCards).toHaveCount(3);
  const shares = (await shareCards.allTextContents()).map((s) => s.trim());
  await expect(page.getByText('Phạm Quang Cường').first()).toBeVisible();
  await expect(page.getByText(/Cần 2 trong 3 mảnh để kiểm phiếu/)).toBeVisible();
  await shoot(page, 'share-sheet');
  // Hiding them asks first.
  await page.getByRole('button', { name: 'Ẩn mảnh khóa' }).click();
  const kept = page.locator('mat-dialog-container');
  await expect(kept.getByText('Đã in/ghi lại các mảnh khóa?')).toBeVisible();
  await kept.getByRole('button', { name: 'Chưa, quay lại' }).click();
  await expect(shareCards).toHaveCount(3);
  await page.getByRole('button', { name: 'Ẩn mảnh khóa' }).click();
  await kept.getByRole('button', { name: 'Đã in/ghi lại' }).click();
  await expect(shareCards).toHaveCount(0);
  await expect(page.getByText(/Đã bỏ phiếu 0\//)).toBeVisible();

  const projector = await secretariat.newPage();
  await projector.goto(`/ballots/${ballot.id}/projector`);
  await expect(projector.getByText(/Đã bỏ phiếu 0\//)).toBeVisible();

  // A delegate types the code on a phone, as people copy a printed slip (lower case, a dash).
  const first = await phone(browser);
  const vote = await first.newPage();
  await vote.goto('/vote');
  const codeBox = vote.getByLabel('Mã bỏ phiếu');
  await expect(codeBox).toBeFocused();
  await expect(codeBox).toHaveAttribute('autocomplete', 'one-time-code');
  await shoot(vote, 'vote-code-box');
  // A wrong code: the box again, with the code to correct.
  await codeBox.fill('SAI12345');
  await vote.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(vote.getByText('Mã bỏ phiếu không đúng.')).toBeVisible();
  await expect(codeBox).toHaveValue('SAI12345');
  const typed = `${codes[0].code.slice(0, 4)}-${codes[0].code.slice(4)}`.toLowerCase();
  await codeBox.fill(typed);
  await vote.getByRole('button', { name: 'Tiếp tục' }).click();
  await vote.getByRole('checkbox', { name: candidates[0].name }).check();
  await vote.getByRole('checkbox', { name: candidates[1].name }).check();
  await shoot(vote, 'vote-choosing');
  await vote.getByRole('button', { name: 'Gửi phiếu' }).click();
  await vote.getByRole('button', { name: 'Xác nhận gửi' }).click();
  await expect(vote.getByText('Đã gửi phiếu')).toBeVisible({ timeout: 30_000 });
  const tracker = (await vote.getByTestId('tracker-full').textContent())?.trim() ?? '';
  expect(tracker).toMatch(/^[0-9a-f]{64}$/);
  await expect(vote.getByTestId('tracker')).toHaveText(
    `${tracker.slice(0, 4)} ${tracker.slice(4, 8)} ${tracker.slice(8, 12)} ${tracker.slice(12, 16)}`,
  );
  await expect(vote.getByText('Phiếu của ghế này đã được bỏ bằng mã bỏ phiếu.')).toBeVisible();
  await shoot(vote, 'vote-receipt');

  // Reopening the slip's link on the same phone: "you have voted", with the tracker kept here.
  const again = await first.newPage();
  await again.goto(`/vote#code=${codes[0].code}`);
  await expect(again).toHaveURL(/\/vote$/);
  await expect(again.getByText('Bạn đã bỏ phiếu')).toBeVisible();
  await expect(again.getByTestId('tracker-full')).toHaveText(tracker);
  await expect(again.getByText('Phiếu của ghế này đã được bỏ bằng mã bỏ phiếu.')).toBeVisible();

  // A second delegate scans the slip's QR code: the code arrives in the fragment and leaves it.
  const second = await phone(browser);
  const scan = await second.newPage();
  await scan.goto(`/vote#code=${codes[1].code}`);
  await expect(scan).toHaveURL(/\/vote$/);
  await scan.getByRole('checkbox', { name: candidates[0].name }).check();
  await scan.getByRole('button', { name: 'Gửi phiếu' }).click();
  await scan.getByRole('button', { name: 'Xác nhận gửi' }).click();
  await expect(scan.getByText('Đã gửi phiếu')).toBeVisible({ timeout: 30_000 });
  await second.close();

  await expect(projector.getByText(/Đã bỏ phiếu 2\//)).toBeVisible();
  await expect(page.getByText(/Đã bỏ phiếu 2\//)).toBeVisible();

  // The close: the ballot waits for the committee, on the page and on the projector.
  await page.getByRole('button', { name: 'Kết thúc bỏ phiếu' }).click();
  await page.locator('mat-dialog-container').getByRole('button', { name: 'Kết thúc' }).click();
  await expect(page.getByRole('heading', { name: 'Kiểm phiếu', exact: true })).toBeVisible();
  await expect(projector.getByText('Đang chờ Ban kiểm phiếu')).toBeVisible();
  await expect(page.getByLabel('Mảnh khóa của thành viên 3')).toBeVisible();
  await shoot(page, 'tally-form');

  // Two members of three enter their shares; one mistyped first is told so on its own field.
  const wrongShare = shares[0].slice(0, -1) + (shares[0].endsWith('A') ? 'B' : 'A');
  await page.getByLabel('Mảnh khóa của thành viên 1').fill(wrongShare);
  await page.getByLabel('Mảnh khóa của thành viên 3').fill(shares[2]);
  await page.getByRole('button', { name: 'Kiểm phiếu', exact: true }).click();
  const firstField = page.locator('mat-form-field').filter({
    has: page.getByLabel('Mảnh khóa của thành viên 1'),
  });
  await expect(firstField.locator('mat-error')).toContainText('Mảnh khóa gõ sai');
  await expect(
    page.locator('mat-form-field').filter({ has: page.getByLabel('Mảnh khóa của thành viên 3') }),
  ).not.toContainText('Mảnh khóa gõ sai');
  await page.getByLabel('Mảnh khóa của thành viên 1').fill(shares[0]);
  await page.getByRole('button', { name: 'Kiểm phiếu', exact: true }).click();

  // The result, with the public record's fingerprint.
  await expect(page.getByRole('heading', { name: 'Kết quả bỏ phiếu' })).toBeVisible({
    timeout: 30_000,
  });
  const fingerprint = await page.getByTestId('fingerprint').getAttribute('data-fingerprint');
  expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
  await expect(projector.getByRole('heading', { name: /Kết quả bỏ phiếu/ })).toBeVisible({
    timeout: 30_000,
  });
  await expect(projector.getByText(candidates[0].name)).toBeVisible();
  await expect(projector.getByTestId('fingerprint')).toHaveAttribute(
    'data-fingerprint',
    fingerprint as string,
  );

  // The fingerprint is the SHA-256 of the public record as downloaded …
  const board = await page.request.get(`/api/v1/ballots/${ballot.id}/board`);
  expect(board.ok()).toBe(true);
  const boardBytes = await board.body();
  expect(createHash('sha256').update(boardBytes).digest('hex')).toBe(fingerprint);
  const record = JSON.parse(boardBytes.toString('utf8')) as {
    ballot: { candidates: Array<{ nominationId: string }> };
    votes: Array<{ tracker: string }>;
    result: { counts: number[] };
  };
  expect(record.votes.map((v) => v.tracker)).toContain(tracker);
  const counted = Object.fromEntries(
    record.ballot.candidates.map((c, i) => [c.nominationId, record.result.counts[i]]),
  );
  expect(counted).toEqual({ [nominationIds[0]]: 2, [nominationIds[1]]: 1, [nominationIds[2]]: 0 });
  // … and is printed in the minutes.
  const minutes = await page.request.get(`/api/v1/ballots/${ballot.id}/minutes?format=pdf`);
  expect(minutes.ok()).toBe(true);
  const dir = mkdtempSync(join(tmpdir(), 'ballot-minutes-'));
  writeFileSync(join(dir, 'minutes.pdf'), await minutes.body());
  const text = execFileSync('pdftotext', [join(dir, 'minutes.pdf'), '-'], { encoding: 'utf8' });
  expect(text.replace(/\s+/g, '')).toContain(fingerprint);

  // The committee's page checks the record in the browser.
  await page.getByRole('link', { name: 'Kiểm chứng' }).click();
  await expect(page).toHaveURL(new RegExp(`/ballots/${ballot.id}/verify$`));
  await page.getByRole('button', { name: 'Kiểm chứng hồ sơ của phiếu bầu này' }).click();
  await expect(page.getByTestId('verify-result').getByText('Hợp lệ', { exact: true })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByText('Trùng với dấu vân tay đã công bố.')).toBeVisible();
  await shoot(page, 'verify');

  // The delegate's phone sees the count and finds the vote in the box.
  await expect(again.getByTestId('fingerprint')).toHaveAttribute(
    'data-fingerprint',
    fingerprint as string,
    { timeout: 30_000 },
  );
  await expect(again.getByText(/Phiếu của bạn có trong hòm phiếu/)).toBeVisible();
  await again.getByRole('link', { name: 'Kiểm chứng' }).click();
  await expect(again).toHaveURL(new RegExp(`/vote/verify/${ballot.id}$`));
  await again.getByRole('button', { name: 'Kiểm chứng hồ sơ của phiếu bầu này' }).click();
  await expect(again.getByTestId('verify-result').getByText('Hợp lệ', { exact: true })).toBeVisible(
    { timeout: 60_000 },
  );
  await expect(again.getByText('Phiếu của bạn có trong hòm phiếu.')).toBeVisible();
  await shoot(again, 'verify-code-voter');

  await first.close();
  await secretariat.close();
});

test('should take a delegate who reopens the link after voting to the next open ballot of the meeting', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  // Two open ballots (open electronic vote) of one meeting, two candidates each.
  const stamp = uniqueStamp();
  const secretariat = await browser.newContext({ storageState: ADMIN_STATE, viewport: DESKTOP });
  const admin = (await secretariat.newPage()).request;
  const { id: blocId } = await blocByName(admin, PARTY_BLOC, 2024);
  const year = await scratchYears(admin, blocId, 1);
  const members = await memberIds(admin, blocId, 2024);
  await putMembers(admin, blocId, year, members);
  const types = await api<Array<{ id: string; code: string }>>(admin, 'get', '/api/v1/award-types');
  const gk = types.find((t) => t.code === 'GK')?.id as string;
  const nominationIds: string[] = [];
  for (const unitId of members.slice(0, 4)) {
    let n = await api<{ id: string; version: number }>(admin, 'post', '/api/v1/nominations', {
      year,
      awardTypeId: gk,
      beneficiaryKind: 'collective',
      beneficiaryId: unitId,
      proposingUnitId: unitId,
      summary: `Hoàn thành xuất sắc nhiệm vụ năm ${year}`,
    });
    for (const action of ['submit', 'accept']) {
      n = await api(admin, 'post', `/api/v1/nominations/${n.id}/transitions`, {
        action,
        version: n.version,
        overrideBlockers: true,
        reason: 'Dữ liệu kiểm thử phiếu bầu tiếp theo',
      });
    }
    nominationIds.push(n.id);
  }
  const meeting = await api<{ id: string }>(admin, 'post', '/api/v1/meetings', {
    blocId,
    year,
    title: `Hội nghị tổng kết năm ${year} (${stamp})`,
    meetingDate: `${year}-12-20`,
    place: 'Hội trường Tỉnh ủy',
    chair: 'Lưu Thị Nụ',
    secretary: 'Nguyễn Thu Hà',
    countingCommittee: ['Phạm Quang Cường', 'Đỗ Thị Hạnh', 'Vũ Minh Tâm'],
  });
  await markAllPresent(admin, meeting.id);
  const titles = [`Suy tôn thứ nhất (${stamp})`, `Suy tôn thứ hai (${stamp})`];
  for (const [i, title] of titles.entries()) {
    const ballot = await api<{ id: string; version: number }>(admin, 'post', '/api/v1/ballots', {
      meetingId: meeting.id,
      title,
      awardTypeId: gk,
      nominationIds: nominationIds.slice(2 * i, 2 * i + 2),
      method: 'chooseK',
      mode: 'open',
      maxWinners: 1,
    });
    await api(admin, 'post', `/api/v1/ballots/${ballot.id}/open`, { version: ballot.version });
  }
  const [{ code }] = await api<Array<{ code: string }>>(
    admin,
    'post',
    `/api/v1/meetings/${meeting.id}/voter-codes`,
  );

  // The code typed by hand with spaces and in lower case, then the first ballot voted.
  const delegate = await phone(browser);
  const vote = await delegate.newPage();
  await vote.goto('/vote');
  await vote.getByLabel('Mã bỏ phiếu').fill(` ${code.slice(0, 3)} ${code.slice(3)} `.toLowerCase());
  await vote.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(vote.getByRole('heading', { name: titles[0] })).toBeVisible();
  await vote.getByRole('checkbox').first().check();
  await vote.getByRole('button', { name: 'Gửi phiếu' }).click();
  await vote.getByRole('button', { name: 'Xác nhận gửi' }).click();
  await expect(vote.getByText('Đã gửi phiếu')).toBeVisible({ timeout: 30_000 });

  // The slip's link reopened: "you have voted" in the first, and the second open to vote in.
  const again = await delegate.newPage();
  await again.goto(`/vote#code=${code}`);
  await expect(again).toHaveURL(/\/vote$/);
  await expect(again.getByRole('heading', { name: titles[1] })).toBeVisible();
  await expect(again.getByText(`Bạn đã bỏ phiếu: ${titles[0]}`)).toBeVisible();
  await expect(again.getByRole('checkbox')).toHaveCount(2);
  await expect(again.getByRole('button', { name: 'Gửi phiếu' })).toBeEnabled();
  await shoot(again, 'vote-next-ballot');
  await delegate.close();
  await secretariat.close();
});

test('should say what to do when the chosen year has no bloc to call a meeting of', async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: ADMIN_STATE, viewport: DESKTOP });
  const page = await context.newPage();
  await page.goto('/meetings');
  await page.getByRole('button', { name: 'Tạo hội nghị' }).click();
  const dialog = page.locator('mat-dialog-container');
  // 2027: no bloc has members (the tests' scratch years are 2030 and later).
  await dialog.getByRole('combobox', { name: 'Năm' }).click();
  await page.getByRole('option', { name: '2027' }).click();
  const hint = dialog.getByTestId('no-blocs-hint');
  await expect(hint).toContainText('Năm 2027 chưa có khối nào bạn được tổ chức hội nghị');
  await hint.getByRole('link', { name: 'Mở trang Khối, cụm thi đua năm 2027' }).click();
  await expect(page).toHaveURL(/\/blocs\?year=2027$/);
  await expect(dialog).toHaveCount(0);
  await context.close();
});
