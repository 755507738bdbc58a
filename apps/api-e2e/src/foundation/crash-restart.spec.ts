import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Client } from 'pg';

import { embeddedUrls } from '../../../api/src/database/public-api';
import {
  freePort,
  phoneClient,
  processEnded,
  startApiProcess,
  waitUntilUp,
} from '../support/api-process';
import { DEMO_PASSWORD } from '../support/test-app';

/** How long a restart after a crash may take to answer its health check (a loaded 2-core machine). */
const RESTART_LIMIT_MS = 120_000;

/** Everything the process writes to stdout and stderr, as it comes. */
function outputOf(child: ChildProcess): () => string {
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return () => text;
}

/** The watchdogs (see `embedded-postgres.ts`) that the process `pid` started (Linux /proc). */
function watchdogsOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return parent === pid && readFileSync(`/proc/${d}/cmdline`, 'utf8').includes('watchdog');
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** After a failed test: fast shutdown of a PostgreSQL still running on the data directory. */
function stopLeftover(lockFile: string): void {
  try {
    process.kill(Number(readFileSync(lockFile, 'utf8').split('\n')[0]), 'SIGINT');
  } catch {
    /* none left */
  }
}

async function until(check: () => boolean, what: string, ms = 60_000): Promise<void> {
  for (const start = Date.now(); Date.now() - start < ms; ) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * The API with its own embedded PostgreSQL (no DATABASE_URL) on a temporary data directory is
 * killed with SIGKILL while it serves writes, then started again: it must come up healthy on the
 * first try, with every write it acknowledged, and say in its log what it found.
 */
describe('restart after a crash (kill -9) with the embedded PostgreSQL', () => {
  const phones = phoneClient();
  afterAll(() => phones.close());

  it.each([
    {
      what: 'the API (its watchdog stops PostgreSQL)',
      workers: '1',
      orphan: false,
      secondApi: true,
      found: /the last run \(process \d+\) ended without (stopping|a clean)/,
    },
    {
      what: 'the API and its watchdog (PostgreSQL left running, as before this fix)',
      workers: '1',
      orphan: true,
      secondApi: false,
      found:
        /ended without stopping its PostgreSQL \(pid \d+\), which was still running: stopped it cleanly/,
    },
    {
      what: 'the cluster primary and its watchdog (API_WORKERS=2)',
      workers: '2',
      orphan: true,
      secondApi: false,
      found:
        /ended without stopping its PostgreSQL \(pid \d+\), which was still running: stopped it cleanly/,
    },
  ])(
    'should come up healthy after SIGKILL of $what, with every acknowledged write',
    async ({ workers, orphan, secondApi, found }) => {
      const dir = mkdtempSync(join(tmpdir(), 'thidua-crash-'));
      // PostgreSQL runs as its own user when started by root, so it must be able to enter the folder.
      chmodSync(dir, 0o755);
      const dataDir = join(dir, 'pg');
      const [port, pgPort] = [await freePort(), await freePort()];
      const env = {
        DATABASE_URL: '',
        DATABASE_MIGRATION_URL: '',
        EMBEDDED_PG_DIR: dataDir,
        EMBEDDED_PG_PORT: String(pgPort),
        SEED_DEMO_DATA: 'true',
        API_WORKERS: workers,
      };
      const base = `http://127.0.0.1:${port}/api/v1`;
      const lockFile = join(dataDir, 'postmaster.pid');
      let api = startApiProcess(port, env, { capture: true });
      outputOf(api);
      try {
        await waitUntilUp(port);
        if (secondApi) {
          // A second API on the same data directory is refused and touches nothing.
          const other = startApiProcess(await freePort(), env, { capture: true });
          const refusal = outputOf(other);
          await processEnded(other);
          expect(other.exitCode).toBe(1);
          expect(refusal()).toContain('is in use by another running process');
          expect(existsSync(lockFile)).toBe(true);
          await waitUntilUp(port);
        }
        const signIn = await phones.call('POST', `${base}/auth/login`, {
          username: 'admin',
          password: DEMO_PASSWORD,
        });
        const auth = { authorization: `Bearer ${JSON.parse(signIn.body).accessToken}` };

        const acknowledged: string[] = [];
        const otherAnswers: number[] = [];
        let killed = false;
        const writer = async (w: number) => {
          for (let i = 0; !killed; i += 1) {
            const code = `crash-${w}-${i}`;
            try {
              const answer = await phones.call(
                'POST',
                `${base}/unit-kinds`,
                { code, name: `Loại ${code}` },
                auth,
              );
              if (answer.status === 201) acknowledged.push(code);
              else otherAnswers.push(answer.status);
            } catch {
              return; // the connection died with the process
            }
          }
        };
        const writers = [0, 1, 2, 3].map(writer);
        await until(() => acknowledged.length >= 20, 'the first acknowledged writes');
        const pid = api.pid as number;
        if (orphan) for (const watchdog of watchdogsOf(pid)) process.kill(watchdog, 'SIGKILL');
        api.kill('SIGKILL');
        killed = true;
        await Promise.all(writers);
        await processEnded(api);
        expect(otherAnswers).toEqual([]);

        const restartedAt = Date.now();
        api = startApiProcess(port, env, { capture: true });
        const log = outputOf(api);
        await waitUntilUp(port);
        expect(Date.now() - restartedAt).toBeLessThan(RESTART_LIMIT_MS);
        expect(api.exitCode).toBeNull();
        expect(log()).toMatch(found);
        expect(log()).not.toContain('undefined');

        const db = new Client({ connectionString: embeddedUrls(pgPort).adminUrl });
        await db.connect();
        try {
          const { rows } = await db.query<{ code: string }>(
            `SELECT code FROM unit_kinds WHERE code = ANY($1)`,
            [acknowledged],
          );
          expect(rows.map((r) => r.code).sort()).toEqual([...acknowledged].sort());
        } finally {
          await db.end();
        }

        api.kill('SIGTERM');
        await processEnded(api);
        expect(api.exitCode).toBe(0);
        expect(existsSync(lockFile)).toBe(false);
      } finally {
        if (api.exitCode === null && api.signalCode === null) api.kill('SIGKILL');
        await processEnded(api);
        stopLeftover(lockFile);
        rmSync(dir, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
