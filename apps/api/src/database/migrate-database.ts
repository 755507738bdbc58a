import { DataSource } from 'typeorm';

import { dataSourceOptions } from './data-source-options';

/**
 * Runs the pending migrations on a short-lived connection of their own, as the role of
 * `migrationUrl` (the owner role): the app's own connections belong to a role without DDL rights.
 */
export async function migrateDatabase(migrationUrl: string): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(migrationUrl, 1));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
