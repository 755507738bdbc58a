import type { BallotCryptoParams } from './ballot.types';
import type { Hex } from './encoding';
import { Transcript } from './transcript';

/*
 * The Fiat–Shamir contexts (docs/ballot-verification.md § Proofs). Each binds the ballot id and
 * the public key, and the candidate index or "overall", so a proof copied to another ballot or
 * another position no longer verifies. A decryption is bound to its total's two points instead,
 * which no other candidate's total has.
 */

export function choiceTranscript(
  params: BallotCryptoParams,
  index: number,
  alpha: Hex,
  beta: Hex,
): Transcript {
  return new Transcript('choice')
    .text(params.ballotId)
    .point(params.publicKey)
    .text(String(index))
    .point(alpha)
    .point(beta);
}

export function overallTranscript(params: BallotCryptoParams, alpha: Hex, beta: Hex): Transcript {
  return new Transcript('overall')
    .text(params.ballotId)
    .point(params.publicKey)
    .text(String(params.minMarks))
    .text(String(params.maxMarks))
    .point(alpha)
    .point(beta);
}

export function decryptionTranscript(
  params: BallotCryptoParams,
  total: { alpha: Hex; beta: Hex },
  factor: Hex,
): Transcript {
  return new Transcript('decryption')
    .text(params.ballotId)
    .point(params.publicKey)
    .point(total.alpha)
    .point(total.beta)
    .point(factor);
}
