/**
 * How long verifyBallot takes on the server's libsodium adapter and on noble, for the ballot sizes
 * the server must keep up with (about 200 ballots a second on two cores):
 *   sh tools/scripts/with-node24.sh env SWC_NODE_PROJECT=tools/tsconfig.tools.json \
 *     node -r @swc-node/register tools/ballot-verify/bench.ts
 */
import {
  type BallotCryptoParams,
  type GroupOps,
  encryptBallot,
  generateKeyPair,
  nobleGroup,
  nobleVerifyGroup,
  verifyBallot,
} from '@thidua/ballots/domain';

// eslint-disable-next-line @nx/enforce-module-boundaries -- only the adapter, not the Nest module
import { sodiumGroup } from '../../libs/ballots/api/src/lib/crypto/sodium-group';

function timeVerify<P>(g: GroupOps<P>, params: BallotCryptoParams, marks: number[], runs: number) {
  const ballots = Array.from({ length: runs }, () => encryptBallot(params, marks));
  verifyBallot(g, params, ballots[0]); // warm-up
  const start = performance.now();
  for (const ballot of ballots) {
    if (!verifyBallot(g, params, ballot).ok) throw new Error('a good ballot was refused');
  }
  return (performance.now() - start) / runs;
}

/** The machine's speed, to compare runs: one libsodium multiplication of an arbitrary point. */
function timeMultiply(g: GroupOps<Uint8Array>): number {
  let point = g.base(7n);
  const start = performance.now();
  for (let i = 0; i < 2000; i++) point = g.mul(point, 0x1234567890abcdefn);
  return (performance.now() - start) / 2000;
}

async function main(): Promise<void> {
  const sodium = await sodiumGroup();
  const multiply = timeMultiply(sodium);
  console.log(`libsodium arbitrary-point multiply: ${multiply.toFixed(3)} ms`);
  const { publicKey } = generateKeyPair();
  const cases: Array<[string, BallotCryptoParams, number[]]> = [
    [
      'choose 3 of 9',
      { ballotId: 'bench', publicKey, candidateCount: 9, minMarks: 0, maxMarks: 3 },
      [1, 0, 1, 0, 0, 1, 0, 0, 0],
    ],
    [
      'approval of 15',
      { ballotId: 'bench', publicKey, candidateCount: 15, minMarks: 0, maxMarks: null },
      Array.from({ length: 15 }, (_, i) => i % 2),
    ],
  ];
  for (const [name, params, marks] of cases) {
    const bySodium = timeVerify(sodium, params, marks, 100);
    const byNoble = timeVerify(nobleGroup, params, marks, 10);
    const byNobleVartime = timeVerify(nobleVerifyGroup, params, marks, 10);
    console.log(
      `${name}: sodium ${bySodium.toFixed(2)} ms = ${(bySodium / multiply).toFixed(0)} multiplications ` +
        `(${Math.floor(1000 / bySodium)} ballots/s per core), ` +
        `noble ${byNoble.toFixed(1)} ms, noble variable-time ${byNobleVartime.toFixed(1)} ms`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
