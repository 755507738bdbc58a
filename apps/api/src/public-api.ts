/*
 * What the API application lends to its integration tests (apps/api-e2e) and to the database CLI
 * (tools/db): booting the app, its configuration, the embedded PostgreSQL, migrations, roles,
 * backup and the demo data (`database/public-api.ts` holds the part that loads without the
 * application's libraries). Code outside apps/api imports the application only through this file;
 * tools/workspace-checks fails when something reaches past it.
 */
export { AppModule } from './app/app.module';
export { configureApp } from './app/configure-app';
export { readAppConfig } from './config/app.config';
export { readDatabaseConfig } from './config/database.config';
export { backupDatabase, restoreDatabase } from './database/backup';
export { dataSourceOptions } from './database/data-source-options';
export * from './database/public-api';
export { migrateDatabase } from './database/migrate-database';
export { MIGRATIONS } from './database/migrations';
export { CAMPAIGN_LIST_2021, FLAG_LIST_2023 } from './database/seeds/demo-award-lists';
export { seedDemoData } from './database/seeds/demo-seed';
