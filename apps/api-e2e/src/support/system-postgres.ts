import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Client } from 'pg';

import { freePort } from './throwaway-postgres';

/** Debian's PostgreSQL 15 (package postgresql-15), whose pg_dump and pg_restore match it. */
export const PG15_BIN = process.env['PG15_BIN'] ?? '/usr/lib/postgresql/15/bin';

export interface SystemPostgres {
  binDir: string;
  url(database: string): string;
  createDatabase(name: string): Promise<string>;
  stop(): void;
}

/**
 * A throw-away cluster of an installed PostgreSQL (not the embedded one) in a temporary folder, on
 * a free port, trusting local connections. As root it runs as the `postgres` user, as PostgreSQL
 * requires.
 */
export async function startSystemPostgres(binDir = PG15_BIN): Promise<SystemPostgres> {
  if (!existsSync(join(binDir, 'postgres'))) {
    throw new Error(
      `no PostgreSQL server in ${binDir}: install Debian's postgresql-15 (.ci/run does)`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'thidua-system-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  const run = (tool: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(binDir, tool), ...args], {
          stdio: 'pipe',
        })
      : execFileSync(join(binDir, tool), args, { stdio: 'pipe' });
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C']);
  const port = await freePort();
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-o',
    `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=`,
    'start',
  ]);
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    binDir,
    url,
    async createDatabase(name) {
      const client = new Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
