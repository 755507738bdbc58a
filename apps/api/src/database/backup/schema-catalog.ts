import type { ClientBase } from 'pg';

/** The app's objects live in the `public` schema; objects that belong to extensions are left out. */
const NOT_FROM_EXTENSION = `NOT EXISTS (
  SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')`;

/** Names of the app's tables (partitions are read through their parent), sorted. */
export async function listTables(client: ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND ${NOT_FROM_EXTENSION}
      ORDER BY c.relname COLLATE "C"`,
  );
  return rows.map((r) => r.name);
}

/** Stored columns of a table in their order (generated columns are recomputed by the server). */
export async function listColumns(client: ClientBase, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_attribute a
      WHERE a.attrelid = to_regclass('public.' || quote_ident($1)) AND a.attnum > 0
        AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY a.attnum`,
    [table],
  );
  return rows.map((r) => r.name);
}

/** How many tables, views, sequences or types of the app's schema exist (0 = an empty database). */
export async function countAppObjects(client: ClientBase): Promise<number> {
  const { rows } = await client.query<{ count: string }>(
    `SELECT count(*) AS count FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
        AND ${NOT_FROM_EXTENSION}`,
  );
  return Number(rows[0].count);
}

export async function serverVersion(client: ClientBase): Promise<number> {
  const { rows } = await client.query<{ v: string }>(
    `SELECT current_setting('server_version_num') AS v`,
  );
  return Number(rows[0].v);
}
