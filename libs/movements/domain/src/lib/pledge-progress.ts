export interface PledgeMember {
  unitId: string;
  name: string;
  /** Left the bloc during the year: no longer expected to sign. */
  hasLeft: boolean;
}

export interface PledgeProgress {
  memberCount: number;
  signedCount: number;
  unsigned: PledgeMember[];
  /** Every current member has signed: the pledge locks. */
  isComplete: boolean;
}

/** Who has signed the pledge among the bloc's current members ("signed 7 of 9"). */
export function pledgeProgress(
  members: PledgeMember[],
  signedUnitIds: Iterable<string>,
): PledgeProgress {
  const signed = new Set(signedUnitIds);
  const current = members.filter((m) => !m.hasLeft);
  const unsigned = current.filter((m) => !signed.has(m.unitId));
  return {
    memberCount: current.length,
    signedCount: current.length - unsigned.length,
    unsigned,
    isComplete: current.length > 0 && unsigned.length === 0,
  };
}
