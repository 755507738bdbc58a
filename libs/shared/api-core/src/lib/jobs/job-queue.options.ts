import type { QueueOptions } from 'pg-boss';

/** The PostgreSQL schema pg-boss keeps its queues in. */
export const JOB_QUEUE_SCHEMA = 'pgboss';

/** Settings of the durable job queue (docs/operations.md, "Background jobs"). */
export interface JobQueueOptions {
  /** The database as the app role (rows only): the schema is installed by the owner role. */
  url: string;
  /** Jobs of one queue that one API process runs at once (`JOB_CONCURRENCY`). */
  concurrency: number;
  /** Attempts after the first before a job fails for good (`JOB_RETRY_LIMIT`). */
  retryLimit: number;
  /** The first retry's delay, doubled each time (`JOB_RETRY_DELAY_SECONDS`). */
  retryDelaySeconds: number;
  /**
   * A running job's heartbeat (`JOB_HEARTBEAT_SECONDS`, at least 10): a job whose process died
   * (crash, kill, restart) is retried once its heartbeat is this old, checked as often.
   */
  heartbeatSeconds: number;
}

export const JOB_QUEUE_OPTIONS = Symbol('JOB_QUEUE_OPTIONS');

/** What every queue of the app is created and updated with. */
export function queueOptions(options: JobQueueOptions): QueueOptions {
  return {
    retryLimit: options.retryLimit,
    retryDelay: options.retryDelaySeconds,
    retryBackoff: true,
    retryDelayMax: 300,
    heartbeatSeconds: options.heartbeatSeconds,
    // A render of thousands of pages is minutes at most; past that the attempt counts as failed.
    expireInSeconds: 30 * 60,
    deleteAfterSeconds: 7 * 24 * 3600,
  };
}
