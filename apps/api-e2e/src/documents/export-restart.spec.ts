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
 * (its heartbeat stopped) and finishes. Only API processes run here, so no other worker takes it.
 */
describe('a background export across a restart of the API', () => {
  const env = { JOB_HEARTBEAT_SECONDS: '10', JOB_RETRY_DELAY_SECONDS: '1', SEED_DEMO_DATA: 'true' };
  const faults = new ExportFaults();
  const client = phoneClient();

  beforeAll(() => faults.open());

  afterAll(async () => {
    client.close();
    await faults.close();
  });

  const json = <T>(answer: Answer): T => JSON.parse(answer.body) as T;

  it('should finish a job after the API process was killed in the middle of it', async () => {
    let port = await freePort();
    let api = startApiProcess(port, env);
    const call = (method: string, path: string, token: string, body?: unknown) =>
      client.call(method, `http://127.0.0.1:${port}/api/v1${path}`, body, bearer(token));
    try {
      await waitUntilUp(port);
      const signIn = await client.call('POST', `http://127.0.0.1:${port}/api/v1/auth/login`, {
        username: 'admin',
        password: DEMO_PASSWORD,
      });
      const { accessToken } = json<{ accessToken: string }>(signIn);
      const lists = json<Array<{ id: string }>>(
        await call('GET', '/award-lists?year=2021', accessToken),
      );
      const listId = lists[0].id;
      await faults.hold(listId);
      const started = await call('POST', `/award-lists/${listId}/exports`, accessToken, {
        kind: 'list',
        format: 'docx',
      });
      expect(started.status).toBe(201);
      const jobId = json<ExportJobResponse>(started).id;
      // The job is taken (active in the queue) and waits on marking itself running: kill -9.
      for (let i = 0; i < 100 && (await faults.queueState(jobId)) !== 'active'; i += 1)
        await sleep(200);
      expect(await faults.queueState(jobId)).toBe('active');
      api.kill('SIGKILL');
      await processEnded(api);
      await faults.release(listId);

      port = await freePort();
      api = startApiProcess(port, env);
      await waitUntilUp(port);
      let job = json<ExportJobResponse>(await call('GET', `/export-jobs/${jobId}`, accessToken));
      for (let i = 0; i < 450 && (job.status === 'queued' || job.status === 'running'); i += 1) {
        await sleep(200);
        job = json<ExportJobResponse>(await call('GET', `/export-jobs/${jobId}`, accessToken));
      }
      expect(job).toEqual(expect.objectContaining({ status: 'done', attempts: 2, error: null }));
      const file = await call('GET', `/export-jobs/${jobId}/file`, accessToken);
      expect(file.status).toBe(200);
      expect(file.body.slice(0, 2)).toBe('PK');
    } finally {
      api.kill('SIGTERM');
      await processEnded(api);
    }
  }, 240_000);
});
