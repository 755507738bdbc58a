import type { BallotCryptoParams } from './crypto';

/** What the sealed box's proofs are bound to, the same on the phone, the server and the verifier. */
export function sealParams(ballot: {
  id: string;
  method: 'chooseK' | 'approval';
  maxWinners: number;
  candidateCount: number;
  publicKey: string;
}): BallotCryptoParams {
  return {
    ballotId: ballot.id,
    publicKey: ballot.publicKey,
    candidateCount: ballot.candidateCount,
    minMarks: 0,
    // Choose at most K: the overall proof bounds the marks. Approval: each candidate on its own.
    maxMarks:
      ballot.method === 'chooseK' ? Math.min(ballot.maxWinners, ballot.candidateCount) : null,
  };
}

/**
 * The marks (1 = chosen, or "agree" in an approval ballot) in the ballot's candidate order. An
 * approval ballot's "disagree" and "no opinion" are both 0: only agreements are counted.
 */
export function marksOf(
  candidateIds: readonly string[],
  choice: { choices?: readonly string[]; approvals?: Readonly<Record<string, string>> },
): number[] {
  return candidateIds.map((id) =>
    choice.choices
      ? choice.choices.includes(id)
        ? 1
        : 0
      : choice.approvals?.[id] === 'agree'
        ? 1
        : 0,
  );
}
