import type { Hex } from './encoding';

/** One branch of a disjunctive Chaum–Pedersen proof (Helios style), for one possible value v. */
export interface ProofBranch {
  commitmentA: Hex;
  commitmentB: Hex;
  challenge: Hex;
  response: Hex;
}

/** The encrypted mark for one candidate, with the proof that it is 0 or 1 (branches v = 0, 1). */
export interface EncryptedChoice {
  alpha: Hex;
  beta: Hex;
  proof: ProofBranch[];
}

export interface EncryptedBallot {
  /** One per candidate, in the ballot's candidate order. */
  choices: EncryptedChoice[];
  /** Branches v = minMarks..maxMarks for the sum of all choices; present iff maxMarks !== null. */
  overall: ProofBranch[] | null;
}

/** What every proof of a ballot is bound to. */
export interface BallotCryptoParams {
  ballotId: string;
  publicKey: Hex;
  candidateCount: number;
  minMarks: number;
  /** Choose at most K: K. Approval (each candidate on its own): null, and minMarks is 0. */
  maxMarks: number | null;
}

export type BallotCheck =
  | { ok: true }
  | {
      ok: false;
      /**
       * shape: not the exact JSON form (keys, lengths, hex, scalars below L); point: a point that
       * is not a canonical ristretto255 encoding or is the identity; proof: a candidate's 0-or-1
       * proof fails; overall: the proof on the number of marks fails.
       */
      reason: 'shape' | 'point' | 'proof' | 'overall';
      /** The candidate's index in the ballot (0-based), when the problem is one choice's. */
      index?: number;
    };

/** A decrypted per-candidate total with its proof of correct decryption. */
export interface Decryption {
  /** D = x·alpha_sum. */
  factor: Hex;
  proof: ProofBranch;
  count: number;
}

/** The sum of a candidate's ciphertexts over all ballots. */
export interface Ciphertext {
  alpha: Hex;
  beta: Hex;
}
