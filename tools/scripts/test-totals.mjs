// Prints "N passed, N failed" over every Jest project, the checks of `npm test` (lint, format,
// dependency audit) and the Playwright run of this CI run.
// A suite that should have reported and did not counts as one failure.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
let passed = 0;
let failed = 0;

const jestDir = join(root, 'test-results/jest');
const jestFiles = existsSync(jestDir)
  ? readdirSync(jestDir).filter((f) => f.endsWith('.json'))
  : [];
for (const file of jestFiles) {
  const summary = JSON.parse(readFileSync(join(jestDir, file), 'utf8'));
  passed += summary.passed;
  failed += summary.failed;
}
if (!jestFiles.includes('api-e2e.json')) failed += 1;

const checks = join(root, 'test-results/checks.json');
if (existsSync(checks)) {
  const summary = JSON.parse(readFileSync(checks, 'utf8'));
  passed += summary.passed;
  failed += summary.failed;
} else {
  failed += 1;
}

const playwright = join(root, 'test-results/playwright.json');
if (existsSync(playwright)) {
  const { stats } = JSON.parse(readFileSync(playwright, 'utf8'));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
} else {
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
