// Issue #6: 500 delegates vote at the same instant on one ballot. Prints how many votes were
// counted (exactly 500, no duplicates) and the p50/p99 latency (target: p99 under 200 ms). This
// measures the write path of plain votes, so the ballot is an open one (mode 'open', choices in
// clear); sealed secret ballots, whose votes carry proofs to check, are measured by
// vote-burst.bench.mjs (issue #16).
import { loadavg } from 'node:os';

import {
  countVotes,
  cpuSpent,
  cpuTimes,
  openBallotWithCodes,
  percentile,
  phoneClient,
  socketPhones,
  startStack,
  warmUp,
} from './support.mjs';

const DELEGATES = Number(process.env.BENCH_DELEGATES ?? 500);

export async function run() {
  const stack = await startStack();
  const phones = phoneClient();
  let hall;
  try {
    const { ballotId, nominations, codes } = await openBallotWithCodes(stack.sql, {
      delegates: DELEGATES,
      year: 2040,
      mode: 'open',
    });
    const votes = `/ballots/${ballotId}/votes`;
    await warmUp(stack, phones);
    // Each delegate's phone first loads the ballot with its code (the voting page does), which
    // leaves one open keep-alive connection per phone, as in the hall.
    hall = await socketPhones(stack.base, DELEGATES);
    const loaded = await Promise.all(
      codes.map(
        async (code, i) =>
          (await hall.call(i, 'GET', `/ballots/${ballotId}`, undefined, { 'X-Voting-Code': code }))
            .status,
      ),
    );
    if (loaded.some((s) => s !== 200)) throw new Error(`ballot page: ${[...new Set(loaded)]}`);

    const cpuBefore = cpuTimes(stack);
    const started = performance.now();
    const outcomes = await Promise.all(
      codes.map((code, i) =>
        hall.call(i, 'POST', votes, {
          code,
          choices: [nominations[i % 3], nominations[(i + 1) % 3]],
        }),
      ),
    );
    const wall = performance.now() - started;
    const cpu = cpuSpent(stack, cpuBefore);
    // A second burst of the same codes: every one must be refused.
    const again = await Promise.all(
      codes
        .slice(0, 50)
        .map(
          async (code, i) =>
            (await hall.call(i, 'POST', votes, { code, choices: [nominations[0]] })).status,
        ),
    );
    const counts = await countVotes(stack.sql, ballotId);
    const ok = outcomes.filter((o) => o.status === 201).length;
    const latencies = outcomes.map((o) => o.ms);
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    console.log(
      `ballots: ${DELEGATES} delegates voted at once (open ballot, mode 'open': plain votes) in ${(wall / 1000).toFixed(2)} s (${Math.round((DELEGATES / wall) * 1000)} votes/s), API_WORKERS=${process.env.API_WORKERS ?? 1}`,
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
    hall?.close();
    phones.close();
    await stack.stop();
  }
}
