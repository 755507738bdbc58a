// What a page's first load costs in JavaScript: the scripts its index.html loads or preloads
// (Angular's initial files), each gzipped as the build's precompress step writes them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

/** The JavaScript files an index.html loads at once: `<script src>` and `<link rel=modulepreload>`. */
export function initialScripts(localeDir) {
  const html = readFileSync(join(localeDir, 'index.html'), 'utf8');
  const found = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g),
  ].map((m) => m[1]);
  return [...new Set(found)];
}

/** Raw and gzipped bytes of a locale folder's initial JavaScript. */
export function initialJsSize(localeDir) {
  let raw = 0;
  let gzip = 0;
  const files = initialScripts(localeDir);
  for (const file of files) {
    const body = readFileSync(join(localeDir, file));
    raw += body.length;
    gzip += gzipSync(body, { level: constants.Z_BEST_COMPRESSION }).length;
  }
  return { files, raw, gzip };
}
