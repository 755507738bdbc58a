import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Client } from 'pg';

import {
  EMBEDDED_ROLES as ROLES,
  ensureClusterRoles,
  grantAppRole,
} from '../../../api/src/database/public-api';
import { createAppDatabase, databaseCli, tableFacts } from '../support/database-cli';
import { type SystemPostgres, startSystemPostgres } from '../support/system-postgres';

/**
 * The pg_dump route of `npm run db:backup` / `db:restore`, which a site takes when its pg_dump is
 * at least as new as its server. The embedded server is PostgreSQL 18 and Debian 12 ships tools of
 * 15, so this runs the app's migrations and demo data on Debian's PostgreSQL 15 server and backs it
 * up and restores it with that version's pg_dump and pg_restore. The server has the two roles of
 * docs/operations.md: the commands run as the owner role, and the app role can use what they restore.
 */

/** `url` with another user. */
function asRole(url: string, role: string): string {
  const other = new URL(url);
  other.username = role;
  return other.toString();
}

async function query(url: string, sql: string): Promise<Array<Record<string, unknown>>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}
describe('backup and restore with pg_dump / pg_restore (PostgreSQL 15)', () => {
  let pg: SystemPostgres;
  let work: string;
  let source: string;
  let archive: string;
  let tools: Record<string, string>;

  /** A new database set up for the two roles (docs/operations.md); its owner role's URL. */
  async function appDatabase(name: string): Promise<string> {
    await createAppDatabase(pg.url('postgres'), name, {
      owner: ROLES.owner.name,
      app: ROLES.app.name,
    });
    return asRole(pg.url(name), ROLES.owner.name);
  }

  beforeAll(async () => {
    pg = await startSystemPostgres();
    work = mkdtempSync(join(tmpdir(), 'thidua-pg-dump-spec-'));
    archive = join(work, 'demo.dump');
    tools = {
      PG_DUMP_PATH: join(pg.binDir, 'pg_dump'),
      PG_RESTORE_PATH: join(pg.binDir, 'pg_restore'),
    };
    const admin = new Client({ connectionString: pg.url('postgres') });
    await admin.connect();
    await ensureClusterRoles(admin, 'thidua', ROLES).finally(() => admin.end());
    const thidua = new Client({ connectionString: pg.url('thidua') });
    await thidua.connect();
    await grantAppRole(thidua, ROLES).finally(() => thidua.end());
    source = asRole(pg.url('thidua'), ROLES.owner.name);
    const seed = databaseCli('seed', source);
    if (seed.status !== 0) throw new Error(`seeding PostgreSQL 15 failed:\n${seed.out}`);
  }, 300_000);

  afterAll(() => {
    pg?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('should back up with pg_dump and restore with pg_restore, every table identical', async () => {
    const backup = databaseCli('backup', source, [archive], tools);
    expect(backup.out).toContain(`backup written to ${archive} (with ${tools['PG_DUMP_PATH']})`);
    expect(backup.status).toBe(0);
    expect(readFileSync(archive).subarray(0, 5).toString('latin1')).toBe('PGDMP');

    const target = await appDatabase('restored');
    const restore = databaseCli('restore', target, [archive], tools);
    expect(restore.out).toContain(`restored ${archive} (with ${tools['PG_RESTORE_PATH']})`);
    expect(restore.status).toBe(0);

    const before = await tableFacts(source);
    expect(await tableFacts(target)).toEqual(before);
    expect(before['units'].rows).toBeGreaterThan(10);
    expect(before['ballots'].rows).toBeGreaterThan(0);
    const [units] = await query(
      asRole(target, ROLES.app.name),
      'SELECT count(*)::int AS n FROM units',
    );
    expect(units.n).toBe(before['units'].rows);
  }, 180_000);

  it('should refuse a database that is not empty, and replace it with --force', async () => {
    const target = asRole(pg.url('restored'), ROLES.owner.name);
    const client = new Client({ connectionString: target });
    await client.connect();
    try {
      await client.query(`UPDATE units SET name = 'Đổi sau sao lưu' WHERE code = 'BTGTU'`);
      const refused = databaseCli('restore', target, [archive], tools);
      expect(refused.status).toBe(1);
      expect(refused.out).toContain('the database is not empty');
      const [kept] = (await client.query(`SELECT name FROM units WHERE code = 'BTGTU'`)).rows;
      expect(kept.name).toBe('Đổi sau sao lưu');

      expect(databaseCli('restore', target, [archive, '--force'], tools).status).toBe(0);
      const [restored] = (await client.query(`SELECT name FROM units WHERE code = 'BTGTU'`)).rows;
      expect(restored.name).not.toBe('Đổi sau sao lưu');
    } finally {
      await client.end();
    }
    expect(await tableFacts(target)).toEqual(await tableFacts(source));
  }, 180_000);

  it('should say which tool is missing when no pg_restore is new enough for a pg_dump archive', async () => {
    const target = await appDatabase('no_tool');
    const refused = databaseCli('restore', target, [archive], {
      PG_RESTORE_PATH: '/nonexistent/pg_restore',
    });
    expect(refused.status).toBe(1);
    expect(refused.out).toContain(
      'this is a pg_dump archive and no pg_restore of version 15 or newer',
    );
  });
});
