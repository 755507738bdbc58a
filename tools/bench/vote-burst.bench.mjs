// Issue #10: a burst of 1,000 delegates voting at once on one ballot — counted vs cast, p50/p99,
// throughput beside the raw PostgreSQL insert rate of the same rows in the same run — and the same
// burst with the API process killed (SIGKILL) in the middle and started again: every vote answered
// with success is counted, every other delegate can vote again, and nobody is counted twice.
import { randomBytes } from 'node:crypto';

import pg from 'pg';

import {
  countVotes,
  openBallotWithCodes,
  percentile,
  phoneClient,
  socketPhones,
  startStack,
  warmUp,
} from './support.mjs';

const DELEGATES = Number(process.env.BENCH_BURST ?? 1000);

export async function run() {
  const stack = await startStack();
  try {
    const steady = await burst(stack);
    const raw = await rawInsertRate(stack);
    const crash = await burstWithCrash(stack);
    console.log(
      `vote burst: ${DELEGATES} delegates at once, API_WORKERS=${process.env.API_WORKERS ?? 1}`,
    );
    console.log(
      `  cast ${DELEGATES}, answered 201: ${steady.ok}, counted ${steady.counts.votes} votes / ${steady.counts.distinct_voters} distinct voters (duplicates: ${steady.counts.voters - steady.counts.distinct_voters})`,
    );
    console.log(
      `  latency p50 ${steady.p50.toFixed(1)} ms, p99 ${steady.p99.toFixed(1)} ms; throughput ${Math.round(steady.rate)} votes/s`,
    );
    console.log(
      `  raw PostgreSQL, the same rows (participation + vote), same run: ${Math.round(raw.perVote)} votes/s one transaction each over 10 connections, ${Math.round(raw.oneStatement)} votes/s in one statement`,
    );
    console.log(
      `  with the API killed mid-burst: answered before the kill ${crash.answered}, unanswered ${crash.unanswered}` +
        ` (of which in the count already: ${crash.committedUnanswered}); after the restart the unanswered voted again:` +
        ` ${crash.recastAccepted} accepted, ${crash.recastRefused} told "already voted"; answered votes missing: ${crash.answeredMissing};` +
        ` counted ${crash.counts.votes} votes / ${crash.counts.distinct_voters} distinct voters of ${DELEGATES}`,
    );
    return (
      steady.ok === DELEGATES &&
      steady.counts.votes === DELEGATES &&
      steady.counts.distinct_voters === DELEGATES &&
      crash.answeredMissing === 0 &&
      crash.counts.votes === DELEGATES &&
      crash.counts.voters === DELEGATES &&
      crash.counts.distinct_voters === DELEGATES &&
      crash.recastAccepted + crash.recastRefused === crash.unanswered
    );
  } finally {
    await stack.stop();
  }
}

async function prepare(stack, year, phones) {
  const ballot = await openBallotWithCodes(stack.sql, { delegates: DELEGATES, year });
  const loaded = await Promise.all(
    ballot.codes.map(
      async (code) =>
        (await phones.call('GET', `${stack.base}/ballots/${ballot.ballotId}?code=${code}`)).status,
    ),
  );
  if (loaded.some((s) => s !== 200)) throw new Error(`ballot page: ${[...new Set(loaded)]}`);
  const vote = (i, client = phones) =>
    client.call('POST', `${stack.base}/ballots/${ballot.ballotId}/votes`, {
      code: ballot.codes[i],
      choices: [ballot.nominations[i % 3], ballot.nominations[(i + 1) % 3]],
    });
  return { ...ballot, vote };
}

async function burst(stack) {
  const phones = phoneClient();
  let hall;
  try {
    const { ballotId, codes, nominations } = await prepare(stack, 2050, phones);
    await warmUp(stack, phones);
    // One socket per phone that has the ballot open (see ballots.bench.mjs).
    hall = await socketPhones(stack.base, DELEGATES);
    await Promise.all(
      codes.map((code, i) => hall.call(i, 'GET', `/ballots/${ballotId}?code=${code}`)),
    );
    const started = performance.now();
    const outcomes = await Promise.all(
      codes.map((code, i) =>
        hall.call(i, 'POST', `/ballots/${ballotId}/votes`, {
          code,
          choices: [nominations[i % 3], nominations[(i + 1) % 3]],
        }),
      ),
    );
    const wall = performance.now() - started;
    const latencies = outcomes.map((o) => o.ms);
    return {
      ok: outcomes.filter((o) => o.status === 201).length,
      counts: await countVotes(stack.sql, ballotId),
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      rate: (DELEGATES / wall) * 1000,
    };
  } finally {
    hall?.close();
    phones.close();
  }
}

/** The same rows written straight into PostgreSQL, without the API. */
async function rawInsertRate(stack) {
  const pool = new pg.Pool({ connectionString: stack.url, max: 10 });
  try {
    const write = async (year) => {
      const { ballotId, codes } = await openBallotWithCodes(stack.sql, {
        delegates: DELEGATES,
        year,
      });
      const { rows: voters } = await stack.sql.query(
        `SELECT v.id FROM meeting_voters v JOIN ballots b ON b.meeting_id = v.meeting_id WHERE b.id = $1`,
        [ballotId],
      );
      if (voters.length !== codes.length) throw new Error('voters missing');
      return { ballotId, voters: voters.map((v) => v.id) };
    };
    const one = await write(2051);
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        const client = await pool.connect();
        try {
          while (next < one.voters.length) {
            const voter = one.voters[next++];
            await client.query('BEGIN');
            await client.query(
              `INSERT INTO ballot_participations (ballot_id, voter_id) VALUES ($1, $2)`,
              [one.ballotId, voter],
            );
            await client.query(
              `INSERT INTO ballot_votes (ballot_id, receipt, choices) VALUES ($1, $2, '[]')`,
              [one.ballotId, receipt()],
            );
            await client.query('COMMIT');
          }
        } finally {
          client.release();
        }
      }),
    );
    const perVote = (one.voters.length / (performance.now() - started)) * 1000;
    const all = await write(2052);
    const t0 = performance.now();
    await pool.query(
      `WITH p AS (INSERT INTO ballot_participations (ballot_id, voter_id) SELECT $1, unnest($2::uuid[]))
       INSERT INTO ballot_votes (ballot_id, receipt, choices) SELECT $1, unnest($3::text[]), '[]'`,
      [all.ballotId, all.voters, all.voters.map(() => receipt())],
    );
    const oneStatement = (all.voters.length / (performance.now() - t0)) * 1000;
    return { perVote, oneStatement };
  } finally {
    await pool.end();
  }
}

const receipt = () => randomBytes(6).toString('hex').toUpperCase();

async function burstWithCrash(stack) {
  let phones = phoneClient();
  try {
    const { ballotId, codes, vote } = await prepare(stack, 2053, phones);
    // Kill the API as soon as the database holds the first votes of the burst.
    const outcomes = Promise.all(codes.map((_, i) => vote(i).catch(() => null)));
    for (let polls = 0; polls < 20000; polls += 1) {
      const {
        rows: [row],
      } = await stack.sql.query(
        `SELECT count(*)::int AS n FROM ballot_participations WHERE ballot_id = $1`,
        [ballotId],
      );
      if (row.n > 0) break;
    }
    await stack.killApi();
    const first = await outcomes;
    const answered = first.flatMap((o, i) => (o?.status === 201 ? [i] : []));
    const unanswered = first.flatMap((o, i) => (o?.status === 201 ? [] : [i]));
    const { rows: receipts } = await stack.sql.query(
      `SELECT receipt FROM ballot_votes WHERE ballot_id = $1`,
      [ballotId],
    );
    const inCount = new Set(receipts.map((r) => r.receipt));
    const answeredMissing = answered.filter(
      (i) => !inCount.has(JSON.parse(first[i].body).receipt),
    ).length;
    const committedUnanswered = (await countVotes(stack.sql, ballotId)).voters - answered.length;

    phones.close();
    phones = phoneClient();
    await stack.restartApi();
    const again = await Promise.all(unanswered.map((i) => vote(i, phones)));
    return {
      answered: answered.length,
      unanswered: unanswered.length,
      committedUnanswered,
      answeredMissing,
      recastAccepted: again.filter((o) => o.status === 201).length,
      recastRefused: again.filter(
        (o) => o.status === 409 && JSON.parse(o.body).code === 'ballots.alreadyVoted',
      ).length,
      counts: await countVotes(stack.sql, ballotId),
    };
  } finally {
    phones.close();
  }
}
