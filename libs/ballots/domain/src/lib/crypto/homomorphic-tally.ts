import type { BallotCryptoParams, Ciphertext, Decryption, EncryptedBallot } from './ballot.types';
import { assertParams } from './ballot-params';
import { hasExactKeys } from './ballot-shape';
import { isHex32, isScalarHex, modL, scalarFromHex, scalarToHex } from './encoding';
import { CryptoFormatError } from './errors';
import type { GroupOps } from './group';
import { decryptionTranscript } from './proof-context';
import { randomScalar } from './transcript';

const TOTAL_OPTIONS = { allowIdentity: true };

/**
 * The per-candidate products of all ballots' ciphertexts (sums, written additively): each
 * encrypts how many ballots marked the candidate. An empty box gives identity ciphertexts (64
 * zeros). The ballots must already be verified.
 */
export function aggregateBallots<P>(
  g: GroupOps<P>,
  ballots: EncryptedBallot[],
  candidateCount: number,
): Ciphertext[] {
  const totals = Array.from({ length: candidateCount }, () => ({
    alpha: g.identity(),
    beta: g.identity(),
  }));
  for (const ballot of ballots) {
    if (ballot.choices.length !== candidateCount) {
      throw new CryptoFormatError('a ballot has the wrong number of choices');
    }
    ballot.choices.forEach((choice, i) => {
      totals[i].alpha = g.add(totals[i].alpha, g.decode(choice.alpha));
      totals[i].beta = g.add(totals[i].beta, g.decode(choice.beta));
    });
  }
  return totals.map((t) => ({ alpha: g.encode(t.alpha), beta: g.encode(t.beta) }));
}

/**
 * Decrypts each total with the secret key: the factor D = x·alpha, a Chaum–Pedersen proof that
 * log_G(Y) = log_alpha(D), and the count t with beta − D = tG, searched in 0..maxCount (the number
 * of ballots). Throws CryptoFormatError when no count fits: the totals are not this key's.
 */
export function decryptTotals<P>(
  g: GroupOps<P>,
  secretKey: bigint,
  params: BallotCryptoParams,
  totals: Ciphertext[],
  maxCount: number,
): Decryption[] {
  assertParams(params);
  if (totals.length !== params.candidateCount) {
    throw new CryptoFormatError('one total per candidate');
  }
  const x = modL(secretKey);
  if (!g.eq(g.base(x), g.decode(params.publicKey))) {
    throw new CryptoFormatError('the secret key does not match the public key');
  }
  return totals.map((total, index) => {
    const alpha = g.decode(total.alpha, TOTAL_OPTIONS);
    const factorPoint = g.mul(alpha, x);
    const factor = g.encode(factorPoint);
    const count = discreteLogOfMessage(
      g,
      g.sub(g.decode(total.beta, TOTAL_OPTIONS), factorPoint),
      maxCount,
    );
    if (count === null) {
      throw new CryptoFormatError(
        `the total of candidate ${index} is not a count between 0 and ${maxCount}`,
      );
    }
    const nonce = randomScalar();
    const commitmentA = g.encode(g.base(nonce));
    const commitmentB = g.encode(g.mul(alpha, nonce));
    const c = decryptionTranscript(params, total, factor)
      .point(commitmentA)
      .point(commitmentB)
      .challenge();
    const proof = {
      commitmentA,
      commitmentB,
      challenge: scalarToHex(c),
      response: scalarToHex(modL(nonce + c * x)),
    };
    return { factor, proof, count };
  });
}

export type DecryptionProblem = 'shape' | 'point' | 'proof' | 'count';

/** Whether `d` is a correct decryption of `total`, with its proof and count. */
export function verifyDecryption<P>(
  g: GroupOps<P>,
  params: BallotCryptoParams,
  total: Ciphertext,
  d: Decryption,
  maxCount: number,
): boolean {
  return checkDecryption(g, params, total, d, maxCount) === null;
}

/** The same check on untrusted JSON, saying what fails. */
export function checkDecryption<P>(
  g: GroupOps<P>,
  params: BallotCryptoParams,
  total: Ciphertext,
  d: unknown,
  maxCount: number,
): DecryptionProblem | null {
  if (!isDecryption(d) || !isHex32(total.alpha) || !isHex32(total.beta)) return 'shape';
  let points: { y: P; alpha: P; beta: P; factor: P; a: P; b: P };
  try {
    points = {
      y: g.decode(params.publicKey),
      alpha: g.decode(total.alpha, TOTAL_OPTIONS),
      beta: g.decode(total.beta, TOTAL_OPTIONS),
      factor: g.decode(d.factor, TOTAL_OPTIONS),
      a: g.decode(d.proof.commitmentA, TOTAL_OPTIONS),
      b: g.decode(d.proof.commitmentB, TOTAL_OPTIONS),
    };
  } catch {
    return 'point';
  }
  const { y, alpha, beta, factor, a, b } = points;
  const c = scalarFromHex(d.proof.challenge);
  const s = scalarFromHex(d.proof.response);
  const expected = decryptionTranscript(params, total, d.factor)
    .point(d.proof.commitmentA)
    .point(d.proof.commitmentB)
    .challenge();
  const identity = g.identity();
  const isProved =
    c === expected &&
    // An identity alpha (an empty box) can only have the identity factor.
    (!g.eq(alpha, identity) || g.eq(factor, identity)) &&
    g.eq(g.base(s), g.add(a, g.mul(y, c))) &&
    g.eq(g.mul(alpha, s), g.add(b, g.mul(factor, c)));
  if (!isProved) return 'proof';
  if (d.count > maxCount || !g.eq(g.sub(beta, factor), g.base(BigInt(d.count)))) return 'count';
  return null;
}

function isDecryption(value: unknown): value is Decryption {
  if (!hasExactKeys(value, ['count', 'factor', 'proof'])) return false;
  const d = value as Record<string, unknown>;
  const proof = d['proof'] as Record<string, unknown>;
  return (
    Number.isSafeInteger(d['count']) &&
    (d['count'] as number) >= 0 &&
    isHex32(d['factor']) &&
    hasExactKeys(proof, ['challenge', 'commitmentA', 'commitmentB', 'response']) &&
    isHex32(proof['commitmentA']) &&
    isHex32(proof['commitmentB']) &&
    isScalarHex(proof['challenge']) &&
    isScalarHex(proof['response'])
  );
}

/** The t in 0..maxCount with tG = message, by stepping through the multiples of G. */
function discreteLogOfMessage<P>(g: GroupOps<P>, message: P, maxCount: number): number | null {
  const generator = g.base(1n);
  let multiple = g.identity();
  for (let t = 0; t <= maxCount; t++) {
    if (g.eq(multiple, message)) return t;
    multiple = g.add(multiple, generator);
  }
  return null;
}
