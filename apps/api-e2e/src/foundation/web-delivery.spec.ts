import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { get, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createTestApp, login, type TestApp } from '../support/test-app';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as sent, not decompressed. */
  body: Buffer;
}

const SCRIPT = 'const thiDua = "Thi đua – Khen thưởng";\n'.repeat(2_000);
const VOTE_SCRIPT = 'const phieu = "Bỏ phiếu";\n'.repeat(2_000);
const HASHED = 'main-ABCD1234.js';

/**
 * What a phone downloads: the built web app's files as the build compressed them (Brotli, else
 * gzip), hashed files cached for a year, and the API's JSON compressed on the fly.
 */
describe('delivery of the web app and the API answers', () => {
  let t: TestApp;
  let web: string;
  let vote: string;

  /** A built app in a temporary folder: each locale's index.html (titled `title locale`) and files. */
  function fakeBuild(title: string, script: string): string {
    const dir = mkdtempSync(join(tmpdir(), `thidua-${title}-`));
    for (const locale of ['vi', 'en']) {
      mkdirSync(join(dir, locale));
      writeFileSync(
        join(dir, locale, 'index.html'),
        `<!doctype html><title>${title} ${locale}</title>`,
      );
      writeFileSync(join(dir, locale, HASHED), script);
      writeFileSync(join(dir, locale, 'favicon.ico'), Buffer.alloc(2_000, 1));
    }
    execFileSync(process.execPath, ['tools/scripts/precompress.mjs', dir]);
    return dir;
  }

  beforeAll(async () => {
    web = fakeBuild('web', SCRIPT);
    vote = fakeBuild('vote', VOTE_SCRIPT);
    t = await createTestApp({ webDistDir: web, voteDistDir: vote });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    rmSync(web, { recursive: true, force: true });
    rmSync(vote, { recursive: true, force: true });
  });

  /** A GET by plain node:http, which (unlike supertest and fetch) leaves the body compressed. */
  async function raw(url: string, encoding: string, token?: string): Promise<RawResponse> {
    const server = t.app.getHttpServer();
    if (!server.listening)
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const headers = {
      'accept-encoding': encoding,
      ...(token && { authorization: `Bearer ${token}` }),
    };
    return new Promise((resolve, reject) => {
      get({ host: '127.0.0.1', port, path: url, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      }).on('error', reject);
    });
  }

  it.each([
    ['/', 'br'],
    ['/', 'gzip'],
    ['/en/', 'br'],
  ])('should send %s… as the build compressed it in %s', async (prefix, encoding) => {
    const decode = encoding === 'br' ? brotliDecompressSync : gunzipSync;
    const res = await raw(`${prefix}${HASHED}`, `${encoding}, deflate`);

    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.headers['vary']).toContain('Accept-Encoding');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(res.headers['content-length'])).toBeLessThan(SCRIPT.length / 10);
    expect(res.status).toBe(200);
    expect(decode(res.body).toString()).toBe(SCRIPT);
  });

  it('should prefer Brotli and send the plain file to a client that takes neither', async () => {
    expect((await raw(`/${HASHED}`, 'gzip, br')).headers['content-encoding']).toBe('br');
    const plain = await raw(`/${HASHED}`, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('should let the browser check again the files whose names do not change', async () => {
    const icon = await raw('/favicon.ico', 'br');
    expect(icon.headers['cache-control']).toBe('no-cache');
    const page = await raw('/units', 'br');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-type']).toContain('text/html');
  });

  it.each([
    ['/vote', 'vote vi'],
    ['/vote/', 'vote vi'],
    ['/vote/abcd-2345', 'vote vi'],
    ['/en/vote', 'vote en'],
    ['/en/vote/ABCD2345', 'vote en'],
    ['/vote/verify/8d6f1c2e-0000-4000-8000-000000000000', 'web vi'],
    ['/en/vote/verify/8d6f1c2e-0000-4000-8000-000000000000', 'web en'],
    ['/votes', 'web vi'],
    ['/meetings', 'web vi'],
  ])('should answer %s with the %s page', async (url, title) => {
    const res = await raw(url, 'identity');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body.toString()).toContain(`<title>${title}</title>`);
  });

  it.each(['/vote/', '/en/vote/'])(
    'should send the light voting app’s own files under %s, compressed and cached',
    async (prefix) => {
      const res = await raw(`${prefix}${HASHED}`, 'br');
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(brotliDecompressSync(res.body).toString()).toBe(VOTE_SCRIPT);
    },
  );

  it('should compress a long API answer and leave a short one as it is', async () => {
    const token = await login(t.http, 'admin');
    const units = await raw('/api/v1/units?pageSize=100', 'gzip', token);
    expect(units.status).toBe(200);
    expect(units.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(units.body).toString()).items.length).toBeGreaterThan(10);
    expect(units.headers['cache-control']).toBe('no-store');

    const health = await raw('/api/v1/health', 'gzip');
    expect(health.headers['content-encoding']).toBeUndefined();
  });

  it('should not serve a file outside the app folder through an encoded path', async () => {
    const res = await raw('/..%2F..%2Fetc%2Fpasswd', 'br');
    expect(res.status).not.toBe(500);
    expect(res.body.toString()).not.toContain('root:');
  });
});
