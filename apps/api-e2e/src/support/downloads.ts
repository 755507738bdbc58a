import { writeFileSync } from 'node:fs';

import { type TestApp, bearer, binaryParser } from './test-app';

/**
 * The two names of a download's `Content-Disposition`: `utf8`, the name a browser saves it under
 * (RFC 5987 `filename*=UTF-8''…`), and `ascii`, the fallback for clients that cannot read it.
 */
export function downloadNames(res: { headers: Record<string, unknown> }): {
  utf8: string | null;
  ascii: string | null;
} {
  const header = String(res.headers['content-disposition'] ?? '');
  const utf8 = /filename\*=UTF-8''([^;]+)/.exec(header)?.[1];
  const ascii = /filename="([^"]*)"/.exec(header)?.[1];
  return { utf8: utf8 ? decodeURIComponent(utf8) : null, ascii: ascii ?? null };
}

/**
 * Downloads `path` (under /api/v1) as `token`'s user into `file` and answers its bytes; anything
 * but a 200 fails the test, naming the path.
 */
export async function saveDownload(
  t: TestApp,
  token: string,
  path: string,
  file: string,
): Promise<Buffer> {
  const res = await t.http
    .get(`/api/v1${path}`)
    .set(bearer(token))
    .buffer(true)
    .parse(binaryParser);
  expect({ path, status: res.status }).toEqual({ path, status: 200 });
  writeFileSync(file, res.body);
  return res.body as Buffer;
}
