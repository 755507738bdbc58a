import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { type Job, PgBoss } from 'pg-boss';
import type { EntityManager } from 'typeorm';

import {
  JOB_QUEUE_OPTIONS,
  JOB_QUEUE_SCHEMA,
  type JobQueueOptions,
  queueOptions,
} from './job-queue.options';

/** Which attempt of a job runs: handlers record a failure for good only on the last one. */
export interface JobAttempt {
  /** 1 for the first run. */
  number: number;
  isLast: boolean;
}

export type JobHandler<T extends object> = (data: T, attempt: JobAttempt) => Promise<void>;

/**
 * Long work (exports, certificates) as jobs kept in PostgreSQL by pg-boss: a job is sent in the
 * transaction that records it, runs in whichever API process is free (at most `concurrency` at a
 * time per process), is retried with a growing delay when it throws, and is taken up again after a
 * restart or a crash (its heartbeat stops). Domains register their handlers when their module
 * starts; the workers start once the whole app has.
 */
@Injectable()
export class JobQueueService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobQueueService.name);
  private readonly handlers = new Map<string, JobHandler<object>>();
  private boss: PgBoss | null = null;

  constructor(@Inject(JOB_QUEUE_OPTIONS) private readonly options: JobQueueOptions) {}

  /** Registers what runs the jobs of queue `name` (call before the app has started). */
  handle<T extends object>(name: string, handler: JobHandler<T>): void {
    this.handlers.set(name, handler as JobHandler<object>);
  }

  /** Queues a job; with `manager`, in its transaction (the job exists only if that commits). */
  async send(name: string, data: object, manager?: EntityManager): Promise<string> {
    if (!this.boss) throw new Error('the job queue has not started');
    const db = manager && {
      executeSql: async (text: string, values?: unknown[]) => ({
        rows: (await manager.query(text, values)) as unknown[],
      }),
    };
    const id = await this.boss.send(name, data, db ? { db } : {});
    if (!id) throw new Error(`job of ${name} was not queued`);
    return id;
  }

  async onApplicationBootstrap(): Promise<void> {
    const boss = new PgBoss({
      connectionString: this.options.url,
      schema: JOB_QUEUE_SCHEMA,
      max: Math.max(2, this.options.concurrency + 1),
      // The owner role installs and upgrades the schema with the migrations (installJobQueue).
      migrate: false,
      createSchema: false,
      reindex: false,
      schedule: false,
      // How soon a job of a dead process is seen: its heartbeat is checked this often.
      monitorIntervalSeconds: this.options.heartbeatSeconds,
      superviseIntervalSeconds: this.options.heartbeatSeconds,
    });
    boss.on('error', (error) => this.logger.warn(`job queue: ${error.message}`));
    await boss.start();
    this.boss = boss;
    const options = queueOptions(this.options);
    for (const [name, handler] of this.handlers) {
      await boss.createQueue(name, options);
      await boss.updateQueue(name, options);
      await boss.work<object>(
        name,
        { localConcurrency: this.options.concurrency, batchSize: 1, pollingIntervalSeconds: 0.5 },
        async ([job]: Job<object>[]) => {
          await handler(job.data, {
            number: job.retryCount + 1,
            isLast: job.retryCount >= this.options.retryLimit,
          });
        },
      );
    }
  }

  /** Stops taking jobs and lets the running ones finish (a while); unfinished ones run again later. */
  async onModuleDestroy(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    await boss?.stop({ graceful: true, timeout: 15_000 });
  }
}
