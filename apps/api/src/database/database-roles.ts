import { Client, escapeIdentifier, escapeLiteral } from 'pg';

/**
 * The two roles the app uses: `owner` owns the schema and runs migrations, backups and restores;
 * `app` is what the API connects as, and may only read and write rows (no DDL, not superuser).
 */
export interface DatabaseRoles {
  owner: { name: string; password: string };
  app: { name: string; password: string };
}

/**
 * The embedded PostgreSQL's roles. It listens on 127.0.0.1 only and its superuser's password is
 * fixed too: these passwords keep roles apart, not people out.
 */
/**
 * The job queue's schema (`JOB_QUEUE_SCHEMA` of @thidua/shared/api-core, not imported: the embedded
 * database's set-up loads no app code).
 */
const JOB_QUEUE_SCHEMA = 'pgboss';

export const EMBEDDED_ROLES: DatabaseRoles = {
  owner: { name: 'thidua_owner', password: 'thidua_owner' },
  app: { name: 'thidua_app', password: 'thidua_app' },
};

/**
 * Objects of `public` and of the job queue's schema (`$2`) not owned by the owner role and not part
 * of an extension (older data dirs).
 */
const FOREIGN_OBJECTS = `
  SELECT format('ALTER %s %s OWNER TO %I',
                CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
                               WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
                c.oid::regclass, $1::text) AS sql
    FROM pg_class c
   WHERE c.relnamespace = ANY ($2::regnamespace[]) AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
     AND c.relowner <> $1::regrole
     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                        AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
  UNION ALL
  SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, $1::text)
    FROM pg_proc p
   WHERE p.pronamespace = ANY ($2::regnamespace[]) AND p.proowner <> $1::regrole
     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                        AND d.objid = p.oid AND d.deptype = 'e')
  UNION ALL
  SELECT format('ALTER TYPE %s OWNER TO %I', t.oid::regtype, $1::text)
    FROM pg_type t
   WHERE t.typnamespace = ANY ($2::regnamespace[]) AND t.typtype IN ('e', 'd', 'r')
     AND t.typowner <> $1::regrole
     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                        AND d.objid = t.oid AND d.deptype = 'e')`;

async function ensureRole(client: Client, role: { name: string; password: string }): Promise<void> {
  const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role.name]);
  const verb = exists.rowCount ? 'ALTER' : 'CREATE';
  await client.query(
    `${verb} ROLE ${escapeIdentifier(role.name)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${escapeLiteral(role.password)}`,
  );
}

/**
 * Cluster part, as a superuser: both roles, `database` owned by the owner role (created if
 * missing), only the app role may connect besides the owner, and the owner may set
 * `session_replication_role` (the built-in restore loads tables with triggers held off).
 * Idempotent, also on a data dir of an older version where everything belongs to `postgres`.
 */
export async function ensureClusterRoles(
  client: Client,
  database: string,
  roles: DatabaseRoles,
): Promise<void> {
  await ensureRole(client, roles.owner);
  await ensureRole(client, roles.app);
  const db = escapeIdentifier(database);
  const owner = escapeIdentifier(roles.owner.name);
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  await client.query(
    exists.rowCount
      ? `ALTER DATABASE ${db} OWNER TO ${owner}`
      : `CREATE DATABASE ${db} OWNER ${owner}`,
  );
  await client.query(`REVOKE ALL ON DATABASE ${db} FROM PUBLIC`);
  await client.query(`GRANT CONNECT ON DATABASE ${db} TO ${escapeIdentifier(roles.app.name)}`);
  await client.query(`GRANT SET ON PARAMETER session_replication_role TO ${owner}`);
}

/**
 * Database part, as a superuser connected to the app's database: what older versions created as
 * `postgres` passes to the owner role, the app role gets row rights on everything there is, and
 * default privileges give it the same on whatever the owner's migrations create later (they are
 * not tied to the schema, so they survive a restore that recreates it).
 */
export async function grantAppRole(client: Client, roles: DatabaseRoles): Promise<void> {
  const owner = escapeIdentifier(roles.owner.name);
  const app = escapeIdentifier(roles.app.name);
  const { rows: queue } = await client.query(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [
    JOB_QUEUE_SCHEMA,
  ]);
  const schemas = queue.length ? ['public', JOB_QUEUE_SCHEMA] : ['public'];
  const { rows } = await client.query<{ sql: string }>(FOREIGN_OBJECTS, [
    roles.owner.name,
    schemas,
  ]);
  for (const { sql } of rows) await client.query(sql);
  // The job queue's schema (pg-boss, installed with the migrations), as `public` below.
  if (queue.length) {
    const boss = escapeIdentifier(JOB_QUEUE_SCHEMA);
    for (const sql of [
      `ALTER SCHEMA ${boss} OWNER TO ${owner}`,
      `GRANT USAGE ON SCHEMA ${boss} TO ${app}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${boss} TO ${app}`,
      `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${boss} TO ${app}`,
    ]) {
      await client.query(sql);
    }
  }
  for (const sql of [
    `GRANT USAGE ON SCHEMA public TO ${app}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`,
    `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${app}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} GRANT USAGE, SELECT ON SEQUENCES TO ${app}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} GRANT EXECUTE ON FUNCTIONS TO ${app}`,
  ]) {
    await client.query(sql);
  }
}
