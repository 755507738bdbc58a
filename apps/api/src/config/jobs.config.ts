import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

import type { JobQueueOptions, RenderPoolOptions } from '@thidua/shared/api-core';

/** A whole number from `min` to `max` from `env[name]`, else `fallback`; refused at boot otherwise. */
function wholeNumber(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const text = env[name];
  const value = text === undefined || text === '' ? fallback : Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max} (got "${text}")`);
  }
  return value;
}

/** The durable job queue's settings (docs/operations.md, "Background jobs"). */
export function readJobQueueOptions(
  env: NodeJS.ProcessEnv = process.env,
): Omit<JobQueueOptions, 'url'> {
  return {
    concurrency: wholeNumber(env, 'JOB_CONCURRENCY', 2, 1, 32),
    retryLimit: wholeNumber(env, 'JOB_RETRY_LIMIT', 3, 0, 20),
    retryDelaySeconds: wholeNumber(env, 'JOB_RETRY_DELAY_SECONDS', 5, 1, 3600),
    heartbeatSeconds: wholeNumber(env, 'JOB_HEARTBEAT_SECONDS', 15, 10, 600),
  };
}

/**
 * The render pool: `RENDER_WORKERS` threads (default: one per CPU but one, left to the event loop;
 * 0 renders in the request's own process, as the integration tests do unless a suite asks for the pool).
 * The bundled `render-worker.js` sits next to main.js; run from the sources (tests, the API as a
 * child process of the tests) the pool runs the TypeScript worker through @swc-node/register.
 */
export function readRenderPoolOptions(
  env: NodeJS.ProcessEnv = process.env,
  dir = __dirname,
): RenderPoolOptions {
  const size = wholeNumber(env, 'RENDER_WORKERS', Math.max(1, availableParallelism() - 1), 0, 64);
  // 0: documents render in the request's own process (the integration tests' default).
  if (size === 0) return { filename: null, size };
  const bundled = join(dir, 'render-worker.js');
  if (existsSync(bundled)) return { filename: bundled, size };
  const source = join(dir, '../render-worker.ts');
  return existsSync(source)
    ? {
        filename: source,
        size,
        execArgv: ['--require', '@swc-node/register'],
        env: {
          ...(env as Record<string, string>),
          SWC_NODE_PROJECT:
            env['SWC_NODE_PROJECT'] ?? join(dir, '../../../../tools/tsconfig.tools.json'),
        },
      }
    : { filename: null, size };
}
