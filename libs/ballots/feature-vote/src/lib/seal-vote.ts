import type { BallotResponse } from '@thidua/ballots/contracts';
import { encryptBallot, marksOf, sealParams } from '@thidua/ballots/domain';

/**
 * A secret ballot's choice encrypted on the phone to the ballot's public key, with its proofs. Its
 * own module, loaded by the vote store only when a secret vote is made, so the cryptography is not
 * part of the voting page's first download.
 */
export function sealVote(
  ballot: Pick<BallotResponse, 'id' | 'method' | 'maxWinners' | 'candidates'>,
  publicKey: string,
  choice: { choices?: readonly string[]; approvals?: Readonly<Record<string, string>> },
): ReturnType<typeof encryptBallot> {
  const params = sealParams({
    id: ballot.id,
    method: ballot.method,
    maxWinners: ballot.maxWinners,
    candidateCount: ballot.candidates.length,
    publicKey,
  });
  return encryptBallot(
    params,
    marksOf(
      ballot.candidates.map((c) => c.nominationId),
      choice,
    ),
  );
}
