import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { ExportJobResponse } from '@thidua/documents/contracts';
import { RenderService } from '@thidua/shared/api-core';

import { ExportFaults } from '../support/export-faults';
import {
  type TestApp,
  bearer,
  binaryParser,
  createTestApp,
  login,
  uniqueName,
} from '../support/test-app';

const TERMINAL = ['done', 'failed'];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Background exports are durable jobs (pg-boss): rendered in the worker pool, retried when an
 * attempt fails, failed for good with a clear code after their retries, refused at once when the
 * server refuses the export (export-restart.spec: finished after the API was killed). Faults come from the database side (ExportFaults), on the demo's decided 2021 list.
 */
describe('durable background exports', () => {
  // The other suites render in-process (RENDER_WORKERS=0, global set-up); this one runs the pool.
  const settings = { JOB_RETRY_LIMIT: '2', JOB_RETRY_DELAY_SECONDS: '1', RENDER_WORKERS: '1' };
  const previous = Object.fromEntries(
    Object.keys(settings).map((name) => [name, process.env[name]]),
  );
  const faults = new ExportFaults();
  const dir = mkdtempSync(join(tmpdir(), 'durable-exports-'));
  let t: TestApp;
  let admin: string;
  let listId: string;

  beforeAll(async () => {
    Object.assign(process.env, settings);
    t = await createTestApp();
    admin = await login(t.http, 'admin');
    const lists = await t.http.get('/api/v1/award-lists?year=2021').set(bearer(admin)).expect(200);
    listId = lists.body[0].id;
    await faults.open();
  });

  afterAll(async () => {
    await faults.close();
    await t.close();
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  async function start(kind: string, format: string, list = listId): Promise<ExportJobResponse> {
    const res = await t.http
      .post(`/api/v1/award-lists/${list}/exports`)
      .set(bearer(admin))
      .send({ kind, format })
      .expect(201);
    return res.body;
  }

  async function finished(jobId: string, seconds = 60): Promise<ExportJobResponse> {
    for (let i = 0; i < seconds * 5; i += 1) {
      const res = await t.http.get(`/api/v1/export-jobs/${jobId}`).set(bearer(admin)).expect(200);
      if (TERMINAL.includes(res.body.status)) return res.body;
      await sleep(200);
    }
    throw new Error(`export ${jobId} did not finish in ${seconds} s`);
  }

  async function download(url: string): Promise<Buffer> {
    const res = await t.http.get(url).set(bearer(admin)).buffer(true).parse(binaryParser);
    expect(res.status).toBe(200);
    return res.body;
  }

  function pdfText(name: string, pdf: Buffer): string {
    const file = join(dir, name);
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  }

  it('should render in the worker pool the same list for a download and for a background job', async () => {
    expect(t.app.get(RenderService).isPooled).toBe(true);
    const direct = await download(`/api/v1/award-lists/${listId}/export?format=pdf`);
    const job = await finished((await start('list', 'pdf')).id);
    expect(job).toEqual(expect.objectContaining({ status: 'done', attempts: 1, error: null }));
    const queued = await download(job.url ?? '');
    const text = pdfText('direct.pdf', direct);
    expect(text).toContain('DANH SÁCH');
    expect(pdfText('queued.pdf', queued)).toBe(text);
  }, 120_000);

  it('should retry an attempt that failed and then finish', async () => {
    await faults.failStoring(listId, 1);
    const job = await finished((await start('list', 'xlsx')).id);
    expect(job).toEqual(expect.objectContaining({ status: 'done', attempts: 2, error: null }));
    expect((await download(job.url ?? '')).subarray(0, 2).toString()).toBe('PK');
  }, 120_000);

  it('should fail for good with a clear message after its retries', async () => {
    await faults.failStoring(listId, 99);
    const started = await start('coverLetter', 'pdf');
    const job = await finished(started.id, 90);
    await faults.failStoring(listId, 0);
    expect(job).toEqual(
      expect.objectContaining({
        status: 'failed',
        attempts: 3,
        url: null,
        error: 'exportJobs.failed',
        errorMessage: expect.stringMatching(/^Không tạo được tệp sau nhiều lần thử/),
      }),
    );
    expect(await faults.queueState(started.id)).toBe('failed');
  }, 120_000);

  it('should fail at once, without retrying, an export the server refuses', async () => {
    const draft = await t.http
      .post('/api/v1/award-lists')
      .set(bearer(admin))
      .send({ title: uniqueName('Danh sách nháp '), year: 2021, order: 'units', nominationIds: [] })
      .expect(201);
    try {
      const job = await finished((await start('certificates', 'pdf', draft.body.id)).id);
      expect(job).toEqual(
        expect.objectContaining({
          status: 'failed',
          attempts: 1,
          error: 'awardLists.notDecided',
          errorMessage: 'Danh sách chưa có quyết định khen thưởng.',
        }),
      );
    } finally {
      await t.http
        .delete(`/api/v1/award-lists/${draft.body.id}`)
        .set(bearer(admin))
        .send({ version: draft.body.version })
        .expect(204);
    }
  }, 60_000);
});
