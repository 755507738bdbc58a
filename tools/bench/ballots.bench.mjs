// Issue #6: 500 delegates vote at the same instant on one ballot. Prints how many votes were
// counted (exactly 500, no duplicates) and the p50/p99 latency (target: p99 under 200 ms).
import { createHash } from 'node:crypto';
import { Agent, request } from 'node:http';
import { loadavg } from 'node:os';

import { cpuSpent, cpuTimes, percentile, startStack } from './support.mjs';

const DELEGATES = Number(process.env.BENCH_DELEGATES ?? 500);
const hash = (code) => createHash('sha256').update(code).digest('hex');

// The phones: one keep-alive connection each (node:http, lighter than fetch, so that the client
// running on the same two cores takes less of the CPU the server is measured on).
const phones = new Agent({ keepAlive: true, maxSockets: Infinity });

/** One HTTP call; answers the status, the body and the milliseconds it took. */
function call(method, url, body) {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = request(
      url,
      {
        method,
        agent: phones,
        headers: payload
          ? { 'content-type': 'application/json', 'content-length': payload.length }
          : {},
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
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
}

export async function run() {
  const stack = await startStack();
  try {
    const sql = stack.sql;
    const [{ bloc_id: blocId }] = (await sql.query(`SELECT bloc_id FROM meetings LIMIT 1`)).rows;
    const [{ id: awardId }] = (await sql.query(`SELECT id FROM award_types WHERE code = 'GK'`))
      .rows;
    const units = (await sql.query(`SELECT id FROM units ORDER BY code LIMIT 3`)).rows;
    const nominations = [];
    for (const unit of units) {
      const { rows } = await sql.query(
        `INSERT INTO nominations (term_year, award_type_id, beneficiary_kind, unit_id, proposing_unit_id, bloc_id, summary, status)
         VALUES (2040, $1, 'collective', $2, $2, $3, 'Bench', 'accepted') RETURNING id`,
        [awardId, unit.id, blocId],
      );
      nominations.push(rows[0].id);
    }
    const {
      rows: [meeting],
    } = await sql.query(
      `INSERT INTO meetings (bloc_id, term_year, title, meeting_date, place, chair, secretary, counting_committee, quorum_percent)
       VALUES ($1, 2040, 'Hội nghị đo tải', '2040-12-20', 'Hội trường', 'Chủ trì', 'Thư ký', '[]', 50) RETURNING id`,
      [blocId],
    );
    const codes = Array.from({ length: DELEGATES }, (_, i) => `B${String(i).padStart(7, '0')}`);
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
       VALUES ($1, 'Đo tải bỏ phiếu', $2, 'chooseK', 'secret', 50, 'eligible', 'gt', 2, 'open', now(), $3, $3) RETURNING id`,
      [meeting.id, awardId, DELEGATES],
    );
    for (const [i, id] of nominations.entries()) {
      await sql.query(
        `INSERT INTO ballot_candidates (ballot_id, nomination_id, position) VALUES ($1, $2, $3)`,
        [ballot.id, id, i + 1],
      );
    }
    // Each delegate's phone first loads the ballot with its code (the voting page does), which
    // leaves one open keep-alive connection per phone, as in the hall.
    const loaded = await Promise.all(
      codes.map(
        async (code, i) =>
          (await call('GET', `${stack.base}/ballots/${ballot.id}?code=${code}`)).status,
      ),
    );
    if (loaded.some((s) => s !== 200)) throw new Error(`ballot page: ${[...new Set(loaded)]}`);

    const cpuBefore = cpuTimes(stack);
    const started = performance.now();
    const outcomes = await Promise.all(
      codes.map((code, i) =>
        call('POST', `${stack.base}/ballots/${ballot.id}/votes`, {
          code,
          choices: [nominations[i % 3], nominations[(i + 1) % 3]],
        }),
      ),
    );
    const wall = performance.now() - started;
    const cpu = cpuSpent(stack, cpuBefore);
    // A second burst of the same codes: every one must be refused.
    const again = await Promise.all(
      codes.slice(0, 50).map(
        async (code) =>
          (
            await call('POST', `${stack.base}/ballots/${ballot.id}/votes`, {
              code,
              choices: [nominations[0]],
            })
          ).status,
      ),
    );
    const {
      rows: [counts],
    } = await sql.query(
      `SELECT (SELECT count(*)::int FROM ballot_votes WHERE ballot_id = $1) AS votes,
              (SELECT count(*)::int FROM ballot_participations WHERE ballot_id = $1) AS voters,
              (SELECT count(DISTINCT voter_id)::int FROM ballot_participations WHERE ballot_id = $1) AS distinct_voters`,
      [ballot.id],
    );
    const ok = outcomes.filter((o) => o.status === 201).length;
    const latencies = outcomes.map((o) => o.ms);
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    console.log(
      `ballots: ${DELEGATES} delegates voted at once in ${(wall / 1000).toFixed(2)} s (${Math.round((DELEGATES / wall) * 1000)} votes/s)`,
    );
    console.log(
      `  answered 201: ${ok}; other statuses: ${JSON.stringify(outcomes.filter((o) => o.status !== 201).map((o) => o.status))}`,
    );
    console.log(
      `  counted: ${counts.votes} votes, ${counts.voters} participations, ${counts.distinct_voters} distinct voters (expected ${DELEGATES}, no duplicates)`,
    );
    console.log(`  second votes refused with 409: ${again.filter((s) => s === 409).length}/50`);
    console.log(
      `  CPU during the burst: API ${cpu.api} ms, PostgreSQL ${cpu.postgres} ms, the phones (this process) ${cpu.bench} ms; load average ${loadavg()[0].toFixed(2)}`,
    );
    console.log(
      `  latency p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (target p99 < 200 ms: ${p99 < 200 ? 'met' : 'MISSED'})`,
    );
    return (
      ok === DELEGATES &&
      counts.votes === DELEGATES &&
      counts.distinct_voters === DELEGATES &&
      again.every((s) => s === 409) &&
      p99 < 200
    );
  } finally {
    phones.destroy();
    await stack.stop();
  }
}
