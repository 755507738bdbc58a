import { closeSync, openSync, readSync } from 'node:fs';

import { Client } from 'pg';

import type { BackupManifest } from './backup-manifest';
import { createLogicalBackup } from './logical-backup';
import { RestoreError, restoreLogicalBackup } from './logical-restore';
import { findPgTool, runPgTool } from './pg-dump';
import { countAppObjects, serverVersion } from './schema-catalog';

export interface BackupOptions {
  /** Use the built-in archive even when a fitting pg_dump is there. */
  builtin?: boolean;
  appVersion: string;
}

export type BackupResult =
  | { method: 'pg_dump'; tool: string }
  | { method: 'builtin'; manifest: BackupManifest };

/**
 * Backs up the database at `url` into `file`: with pg_dump (custom format) when one of at least
 * the server's major version is found, else as the built-in archive (see `createLogicalBackup`).
 */
export async function backupDatabase(
  url: string,
  file: string,
  options: BackupOptions,
): Promise<BackupResult> {
  const pgDump = options.builtin ? undefined : findPgTool('pg_dump', await serverMajor(url));
  if (pgDump) {
    runPgTool(pgDump, ['--format=custom', `--file=${file}`, '--no-owner', `--dbname=${url}`]);
    return { method: 'pg_dump', tool: pgDump.path };
  }
  return { method: 'builtin', manifest: await createLogicalBackup(url, file, options.appVersion) };
}

/**
 * Restores `file` into the database at `url`, which must be empty unless `force`. A pg_dump
 * archive (it starts with `PGDMP`) goes through pg_restore in one transaction; a built-in one
 * through `restoreLogicalBackup`.
 */
export async function restoreDatabase(
  url: string,
  file: string,
  options: { force?: boolean } = {},
): Promise<BackupResult> {
  if (!isPgDumpArchive(file)) {
    return { method: 'builtin', manifest: await restoreLogicalBackup(url, file, options) };
  }
  const [major, objects] = await withClient(url, async (client) => [
    Math.floor((await serverVersion(client)) / 10000),
    await countAppObjects(client),
  ]);
  if (objects > 0 && !options.force) {
    throw new RestoreError(
      'the database is not empty: restore into an empty database, or add --force to replace its contents',
    );
  }
  const pgRestore = findPgTool('pg_restore', major);
  if (!pgRestore) {
    throw new RestoreError(
      `this is a pg_dump archive and no pg_restore of version ${major} or newer was found (set PG_RESTORE_PATH)`,
    );
  }
  const clean = options.force ? ['--clean', '--if-exists'] : [];
  runPgTool(pgRestore, [
    '--single-transaction',
    '--exit-on-error',
    // Objects belong to the restoring (owner) role, and the app role's rights come from the
    // target's default privileges, not from grants to whatever roles the source had.
    '--no-owner',
    '--no-privileges',
    ...clean,
    `--dbname=${url}`,
    file,
  ]);
  return { method: 'pg_dump', tool: pgRestore.path };
}

function isPgDumpArchive(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(5);
    readSync(fd, head, 0, 5, 0);
    return head.toString('latin1') === 'PGDMP';
  } finally {
    closeSync(fd);
  }
}

async function serverMajor(url: string): Promise<number> {
  return withClient(url, async (client) => Math.floor((await serverVersion(client)) / 10000));
}

async function withClient<T>(url: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}
