import express, { type NextFunction, type Request, type Response } from 'express';
import cookieParser from 'cookie-parser';
import request from 'supertest';

import { refuseCrossSiteWrites } from './same-origin';

/** A bare app with the check in front of one write; answers the status of each request. */
function app(options: { trustProxy?: boolean; corsOrigins?: string[] } = {}) {
  const server = express();
  if (options.trustProxy) server.set('trust proxy', 1);
  server.use(cookieParser());
  server.use(refuseCrossSiteWrites(options.corsOrigins ?? []));
  server.all('/x', (_req, res) => void res.status(204).end());
  server.use((error: { status: number }, _req: Request, res: Response, _next: NextFunction) =>
    res.status(error.status ?? 500).end(),
  );
  return server;
}

const post = (server: express.Express, headers: Record<string, string>) =>
  request(server)
    .post('/x')
    .set({ Cookie: 'td_session=abc', Host: 'thidua.example', ...headers });

describe('refuseCrossSiteWrites', () => {
  it.each([
    ['the own origin', { Origin: 'https://thidua.example' }, 204],
    [
      'the own origin in another case, with a default port',
      { Origin: 'HTTPS://Thidua.Example:443' },
      204,
    ],
    ['no Origin, no Sec-Fetch-Site (curl, scripts)', {}, 204],
    ['no Origin, same-origin fetch metadata', { 'Sec-Fetch-Site': 'same-origin' }, 204],
    ['a foreign origin', { Origin: 'https://evil.example' }, 403],
    ['the own host on another port', { Origin: 'https://thidua.example:8443' }, 403],
    ['the own host as a suffix', { Origin: 'https://thidua.example.evil.example' }, 403],
    ['an opaque origin', { Origin: 'null' }, 403],
    ['no Origin but cross-site fetch metadata', { 'Sec-Fetch-Site': 'cross-site' }, 403],
  ])('should answer a cookie write from %s with %s', async (_, headers, status) => {
    await post(app(), headers).expect(status);
  });

  it('should leave reads, cookie-less and bearer requests alone', async () => {
    const server = app();
    const evil = { Origin: 'https://evil.example', Host: 'thidua.example' };
    await request(server)
      .get('/x')
      .set({ ...evil, Cookie: 'td_session=abc' })
      .expect(204);
    await request(server).post('/x').set(evil).expect(204);
    await post(server, { ...evil, Authorization: 'Bearer t' }).expect(204);
  });

  it('should take the origins of CORS_ORIGINS, whatever their trailing slash', async () => {
    const server = app({ corsOrigins: ['https://portal.example/'] });
    await post(server, { Origin: 'https://portal.example' }).expect(204);
    await post(server, { Origin: 'https://other.example' }).expect(403);
  });

  it('should read X-Forwarded-Host only behind a trusted proxy', async () => {
    const forwarded = { Origin: 'https://public.example', 'X-Forwarded-Host': 'public.example' };
    await post(app(), forwarded).expect(403);
    await post(app({ trustProxy: true }), forwarded).expect(204);
  });
});
