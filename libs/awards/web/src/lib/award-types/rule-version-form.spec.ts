import { emptyPrerequisite, toPrerequisite, toRuleVersionRequest } from './rule-version-form';

describe('rule version form', () => {
  it('should keep only the fields of each prerequisite kind', () => {
    const row = { ...emptyPrerequisite('leadsBloc'), awardCode: 'X', appliesTo: [] };
    expect(toPrerequisite(row)).toEqual({ kind: 'leadsBloc' });
    expect(
      toPrerequisite({
        ...emptyPrerequisite('consecutiveTitles'),
        awardCode: ' CSTDCS ',
        years: 3,
        appliesTo: ['individual'],
      }),
    ).toEqual({
      kind: 'consecutiveTitles',
      awardCode: 'CSTDCS',
      years: 3,
      appliesTo: ['individual'],
    });
    expect(
      toPrerequisite({
        ...emptyPrerequisite('memberShares'),
        minLdttPercent: 70,
        allComplete: true,
        minCstdcs: 1,
      }),
    ).toEqual({ kind: 'memberShares', minLdttPercent: 70, allComplete: true, minCstdcs: 1 });
  });

  it('should build the request with ISO dates and the ballot rule', () => {
    expect(
      toRuleVersionRequest({
        effectiveFrom: new Date(2025, 6, 1),
        effectiveTo: null,
        legalCitation: ' Nghị định 152/2025/NĐ-CP ',
        bonusCoefficient: 1.5,
        threshold: 90,
        denominator: 'valid',
        comparator: 'gte',
        quotaPerBloc: null,
        prerequisites: [],
      }),
    ).toEqual({
      effectiveFrom: '2025-07-01',
      effectiveTo: null,
      legalCitation: 'Nghị định 152/2025/NĐ-CP',
      bonusCoefficient: 1.5,
      ballot: { threshold: 90, denominator: 'valid', comparator: 'gte' },
      quotaPerBloc: null,
      prerequisites: [],
    });
  });
});
