import type { TestApp } from '../../support/test-app';

/** Tables a refused request may touch legitimately: sessions and the sign-in rate limit. */
export const VOLATILE_TABLES = ['sessions', 'login_throttles', 'migrations', 'typeorm_metadata'];
/** Rows that background work updates (export progress): only their count is compared. */
const COUNT_ONLY = ['export_jobs'];

/**
 * A function answering the row count and the sum of the rows' hashes (order-free, no sort) of every
 * table but `exclude`, as `table=count:sum` lines: equal before and after = nothing was written.
 */
export async function checksummer(
  t: TestApp,
  exclude: readonly string[] = VOLATILE_TABLES,
): Promise<() => Promise<string>> {
  const tables: Array<{ table_name: string }> = await t.dataSource.query(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND NOT (table_name = ANY($1))
      ORDER BY table_name`,
    [exclude],
  );
  const sql = tables
    .map(
      ({ table_name }) =>
        `SELECT '${table_name}' AS name, count(*) || ':' || ${
          COUNT_ONLY.includes(table_name)
            ? "''"
            : 'coalesce(sum(hashtextextended(x::text, 0)::numeric), 0)'
        } AS sum FROM "${table_name}" x`,
    )
    .join(' UNION ALL ');
  return async () =>
    (await t.dataSource.query(sql))
      .map((r: { name: string; sum: string }) => `${r.name}=${r.sum}`)
      .join('\n');
}

/** The tables whose line differs between two checksums. */
export function changedTables(before: string, after: string): string[] {
  const kept = new Set(after.split('\n'));
  return before
    .split('\n')
    .filter((line) => !kept.has(line))
    .map((line) => line.split('=')[0]);
}
