// Fails the build when the light voting app's first load (apps/vote) is over its budget: 80 kB of
// JavaScript gzipped (issue 20: a delegate on slow 4G must be able to vote within 3 s).
// Usage: node tools/scripts/vote-budget.mjs [dir] (default dist/apps/vote/browser).
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { initialJsSize } from './initial-js.mjs';

export const VOTE_JS_BUDGET = 80_000;

const root = resolve(process.argv[2] ?? 'dist/apps/vote/browser');
const locales = existsSync(root)
  ? readdirSync(root).filter((d) => existsSync(join(root, d, 'index.html')))
  : [];
if (!locales.length) {
  console.error(`vote-budget: no built locale under ${root} (build the vote app first)`);
  process.exit(1);
}
let ok = true;
for (const locale of locales) {
  const { files, raw, gzip } = initialJsSize(join(root, locale));
  const within = gzip <= VOTE_JS_BUDGET;
  ok &&= within && files.length > 0;
  console.log(
    `vote-budget ${locale}: ${files.length} scripts, ${(raw / 1000).toFixed(1)} kB raw, ` +
      `${(gzip / 1000).toFixed(1)} kB gzipped (budget ${VOTE_JS_BUDGET / 1000} kB): ${within ? 'ok' : 'OVER'}`,
  );
}
process.exit(ok ? 0 : 1);
