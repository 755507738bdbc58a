import { Client } from 'pg';

import { migrateDatabase, MIGRATIONS } from '../../../api/src/public-api';

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Several API instances starting together on one new database: they take turns under an advisory
 * lock, so each migration runs once and every instance starts.
 */
describe('migrations: instances starting together', () => {
  const adminUrl = process.env['TEST_DATABASE_ADMIN_URL'] as string;
  const ownerUrl = new URL(process.env['DATABASE_MIGRATION_URL'] as string);
  const database = `thidua_migrate_${process.pid}`;
  const url = new URL(ownerUrl);
  url.pathname = `/${database}`;

  beforeAll(() =>
    withClient(adminUrl, (admin) =>
      admin.query(`CREATE DATABASE ${database} OWNER ${ownerUrl.username}`),
    ),
  );

  afterAll(() =>
    withClient(adminUrl, (admin) =>
      admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
    ),
  );

  it('should run every migration once when three instances migrate an empty database at once', async () => {
    const outcomes = await Promise.allSettled([1, 2, 3].map(() => migrateDatabase(url.href)));

    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    const rows = await withClient(url.href, async (client) => {
      const result = await client.query<{ name: string; runs: number }>(
        `SELECT name, count(*)::int AS runs FROM migrations GROUP BY name`,
      );
      return result.rows;
    });
    expect(rows).toHaveLength(MIGRATIONS.length);
    expect(rows.every((row) => row.runs === 1)).toBe(true);
  }, 180_000);
});
