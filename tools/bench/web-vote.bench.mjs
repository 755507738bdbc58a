// Issue #20, the web: a delegate opens the voting page on a phone. Loads `/vote/<code>` in Chromium
// (Debian's, as the browser tests) with Chrome DevTools throttling through CDP: the CPU 4× slower,
// then also a slow 4G link (400 kbit/s each way, 400 ms round trip). Prints what crossed the wire
// and the time until the page is usable (the code box, or the ballot's first choice, on screen
// and enabled), from navigation start, over fresh browser contexts (empty cache) of a 360 px phone,
// which must not scroll sideways; and the first load's JavaScript gzipped of the voting page
// (target < 80 kB) and of the staff app (< 250 kB). Targets: usable < 1 s and < 3 s (median).
import { join } from 'node:path';

import { chromium } from 'playwright-core';

import { initialJsSize } from '../scripts/initial-js.mjs';
import { openBallotWithCodes, percentile, startStack } from './support.mjs';

const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 5);
const CPU_SLOWDOWN = 4;
/** 400 kbit/s down and up, 400 ms round trip. */
const SLOW_4G = {
  offline: false,
  latency: 400,
  downloadThroughput: 50_000,
  uploadThroughput: 50_000,
};
const PROFILES = [
  { name: 'localhost, CPU 4× slower', network: null, targetMs: 1_000 },
  { name: 'slow 4G, CPU 4× slower', network: SLOW_4G, targetMs: 3_000 },
];
const VOTE_JS_TARGET = 80_000;
const STAFF_JS_TARGET = 250_000;

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const verdict = (isMet, target) => `(target < ${target}: ${isMet ? 'met' : 'MISSED'})`;

/** One cold load: bytes on the wire (all, and scripts) and ms from navigation start to usable. */
async function loadOnce(browser, url, network) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    if (network) await cdp.send('Network.emulateNetworkConditions', network);
    const scripts = new Set();
    let transfer = 0;
    let scriptTransfer = 0;
    cdp.on('Network.responseReceived', (e) => {
      if (e.type === 'Script') scripts.add(e.requestId);
    });
    cdp.on('Network.loadingFinished', (e) => {
      transfer += e.encodedDataLength;
      if (scripts.has(e.requestId)) scriptTransfer += e.encodedDataLength;
    });
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    const usable = await page.waitForFunction(
      () => {
        const input = document.querySelector('#vote-code, .options input');
        const isUsable =
          input instanceof HTMLInputElement && !input.disabled && input.getClientRects().length > 0;
        return isUsable ? performance.now() : false;
      },
      null,
      { polling: 'raf', timeout: 60_000 },
    );
    const ms = await usable.jsonValue();
    // A 360 px phone must not scroll sideways.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    // Let the last requests (the ballot's turnout) finish before counting bytes.
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
    return { ms, transfer, scriptTransfer, overflow };
  } finally {
    await context.close();
  }
}

function spread(values, format) {
  return `median ${format(percentile(values, 50))} (${format(Math.min(...values))}–${format(Math.max(...values))})`;
}

export async function run() {
  const vote = initialJsSize(join('dist/apps/vote/browser', 'vi'));
  const staff = initialJsSize(join('dist/apps/web/browser', 'vi'));
  const isVoteJsMet = vote.gzip < VOTE_JS_TARGET;
  const isStaffJsMet = staff.gzip < STAFF_JS_TARGET;
  console.log(
    `voting page first-load JS: ${vote.files.length} files, ${kB(vote.raw)} raw, ${kB(vote.gzip)} gzipped ${verdict(isVoteJsMet, '80 kB')}`,
  );
  console.log(
    `staff page first-load JS:  ${staff.files.length} files, ${kB(staff.raw)} raw, ${kB(staff.gzip)} gzipped ${verdict(isStaffJsMet, '250 kB')}`,
  );

  const stack = await startStack();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  let ok = isVoteJsMet && isStaffJsMet;
  try {
    const { codes } = await openBallotWithCodes(stack.sql, { delegates: 1, year: 2043 });
    const origin = stack.base.replace(/\/api\/v1$/, '');
    const url = `${origin}/vote/${codes[0]}`;
    // A first load off the clock: the API's and PostgreSQL's first answers are slower.
    await loadOnce(browser, url, null);
    for (const profile of PROFILES) {
      const loads = [];
      for (let i = 0; i < RUNS; i += 1) loads.push(await loadOnce(browser, url, profile.network));
      const times = loads.map((l) => l.ms);
      const isMet = percentile(times, 50) < profile.targetMs;
      const overflow = Math.max(...loads.map((l) => l.overflow));
      ok &&= isMet && overflow <= 0;
      console.log(
        `/vote/<code>, ${profile.name.padEnd(26)} usable ${spread(times, (v) => `${Math.round(v)} ms`)} ` +
          `${verdict(isMet, `${profile.targetMs} ms`)}; on the wire ${kB(loads[0].transfer)}, scripts ${kB(loads[0].scriptTransfer)}; ` +
          `sideways scroll at 360 px: ${overflow > 0 ? `${overflow} px (MISSED)` : 'none'}`,
      );
    }
  } finally {
    await browser.close();
    await stack.stop();
  }
  return ok;
}
