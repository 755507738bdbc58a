import { existsSync } from 'node:fs';

import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { type RenderTask, renderTask } from '@thidua/shared/documents';
import { Piscina } from 'piscina';

/** The render worker pool: the worker file (absent: documents render inline) and its threads. */
export interface RenderPoolOptions {
  /** apps/api's `render-worker.js` in a build; its `.ts` source run through `execArgv` otherwise. */
  filename: string | null;
  /** Worker threads at most (setting `RENDER_WORKERS`). */
  size: number;
  /** Node options of the threads, e.g. `--require @swc-node/register` for a TypeScript worker. */
  execArgv?: string[];
  /** The threads' environment, when not the process's. */
  env?: Record<string, string>;
}

export const RENDER_POOL_OPTIONS = Symbol('RENDER_POOL_OPTIONS');

/**
 * Renders documents (PDF, DOCX, XLSX, placed PDF) in a pool of worker threads, so that a list of
 * thousands of rows never holds the event loop that takes votes. Plain data goes in, bytes come
 * back. Without a worker file it renders in-process (unit tests of the libs).
 */
@Injectable()
export class RenderService implements OnModuleDestroy {
  private readonly pool: Piscina<RenderTask, Uint8Array> | null;

  constructor(@Inject(RENDER_POOL_OPTIONS) options: RenderPoolOptions) {
    this.pool =
      options.filename && existsSync(options.filename)
        ? new Piscina({
            filename: options.filename,
            minThreads: 0,
            maxThreads: options.size,
            // An idle pool gives its memory back; the first document after a quiet minute pays a start.
            idleTimeout: 60_000,
            ...(options.execArgv ? { execArgv: options.execArgv } : {}),
            ...(options.env ? { env: options.env } : {}),
          })
        : null;
  }

  /** Whether documents render in worker threads (false: in-process). */
  get isPooled(): boolean {
    return !!this.pool;
  }

  async render(task: RenderTask): Promise<Buffer> {
    if (!this.pool) return renderTask(task);
    const bytes = await this.pool.run(task);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.destroy();
  }
}
