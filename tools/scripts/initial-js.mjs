// What a page's first load costs in JavaScript: the scripts its index.html loads or preloads
// (Angular's initial files), each gzipped as the build's precompress step writes them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

/**
 * The JavaScript files an index.html loads at once: `<script src>` and `<link rel=modulepreload>`,
 * and every chunk those import statically (Angular preloads only some of them; the browser needs
 * them all before the app starts). Dynamic `import()`s, loaded later, are not counted.
 */
export function initialScripts(localeDir) {
  const html = readFileSync(join(localeDir, 'index.html'), 'utf8');
  const pending = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g),
  ].map((m) => m[1]);
  const found = new Set();
  while (pending.length) {
    const file = pending.shift();
    if (found.has(file)) continue;
    found.add(file);
    const code = readFileSync(join(localeDir, file), 'utf8');
    for (const m of code.matchAll(
      /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']\.\/([^"']+\.js)["']/g,
    ))
      pending.push(m[1]);
  }
  return [...found];
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
