import { resolve } from 'node:path';

import { registerAs } from '@nestjs/config';

export interface DatabaseConfig {
  /** The database to use, as the app role (rows only); when unset the API starts an embedded PostgreSQL. */
  url: string | undefined;
  /** The same database as the owner role, for migrations, backup and restore (default: `url`). */
  migrationUrl: string | undefined;
  embedded: {
    dataDir: string;
    port: number;
    persistent: boolean;
  };
  /** Load the demo data (idempotent). Default: on, unless production with an external database. */
  seedDemo: boolean;
  poolSize: number;
  /** Run pending migrations at boot (default); off when they are run apart, e.g. by the cluster's primary. */
  runMigrations: boolean;
}

export function readDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env['DATABASE_URL'] || undefined;
  const migrationUrl = env['DATABASE_MIGRATION_URL'] || undefined;
  if (migrationUrl && !url) {
    throw new Error('DATABASE_MIGRATION_URL is set but DATABASE_URL is not: set both, or neither');
  }
  const isProduction = env['NODE_ENV'] === 'production';
  const seed = env['SEED_DEMO_DATA'];
  const port = Number(env['EMBEDDED_PG_PORT'] ?? 54329);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`EMBEDDED_PG_PORT must be a port number (got "${env['EMBEDDED_PG_PORT']}")`);
  }
  return {
    url,
    migrationUrl: migrationUrl ?? url,
    embedded: {
      dataDir: resolve(env['EMBEDDED_PG_DIR'] ?? '.data/postgres'),
      port,
      persistent: env['EMBEDDED_PG_PERSISTENT'] !== 'false',
    },
    seedDemo: seed === undefined ? !(isProduction && url) : seed === 'true',
    poolSize: Number(env['DATABASE_POOL_SIZE'] ?? 10),
    runMigrations: env['DATABASE_MIGRATIONS_RUN'] !== 'false',
  };
}

export const databaseConfig = registerAs('database', () => readDatabaseConfig());
