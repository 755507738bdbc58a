import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

import { Client } from 'pg';

import { grantAppRole } from '../../../api/src/database/public-api';

const ROOT = resolve(__dirname, '../../../..');

/**
 * Runs `npm run db:<command>` the way an operator does (the same script, DATABASE_URL and
 * DATABASE_MIGRATION_URL set to `url`, which should be the owner role's).
 */
export function databaseCli(
  command: 'backup' | 'restore' | 'seed',
  url: string,
  args: string[] = [],
  env: Record<string, string> = {},
): { status: number | null; out: string } {
  const result = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', 'tools/db/cli.ts', command, ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        ...env,
        DATABASE_URL: url,
        DATABASE_MIGRATION_URL: url,
        SWC_NODE_PROJECT: 'tools/tsconfig.tools.json',
      },
    },
  );
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

/**
 * Database `name` created empty by the superuser at `adminUrl` and set up for the app's roles as
 * docs/operations.md says (owned by `owner`, default privileges for `app`: they belong to each
 * database, so a restore target needs them before the restore).
 */
export async function createAppDatabase(
  adminUrl: string,
  name: string,
  roles: { owner: string; app: string },
): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" OWNER "${roles.owner}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await grantAppRole(client, {
      owner: { name: roles.owner, password: '' },
      app: { name: roles.app, password: '' },
    });
  } finally {
    await client.end();
  }
}

export interface TableFacts {
  rows: number;
  md5: string;
}

/** Row count and an order-free digest of every table and sequence, computed by PostgreSQL itself. */
export async function tableFacts(url: string): Promise<Record<string, TableFacts>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET TimeZone = 'UTC'`);
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
    );
    const facts: Record<string, TableFacts> = {};
    for (const { name } of tables) {
      const [row] = (
        await client.query<{ rows: string; md5: string | null }>(
          `SELECT count(*) AS rows,
                  md5(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE "C")) AS md5
             FROM public."${name}" t`,
        )
      ).rows;
      facts[name] = { rows: Number(row.rows), md5: row.md5 ?? '' };
    }
    const { rows: sequences } = await client.query<{ name: string; last: string | null }>(
      `SELECT sequencename AS name, last_value::text AS last FROM pg_sequences WHERE schemaname = 'public'`,
    );
    for (const s of sequences) facts[`sequence ${s.name}`] = { rows: 0, md5: s.last ?? '' };
    return facts;
  } finally {
    await client.end();
  }
}
