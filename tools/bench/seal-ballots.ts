/**
 * The phones' side of a sealed ballot box, for the benchmarks (tools/bench/*.bench.mjs are plain
 * JavaScript and call this through support.mjs `sealBallots`). Reads a JSON request on stdin:
 *   { ballots: [{ id, method, maxWinners, candidateCount, committee: { n, k }, marks: number[][] }] }
 * makes each ballot's key pair and committee shares (as the server does when a ballot opens), then
 * encrypts every delegate's marks with `encryptBallot` (noble, as the phones do) in one child
 * process per core, and writes JSON on stdout:
 *   [{ id, publicKey, shares, digests, votes: [{ voteId, ballot, tracker }], checkMs }]
 * `checkMs` is what the server's proof check (`verifyBallot` on libsodium, as BallotSealService
 * runs it) costs per vote of that ballot, in CPU milliseconds of one core, measured here.
 *   sh tools/scripts/with-node24.sh env SWC_NODE_PROJECT=tools/tsconfig.tools.json \
 *     node -r @swc-node/register tools/bench/seal-ballots.ts < request.json
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';

import {
  type BallotCryptoParams,
  type EncryptedBallot,
  decodeShare,
  encryptBallot,
  generateKeyPair,
  sealParams,
  shareDigest,
  splitSecretKey,
  trackerOf,
  verifyBallot,
} from '@thidua/ballots/domain';

// eslint-disable-next-line @nx/enforce-module-boundaries -- only the adapter, not the Nest module
import { sodiumGroup } from '../../libs/ballots/api/src/lib/crypto/sodium-group';

interface BallotRequest {
  id: string;
  method: 'chooseK' | 'approval';
  maxWinners: number;
  candidateCount: number;
  committee: { n: number; k: number };
  marks: number[][];
}

interface Job {
  job: number;
  params: BallotCryptoParams;
  marks: number[][];
}

interface Sealed {
  voteId: string;
  ballot: EncryptedBallot;
  tracker: string;
}

/** One encryption child: answers each job (a slice of one ballot's voters) with their ballots. */
function serveJobs(): void {
  process.on('message', (message: Job | 'done') => {
    if (message === 'done') return process.disconnect();
    const sealed = message.marks.map((marks) => {
      const ballot = encryptBallot(message.params, marks);
      return { voteId: randomUUID(), ballot, tracker: trackerOf(ballot) };
    });
    process.send?.({ job: message.job, sealed });
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Shares the jobs among one child process per core; answers the results in the jobs' order. */
async function encryptAll(jobs: Job[]): Promise<Sealed[][]> {
  const results: Sealed[][] = [];
  const queue = [...jobs];
  const children: ChildProcess[] = Array.from(
    { length: Math.min(availableParallelism(), jobs.length) },
    () => fork(__filename, ['--child'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] }),
  );
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve, reject) => {
          const next = () => {
            const job = queue.shift();
            child.send(job ?? 'done');
            if (!job) resolve();
          };
          child.on('message', (answer: { job: number; sealed: Sealed[] }) => {
            results[answer.job] = answer.sealed;
            next();
          });
          child.on('error', reject);
          child.on('exit', (code) => {
            if (code) reject(new Error(`an encryption child exited with ${code}`));
          });
          next();
        }),
    ),
  );
  return results;
}

async function main(): Promise<void> {
  const request = JSON.parse(await readStdin()) as { ballots: BallotRequest[] };
  const sodium = await sodiumGroup();
  const prepared = await Promise.all(
    request.ballots.map(async (b) => {
      const { secretKey, publicKey } = generateKeyPair();
      const shares = await splitSecretKey(secretKey, b.id, b.committee.n, b.committee.k);
      const digests = shares.map((code) => ({
        index: decodeShare(b.id, code).index,
        digest: shareDigest(b.id, code),
      }));
      const params = sealParams({ ...b, publicKey });
      return { request: b, publicKey, shares, digests, params };
    }),
  );
  // Slices of 25 voters, so that both cores stay busy to the end.
  const jobs: Array<Job & { ballot: number }> = [];
  prepared.forEach((p, ballot) => {
    for (let from = 0; from < p.request.marks.length; from += 25) {
      const marks = p.request.marks.slice(from, from + 25);
      jobs.push({ job: jobs.length, ballot, params: p.params, marks });
    }
  });
  const sealed = await encryptAll(jobs);
  const answer = prepared.map((p, ballot) => {
    const votes = jobs.filter((j) => j.ballot === ballot).flatMap((j) => sealed[j.job]);
    // The server's check of these very ballots, one core, after a warm-up.
    const sample = votes.slice(0, Math.min(votes.length, 20));
    verifyBallot(sodium, p.params, sample[0]?.ballot);
    // CPU time, not wall time: what the check costs, whatever else the machine is running.
    const start = process.cpuUsage();
    for (const vote of sample) {
      if (!verifyBallot(sodium, p.params, vote.ballot).ok) throw new Error('a ballot was refused');
    }
    const used = process.cpuUsage(start);
    const checkMs = sample.length ? (used.user + used.system) / 1000 / sample.length : 0;
    return {
      id: p.request.id,
      publicKey: p.publicKey,
      shares: p.shares,
      digests: p.digests,
      votes,
      checkMs,
    };
  });
  process.stdout.write(JSON.stringify(answer));
}

if (process.argv.includes('--child')) {
  serveJobs();
} else {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
