import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import type { PoolClient } from 'pg';
import { escapeIdentifier } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { extract as extractTar } from 'tar';
import { DataSource, type DataSourceOptions, MigrationExecutor } from 'typeorm';

import { dataSourceOptions } from '../data-source-options';
import { MIGRATIONS } from '../migrations';
import { BACKUP_FORMAT, type BackupManifest, COPY_SESSION_SETTINGS } from './backup-manifest';
import { RowChecksum } from './copy-rows';
import { countAppObjects, listColumns, listTables } from './schema-catalog';

export interface RestoreOptions {
  /** Replace whatever the database holds (its `public` schema is dropped first). */
  force?: boolean;
}

export class RestoreError extends Error {}

/**
 * Restores a built-in archive in ONE transaction: the app's migrations up to the archive's level,
 * every table emptied then filled with COPY (foreign keys and triggers held off with
 * `session_replication_role = replica`), sequences set, and each table's row count and checksum
 * compared with the manifest before COMMIT. Any difference rolls everything back.
 */
export async function restoreLogicalBackup(
  url: string,
  file: string,
  options: RestoreOptions = {},
): Promise<BackupManifest> {
  const work = mkdtempSync(join(tmpdir(), 'thidua-restore-'));
  try {
    await extractTar({ file, cwd: work, strict: true });
    const manifest = readManifest(work);
    const migrations = migrationsUpTo(manifest.migrations);
    await verifyFiles(work, manifest);
    const dataSource = new DataSource({
      ...(dataSourceOptions(url, 1) as Extract<DataSourceOptions, { type: 'postgres' }>),
      migrations,
      installExtensions: false,
    });
    await dataSource.initialize();
    const runner = dataSource.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    try {
      for (const setting of COPY_SESSION_SETTINGS) await client.query(setting);
      await runner.startTransaction();
      if ((await countAppObjects(client)) > 0) {
        if (!options.force) {
          throw new RestoreError(
            'the database is not empty: restore into an empty database, or add --force to replace its contents',
          );
        }
        await client.query('DROP SCHEMA public CASCADE');
        await client.query('CREATE SCHEMA public AUTHORIZATION pg_database_owner');
        await client.query('GRANT USAGE ON SCHEMA public TO PUBLIC');
      }
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'none';
      await executor.executePendingMigrations();
      await checkSameTables(client, manifest);
      await loadTables(client, work, manifest);
      await verifyTables(client, manifest);
      await runner.commitTransaction();
      return manifest;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
      await dataSource.destroy();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function readManifest(work: string): BackupManifest {
  const path = join(work, 'manifest.json');
  if (!existsSync(path)) throw new RestoreError('not a backup archive: manifest.json is missing');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT || manifest.formatVersion !== 1) {
    throw new RestoreError(
      `unsupported archive format ${manifest.format} v${manifest.formatVersion}`,
    );
  }
  return manifest;
}

/** The app's migrations up to the archive's level; an archive from a newer app is refused. */
export function migrationsUpTo(archived: string[]): typeof MIGRATIONS {
  const known = MIGRATIONS.map((m) => m.name);
  archived.forEach((name, index) => {
    if (known[index] !== name) {
      throw new RestoreError(
        `the archive was made at migration ${name}, which this version of the app does not have at position ${index + 1}: restore it with the app version that made it (${known[index] ?? 'none'} expected)`,
      );
    }
  });
  return MIGRATIONS.slice(0, archived.length);
}

/** A damaged archive is refused before the database is touched. */
async function verifyFiles(work: string, manifest: BackupManifest): Promise<void> {
  for (const table of manifest.tables) {
    const sum = new RowChecksum();
    await pipeline(createReadStream(join(work, 'data', table.file)), sum, discard());
    if (sum.fileSha256() !== table.fileSha256 || sum.rows !== table.rows) {
      throw new RestoreError(
        `the archive is damaged: data of table ${table.name} does not match its checksum`,
      );
    }
  }
}

async function checkSameTables(client: PoolClient, manifest: BackupManifest): Promise<void> {
  const tables = await listTables(client);
  const archived = manifest.tables.map((t) => t.name);
  const missing = archived.filter((t) => !tables.includes(t));
  const extra = tables.filter((t) => !archived.includes(t));
  if (missing.length || extra.length) {
    throw new RestoreError(
      `the schema at the archive's migration level differs from the archive (missing: ${missing.join(', ') || 'none'}; not in the archive: ${extra.join(', ') || 'none'})`,
    );
  }
  for (const table of manifest.tables) {
    const columns = await listColumns(client, table.name);
    if (columns.join(',') !== table.columns.join(',')) {
      throw new RestoreError(`the columns of table ${table.name} differ from the archive`);
    }
  }
}

async function loadTables(
  client: PoolClient,
  work: string,
  manifest: BackupManifest,
): Promise<void> {
  await client.query(`SET LOCAL session_replication_role = replica`);
  const all = manifest.tables.map((t) => escapeIdentifier(t.name)).join(', ');
  await client.query(`TRUNCATE ${all} RESTART IDENTITY`);
  for (const table of manifest.tables) {
    const list = table.columns.map(escapeIdentifier).join(', ');
    await pipeline(
      createReadStream(join(work, 'data', table.file)),
      client.query(copyFrom(`COPY ${escapeIdentifier(table.name)} (${list}) FROM STDIN`)),
    );
  }
  for (const sequence of manifest.sequences) {
    await client.query(`SELECT setval(to_regclass('public.' || quote_ident($1)), $2, $3)`, [
      sequence.name,
      sequence.lastValue ?? 1,
      sequence.lastValue !== null,
    ]);
  }
  await client.query(`SET LOCAL session_replication_role = origin`);
}

/** Every table read back must give the manifest's row count and rows checksum. */
async function verifyTables(client: PoolClient, manifest: BackupManifest): Promise<void> {
  const wrong: string[] = [];
  for (const table of manifest.tables) {
    const sum = new RowChecksum();
    const list = table.columns.map(escapeIdentifier).join(', ');
    await pipeline(
      client.query(copyTo(`COPY ${escapeIdentifier(table.name)} (${list}) TO STDOUT`)),
      sum,
      discard(),
    );
    if (sum.rows !== table.rows || sum.rowsChecksum !== table.rowsChecksum) {
      wrong.push(`${table.name} (${sum.rows}/${table.rows} rows)`);
    }
  }
  if (wrong.length)
    throw new RestoreError(`restored data differs from the archive: ${wrong.join(', ')}`);
}

const discard = () => new Writable({ write: (_chunk, _encoding, done) => done() });
