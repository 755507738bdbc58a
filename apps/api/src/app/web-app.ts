import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';

/** A file name with a content hash (Angular's `outputHashing: all`): it never changes. */
const HASHED = /-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Encodings the build writes beside each text file (tools/scripts/precompress.mjs), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * Compresses what the API answers (JSON, HTML of client routes) with Brotli or gzip as the client
 * accepts, except live event streams, which must reach the browser event by event.
 */
export function useCompression(app: NestExpressApplication): void {
  app.use(
    compression({
      filter: (req, res) =>
        !String(res.getHeader('Content-Type') ?? '').startsWith('text/event-stream') &&
        compression.filter(req, res),
    }),
  );
}

/**
 * Serves the built Angular apps: the staff app, Vietnamese (the source locale) at `/` and English
 * at `/en/`, with `index.html` for every client-side route; and before it the light voting app
 * (apps/vote) at `/vote` and `/en/vote` — the page itself, `/vote/<code>` of old slips and its own
 * files, while `/vote/verify/:id` stays the staff app's. Hashed files are cached for a year; the
 * build's Brotli and gzip copies go out as they are. Unknown `/api/...` paths stay 404 JSON.
 */
export function serveWebApp(app: NestExpressApplication, webDir: string, voteDir?: string): void {
  if (voteDir) {
    for (const locale of builtLocales(voteDir, '/vote')) {
      // `/` (the page) or one segment without a dot: an old slip's code, not a missing file.
      serveLocale(app, locale, (path) => path === '/' || /^\/[^/.]+\/?$/.test(path));
    }
  }
  for (const locale of builtLocales(webDir, '')) {
    serveLocale(
      app,
      locale,
      (_path, url) => !url.startsWith('/api') && (locale.prefix !== '/' || !url.startsWith('/en/')),
    );
  }
}

interface BuiltLocale {
  /** Where it is served: `/`, `/en`, `/vote`, `/en/vote`. */
  prefix: string;
  dir: string;
}

/** The locales of a built app (`vi` at `base`, `en` at `/en` + `base`), if built. */
function builtLocales(distDir: string, base: string): BuiltLocale[] {
  return [
    { prefix: `/en${base}`, dir: join(distDir, 'en') },
    { prefix: base || '/', dir: join(distDir, 'vi') },
  ].filter((l) => existsSync(join(l.dir, 'index.html')));
}

/**
 * A locale's files (precompressed copies first) and its `index.html` for the GET paths
 * `isPage(pathBelowPrefix, originalUrl)` accepts; other paths go on to the next handler.
 */
function serveLocale(
  app: NestExpressApplication,
  locale: BuiltLocale,
  isPage: (path: string, url: string) => boolean,
): void {
  const index = readFileSync(join(locale.dir, 'index.html'));
  app.use(locale.prefix, servePrecompressed(locale.dir));
  app.use(
    locale.prefix,
    express.static(locale.dir, {
      index: false,
      // `/vote` is the page itself, not a folder to send to `/vote/` (the base href does the rest).
      redirect: false,
      setHeaders: (res, path) =>
        res.setHeader('Cache-Control', HASHED.test(path) ? IMMUTABLE : 'no-cache'),
    }),
  );
  app.use(locale.prefix, (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || !isPage(req.path, req.originalUrl)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(index);
  });
}

/** Answers a file's precompressed copy when the client takes its encoding. */
function servePrecompressed(dir: string) {
  const copies = precompressedFiles(dir);
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const path = decodePath(req.path);
    const available = path === null ? undefined : copies.get(path);
    if (path === null || !available) return next();
    // Ours first: Brotli is smaller, whatever order the client lists them in.
    const encoding = available.find((e) => req.acceptsEncodings(e.name) === e.name);
    res.vary('Accept-Encoding');
    if (!encoding) return next();
    res.setHeader('Content-Encoding', encoding.name);
    res.type(extname(path));
    res.sendFile(`${path}${encoding.suffix}`, {
      root: dir,
      headers: { 'Cache-Control': HASHED.test(path) ? IMMUTABLE : 'no-cache' },
    });
  };
}

/** The request's path relative to the locale's folder ('main-X.js'), or null if not a file path. */
function decodePath(path: string): string | null {
  try {
    const decoded = decodeURIComponent(path).replace(/^\/+/, '');
    return decoded === '' || decoded.includes('..') || decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}

/** Every file of `dir` with the encodings of its precompressed copies, keyed by its '/' path. */
function precompressedFiles(dir: string): Map<string, Array<(typeof ENCODINGS)[number]>> {
  const copies = new Map<string, Array<(typeof ENCODINGS)[number]>>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const encoding = ENCODINGS.find((e) => entry.name.endsWith(e.suffix));
    if (!encoding) continue;
    const file = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    const original = file.slice(0, -encoding.suffix.length);
    if (!existsSync(join(dir, original))) continue;
    copies.set(
      original,
      [...(copies.get(original) ?? []), encoding].sort(
        (a, b) => ENCODINGS.indexOf(a) - ENCODINGS.indexOf(b),
      ),
    );
  }
  return copies;
}
