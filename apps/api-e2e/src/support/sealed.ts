import { randomUUID } from 'node:crypto';

import type { BallotResponse } from '@thidua/ballots/contracts';
import { encryptBallot, marksOf, sealParams } from '@thidua/ballots/domain';

/**
 * What a delegate's phone sends to a secret ballot: a vote id it made and the ballot encrypted to
 * the ballot's public key, with its proofs (as the web app does).
 */
export function sealedVote(
  ballot: Pick<BallotResponse, 'id' | 'method' | 'maxWinners' | 'candidates' | 'seal'>,
  choice: { choices?: string[]; approvals?: Record<string, string> },
  voteId: string = randomUUID(),
): { voteId: string; ballot: ReturnType<typeof encryptBallot> } {
  if (!ballot.seal) throw new Error('not a sealed ballot');
  const ids = ballot.candidates.map((c) => c.nominationId);
  const params = sealParams({
    id: ballot.id,
    method: ballot.method,
    maxWinners: ballot.maxWinners,
    candidateCount: ids.length,
    publicKey: ballot.seal.publicKey,
  });
  return { voteId, ballot: encryptBallot(params, marksOf(ids, choice)) };
}
