import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, type Browser, type Page, expect, test } from '@playwright/test';

import { ADMIN_STATE, type RoleAccount, stateOf } from '../support/accounts';
import { PARTY_BLOC, api, blocByName, unitByCode } from '../support/data';

/**
 * Every page of the app, as the role that uses it, at the project's size (the `chromium`
 * project's desktop, the `mobile` project's 390×844 phone): nothing scrolls sideways, nothing is
 * logged as an error, and axe finds no serious or critical violation (WCAG 2.1 A/AA: names,
 * labels, contrast, focus order). One test per role: each signs in once (the setup's storage
 * state) and reports every page's problems together.
 */

/** The demo records the pages show, found through the API. */
interface Records {
  blocId: string;
  unitId: string;
  movementId: string;
  nominationId: string;
  awardListId: string;
  meetingId: string;
  ballotId: string;
  personId: string;
}

type Listed = Array<{ id: string }> | { items: Array<{ id: string }> };

async function firstId(request: APIRequestContext, url: string): Promise<string> {
  const answer = await api<Listed>(request, 'get', url);
  const items = Array.isArray(answer) ? answer : answer.items;
  expect(items.length, `${url} lists something`).toBeGreaterThan(0);
  return items[0].id;
}

async function findRecords(browser: Browser): Promise<Records> {
  const context = await browser.newContext({ storageState: ADMIN_STATE });
  const { request } = context;
  const meetingId = await firstId(request, '/api/v1/meetings');
  const records: Records = {
    blocId: (await blocByName(request, PARTY_BLOC, 2024)).id,
    unitId: (await unitByCode(request, 'BTGTU')).id,
    movementId: await firstId(request, '/api/v1/movements'),
    nominationId: await firstId(request, '/api/v1/nominations'),
    awardListId: await firstId(request, '/api/v1/award-lists'),
    meetingId,
    ballotId: await firstId(request, `/api/v1/ballots?meetingId=${meetingId}`),
    personId: await firstId(request, '/api/v1/people'),
  };
  await context.close();
  return records;
}

/**
 * The pages each role opens (signed-out pages under `null`); `:blocId`, `:unitId` and the like
 * stand for the demo records found at run time.
 */
const PAGES: Array<[RoleAccount | null, string[]]> = [
  [null, ['/login', '/vote', '/vote/verify/:ballotId']],
  [
    'admin',
    [
      '/',
      '/account/password',
      '/account/mail',
      '/movements',
      '/movements/new',
      '/movements/:movementId',
      '/movements/:movementId/edit',
      '/blocs/:blocId/pledge/2024',
      '/units',
      '/units/import',
      '/units/:unitId',
      '/blocs',
      '/blocs/:blocId?year=2024',
      '/scoring',
      '/scoring/:blocId/2023',
      '/scoring/:blocId/2023/sheet',
      '/scoring/:blocId/2023/units/:unitId',
      '/scoring/:blocId/2023/ranking',
      '/nominations',
      '/nominations/new',
      '/nominations/:nominationId',
      '/nominations/:nominationId/edit',
      '/award-history',
      '/award-history/import',
      '/people/:personId',
      '/awards/lists',
      '/awards/lists/new',
      '/awards/lists/:awardListId',
      '/awards/lists/:awardListId/print',
      '/meetings',
      '/meetings/:meetingId',
      '/ballots/:ballotId',
      '/ballots/:ballotId/projector',
      '/ballots/:ballotId/verify',
      '/dashboard',
      '/reports',
      '/reports/units/:unitId',
      '/reports/people/:personId',
      '/admin/users',
      '/admin/audit-log',
      '/admin/unit-kinds',
      '/admin/outgoing-numbers',
      '/admin/award-types',
      '/admin/certificate-layouts',
      '/forbidden',
      '/khong-co-trang-nay',
    ],
  ],
  [
    'thuky',
    [
      '/',
      '/blocs/:blocId/pledge/2024',
      '/blocs/:blocId?year=2024',
      '/scoring/:blocId/2023',
      '/scoring/:blocId/2023/units/:unitId',
      '/nominations',
      '/nominations/new',
      '/awards/lists',
      '/awards/lists/new',
      '/meetings/:meetingId',
    ],
  ],
  [
    'donvi',
    [
      '/',
      '/account/mail',
      '/blocs/:blocId/pledge/2024',
      '/scoring/:blocId/2023/units/:unitId',
      '/nominations',
      '/nominations/new',
      '/reports/units/:unitId',
      '/ballots/:ballotId/vote',
    ],
  ],
  ['xem', ['/', '/dashboard', '/reports', '/movements', '/units', '/award-history', '/meetings']],
];

/** `path` with its `:name` placeholders filled from `records`. */
function resolve(path: string, records: Records): string {
  return path.replace(/:(\w+)/g, (_, name: keyof Records) => records[name]);
}

/** How far the page or the shell's scrolling content reaches past the screen's right edge. */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scrollers = [
      document.documentElement,
      ...document.querySelectorAll('mat-sidenav-content'),
    ];
    const documentOverflow = document.documentElement.scrollWidth - window.innerWidth;
    return Math.max(documentOverflow, ...scrollers.map((el) => el.scrollWidth - el.clientWidth));
  });
}

/** Opens `path`, waits for its heading and data, and lists what is wrong with it. */
async function problemsOf(page: Page, path: string, shot: string | null): Promise<string[]> {
  const problems: string[] = [];
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  };
  const onError = (error: Error) => problems.push(`page error: ${error.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  try {
    await page.goto(path);
    await expect(page.locator('h1').first()).toBeVisible();
    // Lists and charts arrive after the heading: a busy list or a running progress bar says so.
    await expect(
      page.locator('[aria-busy="true"], mat-progress-bar[mode="indeterminate"]'),
    ).toHaveCount(0);

    if (shot) await page.screenshot({ path: shot, fullPage: true });
    const overflow = await sidewaysOverflow(page);
    if (overflow > 0) problems.push(`scrolls sideways by ${overflow} px`);

    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    for (const violation of violations) {
      if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
      const where = violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(' | ');
      problems.push(`axe ${violation.impact} ${violation.id}: ${where}`);
    }
  } catch (error) {
    problems.push(`did not open: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
  }
  return problems;
}

/** E2E_SCREENSHOTS=1 keeps a picture of every page, to look at. */
const SHOTS = process.env['E2E_SCREENSHOTS'] ? 'test-results/screenshots/every-page' : null;

/** Where the picture of `path` goes (null without E2E_SCREENSHOTS). */
function shotOf(project: string, role: RoleAccount | null, path: string): string | null {
  if (!SHOTS) return null;
  const slug = path.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '');
  return `${SHOTS}/${project}-${role ?? 'guest'}${slug}.png`;
}

let records: Records;

test.beforeAll(async ({ browser }) => {
  records = await findRecords(browser);
});

/** Pages per test: each test stays well inside its time on a loaded machine. */
const CHUNK = 6;

for (const [role, paths] of PAGES) {
  test.describe(`as ${role ?? 'a signed-out visitor'}`, () => {
    test.use({ storageState: role ? stateOf(role) : { cookies: [], origins: [] } });

    for (let first = 0; first < paths.length; first += CHUNK) {
      const chunk = paths.slice(first, first + CHUNK);
      test(`should show ${chunk.join(', ')} without sideways scroll, console errors or serious axe findings`, async ({
        page,
      }, testInfo) => {
        // 3–5 s a page on an idle 2-core machine (navigation, data, axe); up to 40 s under a load
        // of 20 (the unit's score card is the heaviest for axe).
        test.setTimeout(300_000);
        for (const path of chunk) {
          await test.step(path, async () => {
            const shot = shotOf(testInfo.project.name, role, path);
            expect.soft(await problemsOf(page, resolve(path, records), shot), path).toEqual([]);
          });
        }
      });
    }
  });
}
