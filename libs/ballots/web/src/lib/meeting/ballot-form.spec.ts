import type { AwardRuleVersion } from '@thidua/awards/contracts';

import { FALLBACK_BALLOT_RULE, defaultBallotRule, ruleVersionInForce } from './ballot-form';

function version(id: string, from: string, to: string | null, threshold: number): AwardRuleVersion {
  return {
    id,
    effectiveFrom: from,
    effectiveTo: to,
    legalCitation: '',
    bonusCoefficient: 1,
    ballot: { threshold, denominator: 'eligible', comparator: 'gte' },
    quotaPerBloc: null,
    prerequisites: [],
  };
}

describe('ruleVersionInForce', () => {
  const award = {
    versions: [
      version('old', '2018-01-01', '2024-12-31', 50),
      version('new', '2025-01-01', null, 70),
    ],
  };

  it('should pick the version in force on the meeting date', () => {
    expect(ruleVersionInForce(award, '2024-12-20')?.id).toBe('old');
    expect(ruleVersionInForce(award, '2025-12-20')?.id).toBe('new');
  });

  it('should give the rule in force, or more than half of all delegates without one', () => {
    expect(defaultBallotRule(award, '2025-06-01').threshold).toBe(70);
    expect(defaultBallotRule(award, '2010-06-01')).toEqual(FALLBACK_BALLOT_RULE);
  });
});
