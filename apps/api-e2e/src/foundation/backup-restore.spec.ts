import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Client } from 'pg';
import { create as createTar, extract as extractTar } from 'tar';

import { restoreDatabase } from '../../../api/src/public-api';
import { databaseCli as cli, createAppDatabase, tableFacts } from '../support/database-cli';
import { type TestApp, createTestApp } from '../support/test-app';

describe('backup and restore (npm run db:backup / db:restore)', () => {
  let t: TestApp;
  let work: string;
  let archive: string;
  const created: string[] = [];
  // Backup and restore run as the owner role, as operators do; the API itself as the app role.
  const ownerUrl = process.env['DATABASE_MIGRATION_URL'] as string;

  /** A new empty database set up for the owner and app roles; its owner's URL. */
  async function freshDatabase(): Promise<string> {
    const name = `thidua_restore_${Date.now().toString(36)}_${created.length}`;
    await createAppDatabase(process.env['TEST_DATABASE_ADMIN_URL'] as string, name, {
      owner: new URL(ownerUrl).username,
      app: new URL(process.env['DATABASE_URL'] as string).username,
    });
    created.push(name);
    return databaseUrl(name);
  }

  /** The URL of database `name`, as the owner role, or as another role of the same cluster. */
  function databaseUrl(name: string, roleUrl = ownerUrl): string {
    const url = new URL(roleUrl);
    url.pathname = `/${name}`;
    return url.toString();
  }

  async function asSuperuser(sql: string): Promise<void> {
    const client = new Client({ connectionString: process.env['TEST_DATABASE_ADMIN_URL'] });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    t = await createTestApp();
    work = mkdtempSync(join(tmpdir(), 'thidua-backup-spec-'));
    archive = join(work, 'demo.backup');
  });

  afterAll(async () => {
    for (const name of created) await asSuperuser(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await t.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('should round-trip the demo data into a fresh database, every table identical', async () => {
    const source = ownerUrl;
    const backup = cli('backup', source, [archive]);
    expect(backup.out).toContain(`backup written to ${archive} (built-in archive:`);
    expect(backup.status).toBe(0);
    const before = await tableFacts(source);

    const target = await freshDatabase();
    const restore = cli('restore', target, [archive]);
    expect(restore.out).toContain(`restored ${archive}`);
    expect(restore.status).toBe(0);

    const after = await tableFacts(target);
    expect(after).toEqual(before);
    // The demo data is really there, not two empty databases.
    expect(before['units'].rows).toBeGreaterThan(10);
    expect(before['migrations'].rows).toBeGreaterThanOrEqual(6);
    expect(before['ballots'].rows).toBeGreaterThan(0);

    // The app role reads and writes the restored tables: its rights come with the owner's tables.
    const app = new Client({
      connectionString: databaseUrl(new URL(target).pathname.slice(1), process.env['DATABASE_URL']),
    });
    await app.connect();
    try {
      await app.query(`UPDATE units SET name = name WHERE code = 'BTGTU'`);
      const [count] = (await app.query(`SELECT count(*)::int AS n FROM units`)).rows;
      expect(count.n).toBe(before['units'].rows);
    } finally {
      await app.end();
    }
  }, 180_000);

  it('should write a manifest with the app version, the migrations and per-table counts and checksums', async () => {
    const out = mkdtempSync(join(work, 'x-'));
    await extractTar({ file: archive, cwd: out });
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const migrations = await t.dataSource.query(`SELECT name FROM migrations ORDER BY id`);
    expect(manifest).toEqual(
      expect.objectContaining({
        format: 'thidua-backup',
        appVersion: expect.any(String),
        migrations: migrations.map((m: { name: string }) => m.name),
      }),
    );
    const units = manifest.tables.find((x: { name: string }) => x.name === 'units');
    expect(units).toEqual(
      expect.objectContaining({
        rows: expect.any(Number),
        fileSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        rowsChecksum: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    );
    expect(units.rows).toBeGreaterThan(10);
  });

  it('should refuse a database that is not empty, and replace it with --force', async () => {
    const target = await freshDatabase();
    expect(cli('restore', target, [archive]).status).toBe(0);
    const client = new Client({ connectionString: target });
    await client.connect();
    try {
      await client.query(`UPDATE units SET name = 'Đổi sau sao lưu' WHERE code = 'BTGTU'`);
      const refused = cli('restore', target, [archive]);
      expect(refused.status).toBe(1);
      expect(refused.out).toContain('the database is not empty');
      const [unchanged] = (await client.query(`SELECT name FROM units WHERE code = 'BTGTU'`)).rows;
      expect(unchanged.name).toBe('Đổi sau sao lưu');

      expect(cli('restore', target, [archive, '--force']).status).toBe(0);
      const [restored] = (await client.query(`SELECT name FROM units WHERE code = 'BTGTU'`)).rows;
      expect(restored.name).not.toBe('Đổi sau sao lưu');
    } finally {
      await client.end();
    }
    expect(await tableFacts(target)).toEqual(await tableFacts(databaseUrl(created[0])));
  }, 180_000);

  interface Manifest {
    migrations: string[];
    tables: Array<{ name: string; file: string; columns: string[] }>;
  }
  function unitsOf(manifest: Manifest): Manifest['tables'][number] {
    const units = manifest.tables.find((x) => x.name === 'units');
    if (!units) throw new Error('the archive has no units table');
    return units;
  }

  it.each<[string, (dir: string, manifest: Manifest) => void, string | RegExp]>([
    [
      'a damaged archive (before touching the database)',
      (dir, manifest) => {
        const path = join(dir, 'data', unitsOf(manifest).file);
        writeFileSync(path, readFileSync(path, 'utf8').replace('BTGTU', 'XXXXX'));
      },
      'the archive is damaged: data of table units does not match its checksum',
    ],
    [
      'an archive made at a migration this app does not have',
      (_, manifest) => manifest.migrations.push('AddSomethingFromTheFuture1999999999999'),
      /made at migration AddSomethingFromTheFuture1999999999999/,
    ],
    [
      // The archive's own checks pass; the schema check fails after the migrations ran, inside the
      // same transaction, so nothing of them is left either.
      'data that does not fit the schema, rolling the migrations back',
      (_, manifest) => {
        const units = unitsOf(manifest);
        units.columns = [...units.columns.slice(0, -1), 'no_such_column'];
      },
      'the columns of table units differ from the archive',
    ],
  ])('should refuse %s and leave the database empty', async (_, tamper, error) => {
    const dir = mkdtempSync(join(work, 'tampered-'));
    await extractTar({ file: archive, cwd: dir });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    tamper(dir, manifest);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const tampered = join(dir, 'tampered.backup');
    await createTar({ gzip: true, file: tampered, cwd: dir }, ['manifest.json', 'data']);

    const target = await freshDatabase();
    await expect(restoreDatabase(target, tampered)).rejects.toThrow(error);
    expect(await tableFacts(target)).toEqual({});
  });
});
