import {
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

import { Client, escapeIdentifier } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { create as createTar } from 'tar';

import {
  BACKUP_FORMAT,
  type BackupManifest,
  type BackupSequence,
  type BackupTable,
  COPY_SESSION_SETTINGS,
} from './backup-manifest';
import { RowChecksum } from './copy-rows';
import { listColumns, listTables, serverVersion } from './schema-catalog';

/**
 * Writes every table of the app's schema (the `migrations` table included) into one gzip'd tar
 * archive: `manifest.json` first, then `data/<n>-<table>.copy` in COPY text format. All tables are
 * read in ONE repeatable-read, read-only transaction, so the archive is one consistent snapshot.
 */
export async function createLogicalBackup(
  url: string,
  file: string,
  appVersion: string,
): Promise<BackupManifest> {
  const work = mkdtempSync(join(tmpdir(), 'thidua-backup-'));
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (const setting of COPY_SESSION_SETTINGS) await client.query(setting);
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const names = await listTables(client);
    const tables: BackupTable[] = [];
    const dataDir = join(work, 'data');
    mkdirSync(dataDir);
    for (const [index, name] of names.entries()) {
      const columns = await listColumns(client, name);
      const fileName = `${String(index + 1).padStart(3, '0')}-${name}.copy`;
      const sum = new RowChecksum();
      const list = columns.map(escapeIdentifier).join(', ');
      await pipeline(
        client.query(copyTo(`COPY ${escapeIdentifier(name)} (${list}) TO STDOUT`)),
        sum,
        createWriteStream(join(dataDir, fileName)),
      );
      tables.push({
        name,
        columns,
        file: fileName,
        rows: sum.rows,
        fileSha256: sum.fileSha256(),
        rowsChecksum: sum.rowsChecksum,
      });
    }
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: 1,
      appVersion,
      createdAt: new Date().toISOString(),
      serverVersion: await serverVersion(client),
      migrations: names.includes('migrations') ? await readMigrations(client) : [],
      tables,
      sequences: await readSequences(client),
    };
    await client.query('COMMIT');
    writeFileSync(join(work, 'manifest.json'), JSON.stringify(manifest, null, 2));
    const partial = `${file}.partial`;
    await createTar({ gzip: true, file: partial, cwd: work, portable: true }, [
      'manifest.json',
      'data',
    ]);
    renameSync(partial, file);
    return manifest;
  } finally {
    await client.end();
    rmSync(work, { recursive: true, force: true });
  }
}

async function readMigrations(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT name FROM migrations ORDER BY "timestamp", id`,
  );
  return rows.map((r) => r.name);
}

async function readSequences(client: Client): Promise<BackupSequence[]> {
  const { rows } = await client.query<{ name: string; last_value: string | null }>(
    `SELECT sequencename AS name, last_value::text AS last_value FROM pg_sequences
      WHERE schemaname = 'public' ORDER BY sequencename COLLATE "C"`,
  );
  return rows.map((r) => ({ name: r.name, lastValue: r.last_value }));
}
