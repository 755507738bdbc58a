import { readFileSync, readdirSync } from 'node:fs';
import { Agent, get } from 'node:http';

import {
  freePort,
  phoneClient,
  processEnded,
  startApiProcess,
  waitUntilUp,
} from '../support/api-process';

/** The processes whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .flatMap((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return parent === pid ? [Number(d)] : [];
      } catch {
        return [];
      }
    });
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('API_WORKERS: several API processes on one port', () => {
  it('should serve from two workers, replace one that dies, and stop them all on SIGTERM', async () => {
    const port = await freePort();
    const primary = startApiProcess(port, { API_WORKERS: '2' });
    const phones = phoneClient();
    try {
      await waitUntilUp(port);
      const pid = primary.pid as number;
      await until(() => childrenOf(pid).length === 2, 'two workers');
      const answers = await Promise.all(
        Array.from({ length: 20 }, () =>
          phones.call('GET', `http://127.0.0.1:${port}/api/v1/award-types`),
        ),
      );
      expect(answers.every((a) => a.status === 401)).toBe(true);

      const [first] = childrenOf(pid);
      process.kill(first, 'SIGKILL');
      await until(() => {
        const workers = childrenOf(pid);
        return workers.length === 2 && !workers.includes(first);
      }, 'a new worker');
      await waitUntilUp(port);

      const workers = childrenOf(pid);
      primary.kill('SIGTERM');
      await processEnded(primary);
      expect(primary.exitCode).toBe(0);
      await until(
        () => workers.every((w) => !readdirSync('/proc').includes(String(w))),
        'the workers to stop',
      );
    } finally {
      phones.close();
      if (primary.exitCode === null) primary.kill('SIGKILL');
    }
  }, 180_000);
});

describe('keep-alive: a phone that pauses keeps its connection', () => {
  /** GETs `url` on `agent`'s connection; answers whether an open one was used again. */
  const reused = (agent: Agent, url: string) =>
    new Promise<boolean>((resolve, reject) => {
      const req = get(url, { agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(req.reusedSocket));
      });
      req.on('error', reject);
    });

  it('should keep an idle connection open longer than the five seconds of Node', async () => {
    const port = await freePort();
    const api = startApiProcess(port);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      await waitUntilUp(port);
      const url = `http://127.0.0.1:${port}/api/v1/health`;
      expect(await reused(agent, url)).toBe(false);
      await new Promise((r) => setTimeout(r, 6_500));
      expect(await reused(agent, url)).toBe(true);
    } finally {
      agent.destroy();
      api.kill('SIGTERM');
      await processEnded(api);
    }
  }, 120_000);
});
