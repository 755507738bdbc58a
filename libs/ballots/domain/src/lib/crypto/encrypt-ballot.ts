import { assertParams, overallValues } from './ballot-params';
import type { BallotCryptoParams, EncryptedBallot } from './ballot.types';
import { modL } from './encoding';
import { CryptoFormatError } from './errors';
import { type NoblePoint, nobleGroup as g } from './group';
import { type PointPair, proveOneOf } from './disjunctive-proof';
import { choiceTranscript, overallTranscript } from './proof-context';
import { randomScalar } from './transcript';

/**
 * Encrypts a ballot on the voter's device: each mark (0 or 1, in the ballot's candidate order) to
 * the ballot's public key with fresh randomness, with its 0-or-1 proof, and, when the ballot
 * limits the marks, the proof that their sum is allowed. Throws CryptoFormatError when the marks
 * break the limits: such a ballot could not be proved anyway.
 */
export function encryptBallot(params: BallotCryptoParams, marks: number[]): EncryptedBallot {
  assertParams(params);
  if (marks.length !== params.candidateCount || marks.some((m) => m !== 0 && m !== 1)) {
    throw new CryptoFormatError('one mark, 0 or 1, per candidate');
  }
  const marked = marks.reduce((sum, m) => sum + m, 0);
  const values = overallValues(params);
  if (values && !values.includes(marked)) {
    throw new CryptoFormatError(
      `${marked} marks: the ballot allows ${params.minMarks} to ${params.maxMarks}`,
    );
  }
  const publicKey = g.decode(params.publicKey);

  const randomness = marks.map(() => randomScalar());
  const ciphertexts: Array<PointPair<NoblePoint>> = marks.map((m, i) => ({
    alpha: g.base(randomness[i]),
    beta: g.add(g.base(BigInt(m)), g.mul(publicKey, randomness[i])),
  }));
  const choices = ciphertexts.map((ct, i) => {
    const alpha = g.encode(ct.alpha);
    const beta = g.encode(ct.beta);
    const transcript = choiceTranscript(params, i, alpha, beta);
    const proof = proveOneOf(g, publicKey, ct, randomness[i], marks[i], [0, 1], transcript);
    return { alpha, beta, proof };
  });
  if (!values) return { choices, overall: null };

  // The sum of the ciphertexts encrypts the number of marks under the sum of the randomness.
  const sum = ciphertexts.reduce((acc, ct) => ({
    alpha: g.add(acc.alpha, ct.alpha),
    beta: g.add(acc.beta, ct.beta),
  }));
  const transcript = overallTranscript(params, g.encode(sum.alpha), g.encode(sum.beta));
  const total = modL(randomness.reduce((acc, r) => acc + r, 0n));
  return { choices, overall: proveOneOf(g, publicKey, sum, total, marked, values, transcript) };
}
