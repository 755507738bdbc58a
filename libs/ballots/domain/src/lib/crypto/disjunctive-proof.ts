import type { ProofBranch } from './ballot.types';
import { modL, scalarFromHex, scalarToHex } from './encoding';
import type { GroupOps } from './group';
import { type Transcript, randomScalar } from './transcript';

/** An ElGamal ciphertext (alpha, beta) = (rG, mG + rY) as points of the adapter. */
export interface PointPair<P> {
  alpha: P;
  beta: P;
}

/**
 * Proves that (alpha, beta) encrypts `actual`, one of `values`, without saying which (Helios'
 * disjunctive Chaum–Pedersen proof). Every other value's branch is simulated with a random
 * challenge and response; the real branch gets what is left of the Fiat–Shamir challenge.
 * `transcript` already holds the context and the ciphertext; the commitments are appended here.
 */
export function proveOneOf<P>(
  g: GroupOps<P>,
  publicKey: P,
  ct: PointPair<P>,
  randomness: bigint,
  actual: number,
  values: number[],
  transcript: Transcript,
): ProofBranch[] {
  const nonce = randomScalar();
  const branches = values.map((v) => {
    if (v === actual) {
      return { a: g.base(nonce), b: g.mul(publicKey, nonce), c: 0n, s: 0n };
    }
    const c = randomScalar();
    const s = randomScalar();
    const a = g.sub(g.base(s), g.mul(ct.alpha, c));
    const b = g.sub(g.mul(publicKey, s), g.mul(shifted(g, ct.beta, v), c));
    return { a, b, c, s };
  });
  const encoded = branches.map((branch) => ({ a: g.encode(branch.a), b: g.encode(branch.b) }));
  for (const { a, b } of encoded) transcript.point(a).point(b);
  const total = transcript.challenge();
  const real = values.indexOf(actual);
  const simulated = branches.reduce((sum, branch, i) => (i === real ? sum : sum + branch.c), 0n);
  branches[real].c = modL(total - simulated);
  branches[real].s = modL(nonce + branches[real].c * randomness);
  return branches.map((branch, i) => ({
    commitmentA: encoded[i].a,
    commitmentB: encoded[i].b,
    challenge: scalarToHex(branch.c),
    response: scalarToHex(branch.s),
  }));
}

/**
 * Checks a proof made by proveOneOf. The branches' hex must already be shape-checked (scalars
 * below L) and their commitments decoded into `commitments`. The cheap hash comparison runs first
 * so a forged proof costs no multiplication.
 *
 * Each branch i must satisfy s_i·G = A_i + c_i·alpha and s_i·Y = B_i + c_i·(beta − v_i·G). They
 * are checked together, weighted by z_0 = 1 and fresh random z_i (a standard batch check: a false
 * branch passes with probability 1/L), which shares the multiplications by G, Y, alpha and beta:
 *   (Σ z_i s_i)·G                  = Σ z_i A_i + (Σ z_i c_i)·alpha
 *   (Σ z_i s_i)·Y + (Σ z_i c_i v_i)·G = Σ z_i B_i + (Σ z_i c_i)·beta
 * For a 0-or-1 proof that is 5 multiplications by arbitrary points instead of 6.
 */
export function verifyOneOf<P>(
  g: GroupOps<P>,
  publicKey: P,
  ct: PointPair<P>,
  proof: ProofBranch[],
  commitments: Array<{ a: P; b: P }>,
  values: number[],
  transcript: Transcript,
): boolean {
  if (proof.length !== values.length || commitments.length !== values.length) return false;
  const challenges = proof.map((branch) => scalarFromHex(branch.challenge));
  for (const branch of proof) transcript.point(branch.commitmentA).point(branch.commitmentB);
  if (modL(challenges.reduce((sum, c) => sum + c, 0n)) !== transcript.challenge()) return false;

  let weightedS = 0n;
  let weightedC = 0n;
  let weightedCV = 0n;
  let weightedA = g.identity();
  let weightedB = g.identity();
  proof.forEach((branch, i) => {
    const z = i === 0 ? 1n : randomScalar();
    const s = scalarFromHex(branch.response);
    weightedS += z * s;
    weightedC += z * challenges[i];
    weightedCV += z * challenges[i] * BigInt(values[i]);
    const { a, b } = commitments[i];
    weightedA = g.add(weightedA, i === 0 ? a : g.mul(a, z));
    weightedB = g.add(weightedB, i === 0 ? b : g.mul(b, z));
  });
  const [sumS, sumC, sumCV] = [modL(weightedS), modL(weightedC), modL(weightedCV)];
  return (
    g.eq(g.base(sumS), g.add(weightedA, g.mul(ct.alpha, sumC))) &&
    g.eq(g.add(g.mul(publicKey, sumS), g.base(sumCV)), g.add(weightedB, g.mul(ct.beta, sumC)))
  );
}

/** beta − vG: the ciphertext's beta as it would be if it encrypted 0 instead of v. */
function shifted<P>(g: GroupOps<P>, beta: P, v: number): P {
  return v === 0 ? beta : g.sub(beta, multipleOfG(g, v));
}

// vG for the few small v of the proofs, kept per adapter: a base multiplication saved per choice.
const smallMultiples = new WeakMap<GroupOps<unknown>, Map<number, unknown>>();

export function multipleOfG<P>(g: GroupOps<P>, v: number): P {
  let cache = smallMultiples.get(g as GroupOps<unknown>);
  if (!cache) smallMultiples.set(g as GroupOps<unknown>, (cache = new Map()));
  let point = cache.get(v) as P | undefined;
  if (point === undefined) cache.set(v, (point = g.base(BigInt(v))));
  return point;
}
