import type { BallotCryptoParams, EncryptedBallot, ProofBranch } from './ballot.types';
import { isHex32, isScalarHex } from './encoding';

const BALLOT_KEYS = ['choices', 'overall'];
const CHOICE_KEYS = ['alpha', 'beta', 'proof'];
const BRANCH_KEYS = ['challenge', 'commitmentA', 'commitmentB', 'response'];

export type ShapeCheck = { ok: true; ballot: EncryptedBallot } | { ok: false; index?: number };

/**
 * Whether untrusted JSON has exactly the form of an encrypted ballot for these parameters: the
 * exact keys, one choice per candidate with two branches, an overall proof with one branch per
 * allowed number of marks (or null when unlimited), 64-hex points and scalars below L. Nothing
 * here decodes a point: that is the next, costlier step.
 */
export function checkBallotShape(params: BallotCryptoParams, value: unknown): ShapeCheck {
  if (!hasExactKeys(value, BALLOT_KEYS)) return { ok: false };
  const { choices, overall } = value as Record<string, unknown>;
  if (!Array.isArray(choices) || choices.length !== params.candidateCount) return { ok: false };
  for (const [index, choice] of choices.entries()) {
    if (!isChoice(choice)) return { ok: false, index };
  }
  if (params.maxMarks === null) {
    if (overall !== null) return { ok: false };
  } else if (!isProof(overall, params.maxMarks - params.minMarks + 1)) {
    return { ok: false };
  }
  return { ok: true, ballot: value as EncryptedBallot };
}

function isChoice(value: unknown): boolean {
  if (!hasExactKeys(value, CHOICE_KEYS)) return false;
  const { alpha, beta, proof } = value as Record<string, unknown>;
  return isHex32(alpha) && isHex32(beta) && isProof(proof, 2);
}

function isProof(value: unknown, branches: number): value is ProofBranch[] {
  return Array.isArray(value) && value.length === branches && value.every(isBranch);
}

function isBranch(value: unknown): value is ProofBranch {
  if (!hasExactKeys(value, BRANCH_KEYS)) return false;
  const branch = value as Record<string, unknown>;
  return (
    isHex32(branch['commitmentA']) &&
    isHex32(branch['commitmentB']) &&
    isScalarHex(branch['challenge']) &&
    isScalarHex(branch['response'])
  );
}

/** A plain object (as JSON.parse makes) with exactly these keys, given sorted. */
export function hasExactKeys(value: unknown, sortedKeys: readonly string[]): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  const keys = Object.keys(value).sort();
  return keys.length === sortedKeys.length && keys.every((key, i) => key === sortedKeys[i]);
}
