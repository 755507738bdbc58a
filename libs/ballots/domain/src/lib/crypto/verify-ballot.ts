import { assertParams, overallValues } from './ballot-params';
import { checkBallotShape } from './ballot-shape';
import type { BallotCheck, BallotCryptoParams, EncryptedBallot, ProofBranch } from './ballot.types';
import { canonicalJson } from './canonical-json';
import { type PointPair, verifyOneOf } from './disjunctive-proof';
import { type Hex, sha256Hex } from './encoding';
import type { GroupOps } from './group';
import { choiceTranscript, overallTranscript } from './proof-context';

/**
 * Checks an untrusted encrypted ballot against the ballot's parameters: its exact JSON form before
 * any arithmetic, then every point, then each candidate's 0-or-1 proof and the overall proof.
 * Never throws on a bad ballot (it does on bad parameters, which are the server's own).
 */
export function verifyBallot<P>(
  g: GroupOps<P>,
  params: BallotCryptoParams,
  ballot: unknown,
): BallotCheck {
  assertParams(params);
  const publicKey = g.decode(params.publicKey);
  const shape = checkBallotShape(params, ballot);
  if (!shape.ok) {
    return shape.index === undefined
      ? { ok: false, reason: 'shape' }
      : { ok: false, reason: 'shape', index: shape.index };
  }
  try {
    return verifyShaped(g, params, publicKey, shape.ballot);
  } catch {
    // Unreachable once the shape and points are checked; a refusal is still the only answer.
    return { ok: false, reason: 'shape' };
  }
}

/** SHA-256 of the ballot's canonical JSON: the voter's receipt, found on the bulletin board. */
export function trackerOf(ballot: EncryptedBallot): Hex {
  return sha256Hex(canonicalJson(ballot));
}

function verifyShaped<P>(
  g: GroupOps<P>,
  params: BallotCryptoParams,
  publicKey: P,
  ballot: EncryptedBallot,
): BallotCheck {
  const ciphertexts: Array<PointPair<P>> = [];
  const commitments: Array<Array<{ a: P; b: P }>> = [];
  for (const [index, choice] of ballot.choices.entries()) {
    const decoded = tryDecode(() => ({
      ct: { alpha: g.decode(choice.alpha), beta: g.decode(choice.beta) },
      commitments: decodeCommitments(g, choice.proof),
    }));
    if (!decoded) return { ok: false, reason: 'point', index };
    ciphertexts.push(decoded.ct);
    commitments.push(decoded.commitments);
  }
  const overallCommitments = ballot.overall
    ? tryDecode(() => decodeCommitments(g, ballot.overall as ProofBranch[]))
    : [];
  if (!overallCommitments) return { ok: false, reason: 'point' };

  for (const [index, choice] of ballot.choices.entries()) {
    const transcript = choiceTranscript(params, index, choice.alpha, choice.beta);
    const ct = ciphertexts[index];
    if (!verifyOneOf(g, publicKey, ct, choice.proof, commitments[index], [0, 1], transcript)) {
      return { ok: false, reason: 'proof', index };
    }
  }

  const values = overallValues(params);
  if (values && ballot.overall) {
    const sum = ciphertexts.reduce((acc, ct) => ({
      alpha: g.add(acc.alpha, ct.alpha),
      beta: g.add(acc.beta, ct.beta),
    }));
    const transcript = overallTranscript(params, g.encode(sum.alpha), g.encode(sum.beta));
    if (!verifyOneOf(g, publicKey, sum, ballot.overall, overallCommitments, values, transcript)) {
      return { ok: false, reason: 'overall' };
    }
  }
  return { ok: true };
}

function decodeCommitments<P>(g: GroupOps<P>, proof: ProofBranch[]): Array<{ a: P; b: P }> {
  return proof.map((branch) => ({
    a: g.decode(branch.commitmentA),
    b: g.decode(branch.commitmentB),
  }));
}

function tryDecode<T>(decode: () => T): T | null {
  try {
    return decode();
  } catch {
    return null;
  }
}
