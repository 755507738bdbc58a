import { type DynamicModule, Global, Module } from '@nestjs/common';

import { JOB_QUEUE_OPTIONS, type JobQueueOptions } from './job-queue.options';
import { JobQueueService } from './job-queue.service';

/** The durable job queue (pg-boss in PostgreSQL), global: domains register handlers and send jobs. */
@Global()
@Module({})
export class JobQueueModule {
  /** `options` is read when the app starts (the database may be started just before). */
  static register(options: () => JobQueueOptions): DynamicModule {
    return {
      module: JobQueueModule,
      providers: [JobQueueService, { provide: JOB_QUEUE_OPTIONS, useFactory: options }],
      exports: [JobQueueService],
    };
  }
}
