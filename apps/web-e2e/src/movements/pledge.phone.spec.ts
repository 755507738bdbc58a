import { expect, test } from '@playwright/test';

import { ADMIN_STATE, stateOf } from '../support/accounts';
import {
  PARTY_BLOC,
  api,
  blocByName,
  memberIds,
  putMembers,
  scratchYears,
  today,
} from '../support/data';

/**
 * The `mobile` project (390×844, touch): a unit user signs the bloc's pledge on a phone. The
 * members' table is a list of cards, the sign button in view, and nothing slides sideways.
 */
test('should sign the pledge on a phone without scrolling sideways', async ({ browser }) => {
  // Two contexts, the pledge drawn up through the API, one signature: twice a one-page test.
  test.setTimeout(180_000);
  const admin = await browser.newContext({ storageState: ADMIN_STATE });
  const bloc = await blocByName(admin.request, PARTY_BLOC, 2024);
  const year = await scratchYears(admin.request, bloc.id, 1);
  const members = await memberIds(admin.request, bloc.id, 2024);
  await putMembers(admin.request, bloc.id, year, members);
  await api(admin.request, 'put', `/api/v1/blocs/${bloc.id}/years/${year}/pledge`, {
    title: `Bản giao ước thi đua năm ${year}`,
    place: 'Lào Cai',
    commitments: ['Đoàn kết, thống nhất, phối hợp chặt chẽ giữa các cơ quan thành viên.'],
  });
  await admin.close();

  const phone = await browser.newContext({ storageState: stateOf('donvi') });
  const page = await phone.newPage();
  await page.goto(`/blocs/${bloc.id}/pledge/${year}`);
  await expect(page.getByText(`Đã ký 0/${members.length}`)).toBeVisible();

  const sign = page.getByRole('button', { name: 'Ký giao ước' });
  await sign.scrollIntoViewIfNeeded();
  await expect(sign).toBeInViewport();
  const box = await sign.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 390, 'the sign button lies on screen').toBe(
    true,
  );
  const overflow = await page.evaluate(() =>
    Math.max(
      document.documentElement.scrollWidth - window.innerWidth,
      ...[...document.querySelectorAll('mat-sidenav-content')].map(
        (el) => el.scrollWidth - el.clientWidth,
      ),
    ),
  );
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);

  await sign.tap();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Họ tên người ký')).toBeFocused();
  await dialog.getByLabel('Họ tên người ký').fill('Trần Văn Đức');
  await dialog.getByLabel('Chức vụ').fill('Phó Trưởng ban');
  await dialog.getByLabel('Ngày ký').fill(today());
  const confirm = dialog.getByRole('button', { name: 'Ký', exact: true });
  await expect(confirm).toBeInViewport();
  await confirm.tap();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Đã ký 1/${members.length}`)).toBeVisible();
  await phone.close();
});
