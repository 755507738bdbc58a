// `npm test`: lint, format check and dependency audit, then every unit test and the integration
// tests (against a real PostgreSQL). Keeps going after a failure so that one run reports everything.
// The checks that are not Jest suites (lint, format, audit) are written to test-results/checks.json,
// which tools/scripts/test-totals.mjs counts beside the tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
const steps = [
  { name: 'lint', check: true, args: ['nx', 'run-many', '-t', 'lint', '--outputStyle=static'] },
  { name: 'format', check: true, args: ['prettier', '--check', '.'] },
  { name: 'dependency audit', check: true, args: ['npm', 'run', '-s', 'audit:deps'] },
  { name: 'unit tests', args: ['nx', 'run-many', '-t', 'test', '--outputStyle=static'] },
  { name: 'integration tests', args: ['nx', 'run', 'api-e2e:e2e', '--outputStyle=static'] },
];
const failed = [];
const checks = [];
for (const { name, check, args } of steps) {
  console.log(`\n=== ${name} ===`);
  const [command, ...rest] = args[0] === 'npm' ? args : ['npx', ...args];
  const ok = spawnSync(command, rest, { stdio: 'inherit', env, cwd: root }).status === 0;
  if (!ok) failed.push(name);
  if (check) checks.push({ name, ok });
}
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(
  join(root, 'test-results/checks.json'),
  JSON.stringify({
    passed: checks.filter((c) => c.ok).length,
    failed: checks.filter((c) => !c.ok).length,
    checks,
  }),
);
if (failed.length) {
  console.error(`\nnpm test failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('\nnpm test passed: lint, format, dependency audit, unit and integration tests');
