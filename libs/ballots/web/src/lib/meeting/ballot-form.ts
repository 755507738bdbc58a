import type { AwardRuleVersion, AwardTypeResponse, BallotRule } from '@thidua/awards/contracts';

/** When an award type has no rule version in force: more than half of all delegates. */
export const FALLBACK_BALLOT_RULE: BallotRule = {
  threshold: 50,
  denominator: 'eligible',
  comparator: 'gt',
};

/** The award's rule version in force on a date ("yyyy-MM-dd"), if any. */
export function ruleVersionInForce(
  award: Pick<AwardTypeResponse, 'versions'>,
  date: string,
): AwardRuleVersion | null {
  const day = date.slice(0, 10);
  const inForce = award.versions
    .filter((v) => v.effectiveFrom.slice(0, 10) <= day)
    .filter((v) => !v.effectiveTo || v.effectiveTo.slice(0, 10) >= day)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  return inForce[0] ?? null;
}

/** The ballot rule a new ballot starts with: the award's rule in force, else the fallback. */
export function defaultBallotRule(
  award: Pick<AwardTypeResponse, 'versions'>,
  date: string,
): BallotRule {
  return { ...(ruleVersionInForce(award, date)?.ballot ?? FALLBACK_BALLOT_RULE) };
}
