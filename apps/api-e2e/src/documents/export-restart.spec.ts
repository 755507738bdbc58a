import type { ChildProcess } from 'node:child_process';

import type { ExportJobResponse } from '@thidua/documents/contracts';

import {
  type Answer,
  freePort,
  phoneClient,
  processEnded,
  startApiProcess,
  waitUntilUp,
} from '../support/api-process';
import { ExportFaults } from '../support/export-faults';
import { DEMO_PASSWORD, bearer } from '../support/test-app';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A background export survives the death of the API process running it: killed (SIGKILL) in the
 * middle of the job, the API is started again on the same database and the job is taken up again
 * (its heartbeat stopped) and finishes; killed on its last attempt, the job is failed for good with
 * its clear code. Only API processes run here, so no other worker takes the job.
 */
describe('a background export across a restart of the API', () => {
  const base = {
    JOB_HEARTBEAT_SECONDS: '10',
    JOB_RETRY_DELAY_SECONDS: '1',
    SEED_DEMO_DATA: 'true',
  };
  const faults = new ExportFaults();
  const client = phoneClient();
  let api: ChildProcess | null = null;
  let port = 0;

  beforeAll(() => faults.open());

  afterEach(async () => {
    api?.kill('SIGTERM');
    if (api) await processEnded(api);
    api = null;
  });

  afterAll(async () => {
    client.close();
    await faults.close();
  });

  const json = <T>(answer: Answer): T => JSON.parse(answer.body) as T;
  const call = (method: string, path: string, token: string, body?: unknown) =>
    client.call(method, `http://127.0.0.1:${port}/api/v1${path}`, body, bearer(token));

  async function startApi(env: Record<string, string>): Promise<void> {
    port = await freePort();
    api = startApiProcess(port, env);
    await waitUntilUp(port);
  }

  /** Starts an export of the 2021 list, kills the API while it runs, starts the API again. */
  async function exportAcrossKill(env: Record<string, string>) {
    await startApi(env);
    const signIn = await client.call('POST', `http://127.0.0.1:${port}/api/v1/auth/login`, {
      username: 'admin',
      password: DEMO_PASSWORD,
    });
    const { accessToken: token } = json<{ accessToken: string }>(signIn);
    const lists = json<Array<{ id: string }>>(await call('GET', '/award-lists?year=2021', token));
    const listId = lists[0].id;
    await faults.hold(listId);
    const started = await call('POST', `/award-lists/${listId}/exports`, token, {
      kind: 'list',
      format: 'docx',
    });
    expect(started.status).toBe(201);
    const jobId = json<ExportJobResponse>(started).id;
    // The job is taken (active in the queue) and waits on marking itself running: kill -9.
    for (let i = 0; i < 100 && (await faults.queueState(jobId)) !== 'active'; i += 1)
      await sleep(200);
    expect(await faults.queueState(jobId)).toBe('active');
    api?.kill('SIGKILL');
    if (api) await processEnded(api);
    await faults.release(listId);

    await startApi(env);
    let job = json<ExportJobResponse>(await call('GET', `/export-jobs/${jobId}`, token));
    for (let i = 0; i < 450 && (job.status === 'queued' || job.status === 'running'); i += 1) {
      await sleep(200);
      job = json<ExportJobResponse>(await call('GET', `/export-jobs/${jobId}`, token));
    }
    return { job, token };
  }

  it('should finish a job after the API process was killed in the middle of it', async () => {
    const { job, token } = await exportAcrossKill(base);
    expect(job).toEqual(expect.objectContaining({ status: 'done', attempts: 2, error: null }));
    const file = await call('GET', `/export-jobs/${job.id}/file`, token);
    expect(file.status).toBe(200);
    expect(file.body.slice(0, 2)).toBe('PK');
  }, 240_000);

  it('should fail the job for good when the API died on its last attempt', async () => {
    const { job } = await exportAcrossKill({ ...base, JOB_RETRY_LIMIT: '0' });
    expect(job).toEqual(
      expect.objectContaining({ status: 'failed', attempts: 1, error: 'exportJobs.failed' }),
    );
  }, 240_000);
});
