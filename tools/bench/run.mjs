// `npm run bench`: runs every tools/bench/*.bench.mjs (or those named on the command line) against
// the built API and prints the figures the issues ask for. Benchmarks are measurements, not tests:
// a missed target is reported, and the exit code is 1 so that it is noticed.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => !wanted.length || wanted.some((w) => f.startsWith(w)));
let ok = true;
for (const file of files) {
  console.log(`\n== ${file} ==`);
  const { run } = await import(join(dir, file));
  ok = (await run()) && ok;
}
process.exit(ok ? 0 : 1);
