import { spawnSync } from 'node:child_process';

export interface PgTool {
  path: string;
  major: number;
}

/** `pg_dump (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)` → 15. */
export function parsePgToolMajor(versionOutput: string): number | undefined {
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(versionOutput);
  return match ? Number(match[1]) : undefined;
}

/**
 * The pg_dump or pg_restore to use against a server of `serverMajor`: `PG_DUMP_PATH` /
 * `PG_RESTORE_PATH` when set, else the one on PATH; only when its major version is at least the
 * server's (an older pg_dump refuses a newer server). `undefined` when none fits.
 */
export function findPgTool(
  name: 'pg_dump' | 'pg_restore',
  serverMajor: number,
  env: NodeJS.ProcessEnv = process.env,
  run: (path: string) => string | undefined = versionOf,
): PgTool | undefined {
  const path = env[name === 'pg_dump' ? 'PG_DUMP_PATH' : 'PG_RESTORE_PATH'] || name;
  const output = run(path);
  const major = output ? parsePgToolMajor(output) : undefined;
  return major !== undefined && major >= serverMajor ? { path, major } : undefined;
}

function versionOf(path: string): string | undefined {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout : undefined;
}

/** Runs pg_dump or pg_restore; a failure throws with the tool's own message. */
export function runPgTool(tool: PgTool, args: string[]): void {
  const result = spawnSync(tool.path, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  if (result.status !== 0) {
    throw new Error(`${tool.path} failed: ${result.stderr?.trim() || `exit ${result.status}`}`);
  }
}
