import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

import { Inject, Injectable, type OnModuleDestroy, Optional } from '@nestjs/common';
import { type RenderTask, renderTask } from '@thidua/shared/documents';

/** Where the bundled render worker is (apps/api's `render-worker.js`); absent in tests. */
export const RENDER_WORKER_PATH = Symbol('RENDER_WORKER_PATH');

export type { RenderTask };

/**
 * Long documents (a list of thousands of awardees takes a second or more of CPU) render in a
 * worker thread, so the API keeps answering other requests meanwhile. Without the bundled worker (tests)
 * it renders in-process.
 */
@Injectable()
export class RenderService implements OnModuleDestroy {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly pending = new Map<
    number,
    { resolve: (b: Buffer) => void; reject: (e: Error) => void }
  >();

  constructor(@Optional() @Inject(RENDER_WORKER_PATH) private readonly workerPath: string | null) {}

  render(task: RenderTask): Promise<Buffer> {
    const worker = this.ensureWorker();
    if (!worker) return renderTask(task);
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, task });
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.worker?.terminate();
  }

  private ensureWorker(): Worker | null {
    if (this.worker) return this.worker;
    if (!this.workerPath || !existsSync(this.workerPath)) return null;
    const worker = new Worker(this.workerPath);
    worker.unref();
    worker.on('message', (message: { id: number; buffer?: Uint8Array; error?: string }) => {
      const job = this.pending.get(message.id);
      if (!job) return;
      this.pending.delete(message.id);
      if (message.error) job.reject(new Error(message.error));
      else job.resolve(Buffer.from(message.buffer ?? new Uint8Array()));
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', () => {
      this.failAll(new Error('render worker stopped'));
      this.worker = null;
    });
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }
}
