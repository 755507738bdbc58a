// `npm test`: lint and format check, then every unit test and the integration tests (against a
// real PostgreSQL). Keeps going after a failure so that one run reports everything.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
const steps = [
  ['lint', ['nx', 'run-many', '-t', 'lint', '--outputStyle=static']],
  ['format', ['prettier', '--check', '.']],
  ['unit tests', ['nx', 'run-many', '-t', 'test', '--outputStyle=static']],
  ['integration tests', ['nx', 'run', 'api-e2e:e2e', '--outputStyle=static']],
];
const failed = [];
for (const [name, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync('npx', args, { stdio: 'inherit', env });
  if (result.status !== 0) failed.push(name);
}
if (failed.length) {
  console.error(`\nnpm test failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('\nnpm test passed: lint, format, unit and integration tests');
