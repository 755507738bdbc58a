import { Client, type DatabaseError } from 'pg';

import { migrateDatabase } from '../../../api/src/public-api';
import { createTestApp } from '../support/test-app';
import { type ThrowawayPostgres, startThrowawayPostgres } from '../support/throwaway-postgres';

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/** The SQLSTATE `sql` fails with, or 'ok'. */
async function outcome(client: Client, sql: string): Promise<string> {
  try {
    await client.query(sql);
    return 'ok';
  } catch (error) {
    return (error as DatabaseError).code ?? String(error);
  }
}

/**
 * Least privilege: the API connects as a role that reads and writes rows and nothing more; the
 * owner role runs the migrations. The embedded database sets both up by itself.
 */
describe('database roles: the app role may only read and write rows', () => {
  let app: Client;

  beforeAll(async () => {
    await migrateDatabase(process.env['DATABASE_MIGRATION_URL'] as string);
    app = await connect(process.env['DATABASE_URL'] as string);
  }, 120_000);

  afterAll(() => app?.end());

  it('should run the API under test as the app role', async () => {
    const t = await createTestApp();
    try {
      const [row] = await t.dataSource.query(`SELECT current_user AS name`);
      expect(row.name).toBe(new URL(process.env['DATABASE_URL'] as string).username);
      expect(row.name).not.toBe(new URL(process.env['DATABASE_MIGRATION_URL'] as string).username);
    } finally {
      await t.close();
    }
  }, 120_000);

  it('should be neither superuser nor owner of the database or of any object in it', async () => {
    const [role] = (
      await app.query(
        `SELECT r.rolsuper, r.rolcreatedb, r.rolcreaterole, r.rolbypassrls,
                (SELECT count(*)::int FROM pg_class WHERE relowner = r.oid) AS owned,
                (SELECT datdba = r.oid FROM pg_database WHERE datname = current_database()) AS owns_db
           FROM pg_roles r WHERE r.rolname = current_user`,
      )
    ).rows;
    expect(role).toEqual({
      rolsuper: false,
      rolcreatedb: false,
      rolcreaterole: false,
      rolbypassrls: false,
      owned: 0,
      owns_db: false,
    });
  });

  it.each([
    ['CREATE TABLE', 'CREATE TABLE app_made (id int)'],
    ['CREATE TEMP TABLE', 'CREATE TEMP TABLE app_made (id int)'],
    ['DROP TABLE', 'DROP TABLE units'],
    ['ALTER TABLE', 'ALTER TABLE units ADD COLUMN app_made int'],
    ['TRUNCATE', 'TRUNCATE units CASCADE'],
    ['CREATE FUNCTION', 'CREATE FUNCTION app_made() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$'],
    ['CREATE SCHEMA', 'CREATE SCHEMA app_made'],
    ['session_replication_role', 'SET session_replication_role = replica'],
  ])('should refuse %s to the app role', async (_, sql) => {
    expect(await outcome(app, sql)).toBe('42501'); // insufficient_privilege
  });

  it('should let the app role read and write rows, take sequences, advisory locks and LISTEN', async () => {
    const [sequence] = (
      await app.query(`SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public'`)
    ).rows;
    await app.query('BEGIN');
    try {
      expect(await outcome(app, `UPDATE units SET name = name`)).toBe('ok');
      expect(await outcome(app, `SELECT pg_advisory_xact_lock(17)`)).toBe('ok');
      expect(await outcome(app, `SELECT search_fold('Thi đua')`)).toBe('ok');
      if (sequence) expect(await outcome(app, `SELECT nextval('${sequence.name}')`)).toBe('ok');
    } finally {
      await app.query('ROLLBACK');
    }
    expect(await outcome(app, 'LISTEN roles_spec')).toBe('ok');
    expect(await outcome(app, `NOTIFY roles_spec, 'x'`)).toBe('ok');
    expect(await outcome(app, 'UNLISTEN roles_spec')).toBe('ok');
  });
});

describe('database roles: an embedded data directory from before the roles', () => {
  let pg: ThrowawayPostgres;

  beforeAll(async () => {
    pg = await startThrowawayPostgres('thidua_roles');
  }, 120_000);

  afterAll(() => pg?.destroy());

  it('should hand everything to the owner role and let the app role in, on its next start', async () => {
    await migrateDatabase(pg.migrationUrl);
    // What older versions left: everything owned by `postgres`, no other role.
    const admin = await connect(pg.adminUrl);
    try {
      for (const role of ['thidua_owner', 'thidua_app']) {
        await admin.query(`REASSIGN OWNED BY ${role} TO postgres`);
        await admin.query(`DROP OWNED BY ${role}`);
        await admin.query(`DROP ROLE ${role}`);
      }
    } finally {
      await admin.end();
    }
    await pg.stop();
    await pg.start();

    const owner = await connect(pg.adminUrl);
    try {
      const { rows } = await owner.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner <> 'thidua_owner'`,
      );
      expect(rows).toEqual([]);
    } finally {
      await owner.end();
    }
    await migrateDatabase(pg.migrationUrl);
    const app = await connect(pg.url);
    try {
      expect(await outcome(app, `INSERT INTO unit_kinds (code, name) VALUES ('cu', 'Cũ')`)).toBe(
        'ok',
      );
      expect(await outcome(app, `DELETE FROM unit_kinds WHERE code = 'cu'`)).toBe('ok');
      expect(await outcome(app, 'CREATE TABLE app_made (id int)')).toBe('42501');
    } finally {
      await app.end();
    }
  }, 180_000);
});
