import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { type Job, PgBoss, type Queue } from 'pg-boss';
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

/** What a queue runs: each attempt, and the job once it has failed for good (however it failed). */
export interface JobHandlers<T extends object> {
  run: JobHandler<T>;
  /**
   * Runs from the queue's dead-letter queue: after the last attempt threw, and also when the
   * process running it died on the last attempt (no handler saw that end).
   */
  failed: (data: T) => Promise<void>;
}

/**
 * Long work (exports, certificates) as jobs kept in PostgreSQL by pg-boss: a job is sent in the
 * transaction that records it, runs in whichever API process is free (at most `concurrency` at a
 * time per process), is retried with a growing delay when it throws, and is taken up again after a
 * restart or a crash (its heartbeat stops); a job that failed for good goes to the queue's
 * dead-letter queue (`<name>-failed`), whose handler records the failure. Domains register their
 * handlers when their module starts; the workers start once the whole app has.
 */
@Injectable()
export class JobQueueService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobQueueService.name);
  private readonly handlers = new Map<string, JobHandlers<object>>();
  private boss: PgBoss | null = null;

  constructor(@Inject(JOB_QUEUE_OPTIONS) private readonly options: JobQueueOptions) {}

  /** Registers what runs the jobs of queue `name` (call before the app has started). */
  handle<T extends object>(name: string, handlers: JobHandlers<T>): void {
    this.handlers.set(name, handlers as unknown as JobHandlers<object>);
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
    const work = {
      localConcurrency: this.options.concurrency,
      batchSize: 1,
      pollingIntervalSeconds: 0.5,
    };
    for (const [name, handlers] of this.handlers) {
      const deadLetter = `${name}-failed`;
      await this.ensureQueue(deadLetter, options);
      await this.ensureQueue(name, { ...options, deadLetter });
      await boss.work<object>(name, work, async ([job]: Job<object>[]) => {
        await handlers.run(job.data, {
          number: job.retryCount + 1,
          isLast: job.retryCount >= this.options.retryLimit,
        });
      });
      await boss.work<object>(deadLetter, work, ([job]: Job<object>[]) =>
        handlers.failed(job.data),
      );
    }
  }

  /** Creates the queue, or brings an existing one to today's settings. */
  private async ensureQueue(name: string, options: Omit<Queue, 'name'>): Promise<void> {
    await this.boss?.createQueue(name, options);
    await this.boss?.updateQueue(name, options);
  }

  /** Stops taking jobs and lets the running ones finish (a while); unfinished ones run again later. */
  async onModuleDestroy(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    await boss?.stop({ graceful: true, timeout: 15_000 });
  }
}
