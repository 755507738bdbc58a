import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests drive Debian's Chromium (never `playwright install`) against the built app:
 * the API serves the web app on one port, with a throw-away embedded PostgreSQL and demo data.
 */
const port = Number(process.env['E2E_PORT'] ?? 3310);
const baseURL = process.env['BASE_URL'] ?? `http://localhost:${port}`;
const root = new URL('../../', import.meta.url).pathname;

const chromium = {
  launchOptions: {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

export default defineConfig({
  testDir: './src',
  outputDir: '../../test-results/playwright-output',
  fullyParallel: false,
  workers: 1,
  retries: process.env['CI'] ? 1 : 0,
  // Budgets for a loaded 2-core machine (the API, PostgreSQL, Chromium and maybe another job share
  // it): under a load average of 16–19 a one-page test took up to 60 s (argon2 sign-ins), so 90 s
  // each; the long flows set their own with test.setTimeout (1.5–2 times the most they took). A
  // step waits up to 15 s for what it expects, an action up to 20 s for its element: a stuck step
  // fails with its own message, not the test's timeout.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: `${root}test-results/playwright.json` }]],
  use: {
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: process.env['BASE_URL']
    ? undefined
    : {
        command: 'node tools/scripts/e2e-server.mjs',
        cwd: root,
        url: `${baseURL}/api/v1/health`,
        reuseExistingServer: !process.env['CI'],
        timeout: 120_000,
        env: { PORT: String(port) },
      },
  projects: [
    {
      name: 'setup',
      testMatch: /.*\.setup\.ts/,
      use: { ...devices['Desktop Chrome'], ...chromium },
    },
    {
      name: 'chromium',
      dependencies: ['setup'],
      testIgnore: /\.phone\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], ...chromium },
    },
    {
      // A 390×844 phone with touch (Pixel 7-like, Debian's Chromium): every page again, and the
      // flows people finish on a phone (`*.phone.spec.ts`). Not the whole suite twice.
      name: 'mobile',
      dependencies: ['setup'],
      testMatch: [/every-page\.spec\.ts/, /\.phone\.spec\.ts/],
      use: {
        ...devices['Pixel 7'],
        viewport: { width: 390, height: 844 },
        screen: { width: 390, height: 844 },
        // Layout is what is checked; a 1× raster is cheaper on the 2-core CI machine.
        deviceScaleFactor: 1,
        ...chromium,
      },
    },
  ],
});
