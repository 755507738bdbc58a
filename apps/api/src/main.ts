import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';

import { AppModule } from './app/app.module';
import { configureApp } from './app/configure-app';
import { readAppConfig } from './config/app.config';
import { readDatabaseConfig } from './config/database.config';
import { startEmbeddedPostgres } from './database/embedded-postgres';
import { seedDemoData } from './database/seeds/demo-seed';

async function bootstrap(): Promise<void> {
  const appCfg = readAppConfig();
  const dbCfg = readDatabaseConfig();
  let stopDatabase: (() => Promise<void>) | undefined;
  if (!dbCfg.url) {
    const embedded = await startEmbeddedPostgres({
      ...dbCfg.embedded,
      log: (message) => console.log(`[embedded-postgres] ${message}`),
    });
    process.env['DATABASE_URL'] = embedded.url;
    stopDatabase = embedded.stop;
    console.log(
      `[embedded-postgres] running on port ${dbCfg.embedded.port}, data in ${dbCfg.embedded.dataDir}`,
    );
  }

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

  await app.listen(appCfg.port);
  app
    .get(Logger)
    .log(`Thi đua is running on http://localhost:${appCfg.port} (API: /api/v1, docs: /api/docs)`);
}

bootstrap().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
