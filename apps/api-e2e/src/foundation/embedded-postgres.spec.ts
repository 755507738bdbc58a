import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startEmbeddedPostgres } from '../../../api/src/database/public-api';
import { freePort } from '../support/throwaway-postgres';

/** The pid of a process that has ended. */
function pidOfEndedProcess(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid as number;
}

/**
 * What the embedded PostgreSQL finds when it starts, besides a postmaster left running (see
 * crash-restart.spec.ts): a stale lock file, and a port someone else holds.
 */
describe('embedded PostgreSQL start-up', () => {
  let dir: string;
  let dataDir: string;
  let port: number;
  const messages: string[] = [];
  const options = () => ({
    dataDir,
    port,
    persistent: true,
    database: 'thidua_startup',
    log: (m: string) => messages.push(m),
  });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thidua-startup-'));
    chmodSync(dir, 0o755);
    dataDir = join(dir, 'pg');
    port = await freePort();
    await (await startEmbeddedPostgres(options())).stop();
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['whose process is gone', pidOfEndedProcess],
    ['whose pid is now another program (this test)', () => process.pid],
  ])(
    'should remove a postmaster.pid %s and start, saying so',
    async (_, pidOf) => {
      const pid = pidOf();
      writeFileSync(
        join(dataDir, 'postmaster.pid'),
        `${pid}\n${dataDir}\n1700000000\n${port}\n\n127.0.0.1\n  0  0\nready   \n`,
      );
      messages.length = 0;
      const pg = await startEmbeddedPostgres(options());
      try {
        expect(messages.join('\n')).toContain(
          `removed the stale postmaster.pid (its pid ${pid} is no PostgreSQL of this data directory any more)`,
        );
        const lock = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0];
        expect(Number(lock)).not.toBe(process.pid);
      } finally {
        await pg.stop();
      }
    },
    120_000,
  );

  it('should refuse a port another program listens on, with a clear message', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(port, '127.0.0.1', resolve));
    try {
      await expect(startEmbeddedPostgres(options())).rejects.toThrow(
        `port ${port} is already in use by another program (not the PostgreSQL of ${dataDir}): stop it, or set EMBEDDED_PG_PORT to a free port`,
      );
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  }, 120_000);
});
