import { installJobQueue } from '@thidua/shared/api-core';
import { DataSource } from 'typeorm';

import { dataSourceOptions } from './data-source-options';

/** Arbitrary key of the advisory lock under which one instance at a time runs the migrations. */
export const MIGRATION_LOCK = 741_208_201;

/**
 * Runs the pending migrations (and installs the job queue's schema) on short-lived connections of their own, as the role of
 * `migrationUrl` (the owner role): the app's own connections belong to a role without DDL rights.
 * Instances starting together take turns under a PostgreSQL advisory lock: the first migrates, the
 * others then find nothing pending.
 */
export async function migrateDatabase(migrationUrl: string): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(migrationUrl, 2));
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'each' });
    // pg-boss's own schema (durable jobs), installed or upgraded by its own versioned migrations.
    await installJobQueue(migrationUrl);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
