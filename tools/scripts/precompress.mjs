// Writes a Brotli (.br) and a gzip (.gz) copy beside every text file of the built web app, so that
// the API sends them as they are (apps/api/src/app/web-app.ts) instead of compressing per request.
// Usage: node tools/scripts/precompress.mjs <dir> (default dist/apps/web/browser).
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|svg|txt|map|webmanifest)$/;
/** Below this, a compressed copy saves less than the headers cost. */
const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(entry.name)) yield path;
  }
}

async function compress(path) {
  const body = await readFile(path);
  if (body.length < MIN_BYTES) return { raw: 0, br: 0 };
  const size = body.length;
  const [br, gzipped] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: size,
      },
    }),
    gz(body, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
  return { raw: size, br: br.length };
}

const root = resolve(process.argv[2] ?? 'dist/apps/web/browser');
if (!(await stat(root).catch(() => null))?.isDirectory()) {
  console.error(`precompress: ${root} is not a directory (build the web app first)`);
  process.exit(1);
}
const started = Date.now();
const paths = [];
for await (const path of files(root)) paths.push(path);
const results = await Promise.all(paths.map(compress));
const raw = results.reduce((sum, r) => sum + r.raw, 0);
const br = results.reduce((sum, r) => sum + r.br, 0);
console.log(
  `precompress: ${results.filter((r) => r.raw).length} files, ${(raw / 1024).toFixed(0)} kB → ${(br / 1024).toFixed(0)} kB Brotli, in ${Date.now() - started} ms`,
);
