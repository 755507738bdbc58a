import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startEmbeddedPostgres } from '../../../api/src/database/public-api';
import { freePort } from './throwaway-postgres';

/**
 * Integration tests run against a real PostgreSQL: `TEST_DATABASE_URL` when given (with
 * `TEST_DATABASE_MIGRATION_URL` and `TEST_DATABASE_ADMIN_URL` for the owner role and a superuser,
 * both defaulting to it), else a throw-away embedded instance on a free port (removed afterwards).
 */
export default async function globalSetup(): Promise<void> {
  // Documents render in the test's own process (the render pool's TypeScript worker would load
  // swc in every thread); durable-exports.spec runs the pool itself (RENDER_WORKERS=1).
  process.env['RENDER_WORKERS'] ??= '0';
  if (process.env['TEST_DATABASE_URL']) return;
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'thidua-test-pg-'));
  const db = await startEmbeddedPostgres({
    dataDir,
    port,
    persistent: false,
    database: 'thidua_test',
  });
  // The app under test connects as the app role; the owner role migrates; the superuser is for
  // the specs' own inspection and set-up (creating databases).
  process.env['TEST_DATABASE_URL'] = db.url;
  process.env['TEST_DATABASE_MIGRATION_URL'] = db.migrationUrl;
  process.env['TEST_DATABASE_ADMIN_URL'] = db.adminUrl;
  (globalThis as { __THIDUA_PG__?: { stop(): Promise<void> } }).__THIDUA_PG__ = db;
}
