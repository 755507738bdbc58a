import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { readJobQueueOptions, readRenderPoolOptions } from './jobs.config';

describe('job queue and render pool settings', () => {
  it('should default to 2 jobs at once, 3 retries from 5 s and a 15 s heartbeat', () => {
    expect(readJobQueueOptions({})).toEqual({
      concurrency: 2,
      retryLimit: 3,
      retryDelaySeconds: 5,
      heartbeatSeconds: 15,
    });
    expect(
      readJobQueueOptions({
        JOB_CONCURRENCY: '4',
        JOB_RETRY_LIMIT: '0',
        JOB_HEARTBEAT_SECONDS: '30',
      }),
    ).toEqual(expect.objectContaining({ concurrency: 4, retryLimit: 0, heartbeatSeconds: 30 }));
  });

  it.each([
    ['JOB_CONCURRENCY', '0'],
    ['JOB_RETRY_LIMIT', '-1'],
    ['JOB_RETRY_DELAY_SECONDS', '1.5'],
    ['JOB_HEARTBEAT_SECONDS', '5'],
  ])('should refuse %s=%s at boot, naming the setting', (name, value) => {
    expect(() => readJobQueueOptions({ [name]: value })).toThrow(new RegExp(name));
  });

  it('should run the bundled worker next to main.js, else the TypeScript source, else inline', () => {
    const root = mkdtempSync(join(tmpdir(), 'render-pool-'));
    const app = join(root, 'src/app');
    mkdirSync(app, { recursive: true });
    expect(readRenderPoolOptions({ RENDER_WORKERS: '3' }, app)).toEqual({
      filename: null,
      size: 3,
    });
    writeFileSync(join(root, 'src/render-worker.ts'), '');
    expect(readRenderPoolOptions({}, app)).toEqual(
      expect.objectContaining({
        filename: join(root, 'src/render-worker.ts'),
        execArgv: ['--require', '@swc-node/register'],
      }),
    );
    writeFileSync(join(app, 'render-worker.js'), '');
    expect(readRenderPoolOptions({}, app)).toEqual(
      expect.objectContaining({
        filename: join(app, 'render-worker.js'),
        size: expect.any(Number),
      }),
    );
    expect(readRenderPoolOptions({ RENDER_WORKERS: '0' }, app)).toEqual({
      filename: null,
      size: 0,
    });
    expect(() => readRenderPoolOptions({ RENDER_WORKERS: '-1' }, app)).toThrow(/RENDER_WORKERS/);
    expect(() => readRenderPoolOptions({ RENDER_WORKERS: '65' }, app)).toThrow(/RENDER_WORKERS/);
  });
});
