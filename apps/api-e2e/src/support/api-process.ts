import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { resolve } from 'node:path';

export { freePort } from './throwaway-postgres';

const ROOT = resolve(__dirname, '../../../..');

/** An HTTP answer: status and body text. */
export interface Answer {
  status: number;
  body: string;
}

/**
 * The API as its own process, started from the sources (`apps/api/src/main.ts`) on the test
 * database, for the tests that kill it, restart it or run it as a cluster. With `capture`, its
 * stdout and stderr are pipes the caller reads (else stdout is dropped and stderr shown).
 */
export function startApiProcess(
  port: number,
  env: Record<string, string> = {},
  options: { capture?: boolean } = {},
): ChildProcess {
  return spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      SWC_NODE_PROJECT: 'tools/tsconfig.tools.json',
      DATABASE_URL: process.env['TEST_DATABASE_URL'],
      DATABASE_MIGRATION_URL: process.env['DATABASE_MIGRATION_URL'],
      PORT: String(port),
      LOG_LEVEL: 'warn',
      SEED_DEMO_DATA: 'false',
      WEB_DIST_DIR: '/nonexistent',
      ...env,
    },
    stdio: options.capture ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'ignore', 'inherit'],
  });
}

/** Resolves when the process has ended (at once if it already has). */
export async function processEnded(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
}

/**
 * Phones: one keep-alive connection each, like delegates whose voting page is open.
 * `call` answers the status and body of one request.
 */
export function phoneClient() {
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  const call = (
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> =>
    new Promise((done, fail) => {
      const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      const req = request(
        url,
        {
          method,
          agent,
          headers: payload
            ? { ...headers, 'content-type': 'application/json', 'content-length': payload.length }
            : headers,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
          );
          res.on('error', fail);
        },
      );
      req.on('error', fail);
      req.end(payload);
    });
  return { call, close: () => agent.destroy() };
}

/** Waits until the API on `port` answers its health check. */
export async function waitUntilUp(port: number): Promise<void> {
  const client = phoneClient();
  try {
    for (let i = 0; i < 600; i += 1) {
      try {
        const health = await client.call('GET', `http://127.0.0.1:${port}/api/v1/health`);
        if (health.status === 200) return;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`the API on port ${port} did not start`);
  } finally {
    client.close();
  }
}
