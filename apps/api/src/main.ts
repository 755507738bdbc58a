import cluster, { type Worker } from 'node:cluster';
import type { Server } from 'node:http';

import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';

import { AppModule } from './app/app.module';
import { configureApp } from './app/configure-app';
import { type AppConfig, readAppConfig } from './config/app.config';
import { type DatabaseConfig, readDatabaseConfig } from './config/database.config';
import { dataSourceOptions } from './database/data-source-options';
import { EMBEDDED_ROLES } from './database/database-roles';
import { describeError, startEmbeddedPostgres } from './database/embedded-postgres';
import { migrateDatabase } from './database/migrate-database';
import { seedDemoData } from './database/seeds/demo-seed';

/** Pending connections the listening socket queues (Node's default is 511). */
const LISTEN_BACKLOG = 4096;
/**
 * How long an idle connection stays open (Node's default is 5 s): a phone that loaded the ballot
 * votes a minute later on the same connection instead of opening a new one. Above a reverse
 * proxy's own upstream keep-alive (nginx: 60 s), so the proxy, not the API, closes first.
 */
const KEEP_ALIVE_MS = 75_000;

/**
 * The database from DATABASE_URL (and DATABASE_MIGRATION_URL), or an embedded one started here
 * with its two roles; answers how to stop it.
 */
async function provideDatabase(dbCfg: DatabaseConfig): Promise<(() => Promise<void>) | undefined> {
  if (dbCfg.url) return undefined;
  const log = (message: string) => console.log(`[embedded-postgres] ${message}`);
  const embedded = await startEmbeddedPostgres({ ...dbCfg.embedded, log, ownsShutdown: true });
  process.env['DATABASE_URL'] = embedded.url;
  process.env['DATABASE_MIGRATION_URL'] = embedded.migrationUrl;
  log(
    `running on port ${dbCfg.embedded.port}, data in ${dbCfg.embedded.dataDir}; the API connects as ${EMBEDDED_ROLES.app.name}, migrations run as ${EMBEDDED_ROLES.owner.name}`,
  );
  return embedded.stop;
}

/** One API process: Nest on the port (alone, or as one worker of the cluster). */
async function serve(appCfg: AppConfig, dbCfg: DatabaseConfig): Promise<void> {
  const stopDatabase = await provideDatabase(dbCfg);
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  configureApp(app, appCfg);
  if (dbCfg.seedDemo) await seedDemoData(app.get(DataSource));

  const shutdown = async () => {
    await app.close();
    await stopDatabase?.();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());

  await app.init();
  // A hall of phones connects at once: a deeper queue of pending connections than Node's default
  // (511) keeps the kernel from dropping them into a one-second retry (capped by somaxconn).
  await new Promise<void>((resolve, reject) => {
    const server = app.getHttpServer() as Server;
    server.keepAliveTimeout = KEEP_ALIVE_MS;
    server.headersTimeout = KEEP_ALIVE_MS + 5_000;
    server.once('error', reject);
    server.listen({ port: appCfg.port, backlog: LISTEN_BACKLOG }, () => resolve());
  });
  if (cluster.isPrimary)
    app
      .get(Logger)
      .log(`Thi đua is running on http://localhost:${appCfg.port} (API: /api/v1, docs: /api/docs)`);
}

/**
 * API_WORKERS > 1: this primary process provides the database, runs the migrations and the demo
 * seed once, then forks the workers, which share the port (node:cluster) and restarts any that
 * dies. Nothing of the app lives in one process's memory that another needs: sessions, rate limits
 * and votes are in PostgreSQL, and live ballot news goes over LISTEN/NOTIFY.
 */
async function runPrimary(appCfg: AppConfig, dbCfg: DatabaseConfig): Promise<void> {
  const stopDatabase = await provideDatabase(dbCfg);
  const { url, migrationUrl } = readDatabaseConfig() as { url: string; migrationUrl: string };
  if (dbCfg.runMigrations) await migrateDatabase(migrationUrl);
  if (dbCfg.seedDemo) {
    const dataSource = await new DataSource(dataSourceOptions(url, 2)).initialize();
    await seedDemoData(dataSource);
    await dataSource.destroy();
  }

  const env = {
    DATABASE_URL: url,
    DATABASE_MIGRATION_URL: migrationUrl,
    DATABASE_MIGRATIONS_RUN: 'false',
    SEED_DEMO_DATA: 'false',
  };
  let isStopping = false;
  const workers = new Set<Worker>();
  const fork = () => {
    const worker = cluster.fork(env);
    workers.add(worker);
    worker.once('exit', (code, signal) => {
      workers.delete(worker);
      if (isStopping) return;
      console.error(
        `API worker ${worker.process.pid} stopped (${signal ?? code}); starting another`,
      );
      fork();
    });
  };
  for (let i = 0; i < appCfg.workers; i += 1) fork();
  let listening = 0;
  cluster.on('listening', () => {
    listening += 1;
    if (listening === appCfg.workers)
      console.log(
        `Thi đua is running on http://localhost:${appCfg.port} with ${appCfg.workers} API workers (API: /api/v1, docs: /api/docs)`,
      );
  });

  const shutdown = async () => {
    if (isStopping) return;
    isStopping = true;
    await Promise.all(
      [...workers].map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      ),
    );
    await stopDatabase?.();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

async function bootstrap(): Promise<void> {
  const appCfg = readAppConfig();
  const dbCfg = readDatabaseConfig();
  if (cluster.isPrimary && appCfg.workers > 1) return runPrimary(appCfg, dbCfg);
  return serve(appCfg, dbCfg);
}

bootstrap().catch((error: unknown) => {
  console.error(`Thi đua could not start: ${describeError(error)}`);
  if (error instanceof Error && error.stack) console.error(error.stack);
  process.exit(1);
});
