/**
 * Database commands for developers and operators, on DATABASE_URL or, when unset, on the same
 * embedded PostgreSQL the app uses (.data/postgres):
 *   npm run db:migration:run | db:migration:revert | db:seed
 *   npm run db:migration:generate -- apps/api/src/database/migrations/<Name>
 */
import { spawnSync } from 'node:child_process';

import { DataSource } from 'typeorm';

import { readDatabaseConfig } from '../../apps/api/src/config/database.config';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';
import { seedDemoData } from '../../apps/api/src/database/seeds/demo-seed';

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const config = readDatabaseConfig();
  let stop: (() => Promise<void>) | undefined;
  let url = config.url;
  if (!url) {
    const embedded = await startEmbeddedPostgres(config.embedded);
    url = embedded.url;
    stop = embedded.stop;
  }
  try {
    if (command === 'seed') {
      const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
      await dataSource.runMigrations();
      await seedDemoData(dataSource);
      await dataSource.destroy();
      return;
    }
    if (
      !['migration:run', 'migration:revert', 'migration:generate', 'migration:show'].includes(
        command,
      )
    ) {
      throw new Error(`unknown command "${command}"`);
    }
    const args = [
      '-r',
      '@swc-node/register',
      'node_modules/typeorm/cli.js',
      command,
      '-d',
      'apps/api/src/database/data-source.ts',
      ...rest,
    ];
    const result = spawnSync(process.execPath, args, {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: url },
    });
    process.exitCode = result.status ?? 1;
  } finally {
    await stop?.();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
