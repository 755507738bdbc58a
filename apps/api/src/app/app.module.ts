import { Module, RequestMethod } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { APP_FILTER } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@thidua/auth/api';
import { AwardsModule } from '@thidua/awards/api';
import { BallotsModule } from '@thidua/ballots/api';
import { DocumentsModule } from '@thidua/documents/api';
import { RegistryModule } from '@thidua/registry/api';
import { MovementsModule } from '@thidua/movements/api';
import { ScoringModule } from '@thidua/scoring/api';
import { ReportsModule, TasksModule } from '@thidua/reports/api';
import {
  AllExceptionsFilter,
  AttachmentsModule,
  AuditModule,
  JobQueueModule,
  RenderModule,
  SigningModule,
} from '@thidua/shared/api-core';
import { LoggerModule } from 'nestjs-pino';

import { appConfig } from '../config/app.config';
import { type DatabaseConfig, databaseConfig, readDatabaseConfig } from '../config/database.config';
import { readJobQueueOptions, readRenderPoolOptions } from '../config/jobs.config';
import { dataSourceOptions } from '../database/data-source-options';
import { migrateDatabase } from '../database/migrate-database';
import { HealthController } from '../health/health.controller';

@Module({
  imports: [
    ConfigModule.forRoot({
      isGlobal: true,
      load: [appConfig, databaseConfig],
      ignoreEnvFile: true,
    }),
    LoggerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        pinoHttp: {
          level: config.get<string>('app.logLevel') ?? 'info',
          autoLogging: { ignore: (req) => req.url === '/api/v1/health' },
          redact: [
            'req.headers.authorization',
            'req.headers.cookie',
            'req.headers["x-voting-code"]',
            'res.headers["set-cookie"]',
          ],
          customProps: (req) => ({ userId: (req as { user?: { id: string } }).user?.id }),
        },
        // No access-log line per vote: its time and address are nobody's business, and a hall of
        // phones would write hundreds a second. Server errors on votes are still logged by the error filter.
        exclude: [{ method: RequestMethod.POST, path: 'ballots/:id/votes', version: '1' }],
      }),
    }),
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: async (config: ConfigService) => {
        const db = config.getOrThrow<DatabaseConfig>('database');
        if (!db.url || !db.migrationUrl)
          throw new Error('DATABASE_URL is not set and no embedded database was started');
        if (db.runMigrations) await migrateDatabase(db.migrationUrl);
        return dataSourceOptions(db.url, db.poolSize);
      },
    }),
    TerminusModule,
    // Documents render in worker threads; long work runs as durable jobs (docs/operations.md).
    RenderModule.register(() => readRenderPoolOptions()),
    JobQueueModule.register(() => ({ url: databaseUrl(), ...readJobQueueOptions() })),
    AuditModule,
    AttachmentsModule,
    SigningModule,
    RegistryModule,
    AuthModule,
    MovementsModule,
    ScoringModule,
    AwardsModule,
    BallotsModule,
    DocumentsModule,
    ReportsModule,
    TasksModule,
  ],
  controllers: [HealthController],
  providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }],
})
export class AppModule {}

/** The app role's database URL, set by now (main.ts starts the embedded database first). */
function databaseUrl(): string {
  const url = readDatabaseConfig().url;
  if (!url) throw new Error('DATABASE_URL is not set and no embedded database was started');
  return url;
}
