import { type Page, expect, test } from '@playwright/test';

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

/** The hall's projector: 1280×720, the smallest it must fill without scrolling. */
const PROJECTOR = { width: 1280, height: 720 };
const SHOTS = process.env['E2E_SCREENSHOTS'] ? 'test-results/screenshots' : null;

/** A screenshot of the screen as it is (only with E2E_SCREENSHOTS=1). */
async function shoot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** Fifteen delegates' names, some long, as a hall's ballot of individuals has them. */
const NAMES = [
  'Nguyễn Thị Thanh Huyền',
  'Trần Văn Bình',
  'Lê Hoàng Phương Thảo',
  'Phạm Quốc Trung',
  'Hoàng Thị Minh Nguyệt',
  'Vũ Đức Thắng',
  'Đặng Thị Kim Oanh',
  'Bùi Xuân Trường',
  'Đỗ Thị Hồng Nhung',
  'Hồ Văn Lâm',
  'Ngô Thị Thu Trang',
  'Dương Công Thành',
  'Lý Thị Ngọc Ánh',
  'Tôn Nữ Thị Bích Phượng',
  'Mai Văn Khánh',
];

/** Whether the element's box lies wholly inside the viewport. */
async function isWithinViewport(page: Page, index: number): Promise<boolean> {
  const box = await page.getByTestId('projector-candidate').nth(index).boundingBox();
  return (
    !!box &&
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= PROJECTOR.width &&
    box.y + box.height <= PROJECTOR.height
  );
}

test('should show fifteen candidates with the turnout and the result on a 1280×720 projector', async ({
  browser,
}) => {
  // Fifteen people, their nominations accepted, a paper ballot counted: about 80 requests.
  test.setTimeout(180_000);
  const context = await browser.newContext({ storageState: ADMIN_STATE, viewport: PROJECTOR });
  const page = await context.newPage();
  const admin = page.request;
  const stamp = uniqueStamp();

  // A scratch year of the party bloc with the 2024 members; a person of each member unit in turn.
  const { id: blocId } = await blocByName(admin, PARTY_BLOC, 2024);
  const year = await scratchYears(admin, blocId, 1);
  const units = await memberIds(admin, blocId, 2024);
  await putMembers(admin, blocId, year, units);
  const types = await api<Array<{ id: string; code: string }>>(admin, 'get', '/api/v1/award-types');
  const gk = types.find((t) => t.code === 'GK')?.id as string;
  const nominationIds: string[] = [];
  for (const [i, fullName] of NAMES.entries()) {
    const unitId = units[i % units.length];
    const person = await api<{ id: string }>(admin, 'post', '/api/v1/people', {
      fullName,
      sex: i % 2 ? 'male' : 'female',
      birthYear: 1975 + i,
      position: 'Chuyên viên',
      unitId,
    });
    let n = await api<{ id: string; version: number }>(admin, 'post', '/api/v1/nominations', {
      year,
      awardTypeId: gk,
      beneficiaryKind: 'individual',
      beneficiaryId: person.id,
      proposingUnitId: unitId,
      summary: `Hoàn thành xuất sắc nhiệm vụ năm ${year} (${stamp})`,
    });
    for (const action of ['submit', 'accept']) {
      n = await api(admin, 'post', `/api/v1/nominations/${n.id}/transitions`, {
        action,
        version: n.version,
        overrideBlockers: true,
        reason: 'Dữ liệu kiểm thử máy chiếu',
      });
    }
    nominationIds.push(n.id);
  }

  // A paper ballot of the fifteen, counted: choose at most three.
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
  let ballot = await api<{ id: string; version: number }>(admin, 'post', '/api/v1/ballots', {
    meetingId: meeting.id,
    title: `Bình xét Giấy khen cá nhân năm ${year} (${stamp})`,
    awardTypeId: gk,
    nominationIds,
    method: 'chooseK',
    mode: 'paper',
    maxWinners: 3,
  });
  ballot = await api(admin, 'post', `/api/v1/ballots/${ballot.id}/open`, {
    version: ballot.version,
  });
  // Nine papers of at most three marks each: 27 marks at most.
  const marks = [8, 7, 6, 2, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
  const votes = Object.fromEntries(nominationIds.map((id, i) => [id, marks[i]]));
  ballot = await api(admin, 'put', `/api/v1/ballots/${ballot.id}/paper-counts`, {
    version: ballot.version,
    issued: 9,
    returned: 9,
    valid: 9,
    invalid: 0,
    votes,
  });
  await api(admin, 'post', `/api/v1/ballots/${ballot.id}/close`, { version: ballot.version });

  await page.goto(`/ballots/${ballot.id}/projector`);
  await expect(page.getByRole('heading', { name: /Kết quả bỏ phiếu/ })).toBeVisible();
  const candidates = page.getByTestId('projector-candidate');
  await expect(candidates).toHaveCount(15);
  await shoot(page, 'projector-15-1280');
  // Every name, the turnout and the result inside the screen: nothing clipped, nothing to scroll.
  for (const [i, name] of NAMES.entries()) {
    await expect(candidates.filter({ hasText: name })).toHaveCount(1);
    expect(await isWithinViewport(page, i), `candidate ${i + 1} within 1280×720`).toBe(true);
  }
  await expect(page.getByText(/Đã bỏ phiếu \d+\/\d+/).first()).toBeInViewport({ ratio: 1 });
  await expect(page.getByText('Trúng cử').first()).toBeInViewport({ ratio: 1 });
  const scroll = await page.evaluate(() => ({
    x: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    y: document.documentElement.scrollHeight - document.documentElement.clientHeight,
  }));
  expect(scroll).toEqual({ x: 0, y: 0 });
  // Legible from the hall: names at least 15 px high.
  const fontSize = await candidates
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(15);

  // The same page on a 1366×800 screen.
  await page.setViewportSize({ width: 1366, height: 800 });
  await expect(candidates.last()).toBeInViewport({ ratio: 1 });
  await shoot(page, 'projector-15-1366');
  await context.close();
});
