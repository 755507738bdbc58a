import type { ScoreTotals, TieBreak } from '@thidua/scoring/contracts';

export interface RankInput<T> {
  key: T;
  /** Used last, for a stable order among units still tied (their name, Vietnamese order). */
  name: string;
  totals: ScoreTotals;
}

export interface Ranked<T> extends RankInput<T> {
  /** Competition ranking: units tied after every tie-break share the rank (1, 1, 3). */
  rank: number;
  /** Still tied with another unit after every tie-break: the ballot decides between them. */
  isTiedForBallot: boolean;
}

function compareBy(tieBreak: TieBreak, a: ScoreTotals, b: ScoreTotals): number {
  switch (tieBreak) {
    case 'firstGroup':
      return (b.groups[0] ?? 0) - (a.groups[0] ?? 0);
    case 'fewerPenalties':
      return a.penalty - b.penalty;
    case 'moreBonus':
      return b.bonus - a.bonus;
  }
}

/** Orders two cards: total first, then the bloc's tie-breaks in order; 0 when still tied. */
export function compareTotals(
  a: ScoreTotals,
  b: ScoreTotals,
  tieBreaks: readonly TieBreak[],
): number {
  if (a.total !== b.total) return b.total - a.total;
  for (const tieBreak of tieBreaks) {
    const d = compareBy(tieBreak, a, b);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Ranks units by total, then the tie-breaks the bloc chose (default: higher score in the first
 * group, then fewer penalty points). Units still tied share the rank and are marked for the ballot.
 */
export function rankUnits<T, U extends RankInput<T> = RankInput<T>>(
  units: readonly U[],
  tieBreaks: readonly TieBreak[],
  collator: Intl.Collator = new Intl.Collator('vi'),
): Array<U & { rank: number; isTiedForBallot: boolean }> {
  const sorted = [...units].sort(
    (a, b) => compareTotals(a.totals, b.totals, tieBreaks) || collator.compare(a.name, b.name),
  );
  return sorted.map((u, i) => {
    let first = i;
    while (first > 0 && compareTotals(sorted[first - 1].totals, u.totals, tieBreaks) === 0)
      first -= 1;
    const tied =
      (i > 0 && compareTotals(sorted[i - 1].totals, u.totals, tieBreaks) === 0) ||
      (i + 1 < sorted.length && compareTotals(sorted[i + 1].totals, u.totals, tieBreaks) === 0);
    return { ...u, rank: first + 1, isTiedForBallot: tied };
  });
}
