import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../../api/src/database/public-api';

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A PostgreSQL of a spec's own, in a temporary folder: it can be stopped and started again on
 * the same port and data (`restart`), and `destroy` stops it and removes its files.
 */
export interface ThrowawayPostgres {
  /** As the app role; `migrationUrl` as the owner role, `adminUrl` as the superuser. */
  url: string;
  migrationUrl: string;
  adminUrl: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

export async function startThrowawayPostgres(database = 'thidua_test'): Promise<ThrowawayPostgres> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'thidua-test-pg-'));
  const options = { dataDir, port, persistent: true, database };
  let running: EmbeddedDatabase | undefined = await startEmbeddedPostgres(options);
  const { url, migrationUrl, adminUrl } = running;
  return {
    url,
    migrationUrl,
    adminUrl,
    async stop() {
      await running?.stop();
      running = undefined;
    },
    async start() {
      running ??= await startEmbeddedPostgres(options);
    },
    async destroy() {
      await running?.stop();
      running = undefined;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
