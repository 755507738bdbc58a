import { type Locator, expect, test } from '@playwright/test';

import { ADMIN_STATE, userPage } from '../support/accounts';
import { api, uniqueStamp, unitByCode } from '../support/data';

/** Letters only Vietnamese writes (the English page must show none outside data). */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/** A result's own words: without its citation (the catalogue's, data) and quoted names (data). */
async function ownWords(result: Locator): Promise<string> {
  const citation = result.locator('.citation');
  const cited = (await citation.count()) ? await citation.innerText() : '';
  return (await result.innerText()).replace(cited, '').replace(/"[^"]*"/g, '""');
}

test('should show the eligibility explanations and the server errors in English on an English page', async ({
  browser,
}) => {
  // A sign-in (argon2) and a nomination of its own: more than a one-page test.
  test.setTimeout(150_000);
  const page = await userPage(browser, 'donvi');
  const request = page.request;
  const unit = await unitByCode(request, 'BTGTU');
  const types = await api<Array<{ id: string; code: string }>>(
    request,
    'get',
    '/api/v1/award-types',
  );
  const person = await api<{ id: string }>(request, 'post', '/api/v1/people', {
    fullName: `Trần Thị Ánh ${uniqueStamp()}`,
    sex: 'female',
    birthYear: 1985,
    position: 'Chuyên viên',
    unitId: unit.id,
  });
  // The provincial emulation fighter needs three years of CSTĐCS: a new person has none.
  const nomination = await api<{ id: string }>(request, 'post', '/api/v1/nominations', {
    year: 2024,
    awardTypeId: types.find((t) => t.code === 'CSTDT')?.id,
    beneficiaryKind: 'individual',
    beneficiaryId: person.id,
    proposingUnitId: unit.id,
    summary: 'Sáng kiến cấp tỉnh',
  });

  await page.goto(`/en/nominations/${nomination.id}`);
  const results = page.locator('td-eligibility-panel li');
  await expect(results.filter({ hasText: 'No overlapping award in 2024.' })).toHaveCount(1);
  const chain = results.filter({ hasText: 'Needs CSTDCS for 3 consecutive years; has none.' });
  await expect(chain).toContainText('Not met:');
  await expect(results.filter({ hasText: 'Clause 2, Article 5' }).first()).toBeVisible();
  for (const result of await results.all()) {
    expect(await ownWords(result)).not.toMatch(VIETNAMESE);
  }

  // The server refuses to send it on: its reasons, codes too, read in English.
  await page.getByRole('button', { name: 'Send to bloc' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'not eligible' });
  await expect(alert).toContainText(
    'The nomination is not eligible: Needs CSTDCS for 3 consecutive years; has none.',
  );
  expect(await alert.innerText()).not.toMatch(VIETNAMESE);

  // An error of the page itself: a nomination that does not exist.
  await page.goto('/en/nominations/00000000-0000-4000-8000-000000000000');
  await expect(page.getByText('Nomination not found.')).toBeVisible();
  await page.context().close();
});

test('should keep the space after a label’s colon whatever follows it', async ({ browser }) => {
  // The administrator belongs to no unit: the label is followed by a block, not by text.
  const context = await browser.newContext({ storageState: ADMIN_STATE });
  const page = await context.newPage();
  await page.goto('/en/');
  await expect(page.getByText('Unit: Provincial level (no unit)').first()).toBeVisible();
  await page.goto('/');
  await expect(page.getByText('Đơn vị: Cấp tỉnh (không thuộc đơn vị)').first()).toBeVisible();
  await context.close();
});
