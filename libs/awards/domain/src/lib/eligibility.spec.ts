import type { Prerequisite } from '@thidua/awards/contracts';

import { type EligibilityInput, evaluateEligibility, hasBlockers } from './eligibility';
import { nextNominationStatus } from './nomination-flow';
import { compareTiePriority } from './tie-priority';

const CSTD_TINH: Prerequisite = { kind: 'consecutiveTitles', awardCode: 'CSTDCS', years: 3 };
const BANG_KHEN: Prerequisite = {
  kind: 'consecutiveTitlesOrExcellence',
  awardCode: 'CSTDCS',
  years: 2,
  initiatives: 2,
};

function input(
  partial: Partial<EligibilityInput> & { prerequisites?: Prerequisite[] } = {},
): EligibilityInput {
  const { prerequisites = [], ...rest } = partial;
  return {
    year: 2024,
    award: {
      code: 'CSTDT',
      name: 'Chiến sĩ thi đua cấp tỉnh',
      kind: 'regular',
      category: 'title',
      beneficiaryKinds: ['individual'],
    },
    rule: {
      legalCitation: 'Điều 22 Luật Thi đua, khen thưởng 2022',
      prerequisites,
      quotaPerBloc: null,
    },
    beneficiary: { kind: 'individual', sex: 'male' },
    history: [],
    pending: [],
    records: [],
    flags: [],
    leadsBloc: null,
    blocQuota: null,
    isThematic: false,
    ...rest,
  };
}

const cstdcs = (...years: number[]) =>
  years.map((year) => ({
    year,
    awardCode: 'CSTDCS',
    awardName: 'Chiến sĩ thi đua cơ sở',
    category: 'title' as const,
    kind: 'regular' as const,
  }));
const status = (i: EligibilityInput, rule: string) =>
  evaluateEligibility(i).find((r) => r.rule === rule)?.status;

describe('evaluateEligibility: the individual chain', () => {
  it.each([
    ['three consecutive years ending last year', cstdcs(2021, 2022, 2023), 'pass'],
    ['three consecutive years ending this year', cstdcs(2022, 2023, 2024), 'pass'],
    ['a gap year breaks the chain', cstdcs(2020, 2021, 2023), 'blocker'],
    ['only two years', cstdcs(2022, 2023), 'blocker'],
    ['three years but long ago', cstdcs(2018, 2019, 2020), 'blocker'],
    ['nothing', [], 'blocker'],
  ])('CSTĐ cấp tỉnh with %s → %s', (_name, history, expected) => {
    expect(status(input({ history, prerequisites: [CSTD_TINH] }), 'consecutiveTitles')).toBe(
      expected,
    );
  });

  it('should count a CSTĐCS nomination pending for the current year', () => {
    const i = input({
      history: cstdcs(2022, 2023),
      pending: [
        {
          awardCode: 'CSTDCS',
          awardName: 'Chiến sĩ thi đua cơ sở',
          category: 'title',
          kind: 'regular',
        },
      ],
      prerequisites: [CSTD_TINH],
    });
    expect(status(i, 'consecutiveTitles')).toBe('pass');
  });

  it('should explain in Vietnamese what is missing, with the citation', () => {
    const [result] = evaluateEligibility(
      input({ history: cstdcs(2023), prerequisites: [CSTD_TINH] }),
    ).filter((r) => r.rule === 'consecutiveTitles');
    expect(result.message).toBe('Cần 3 năm liên tục đạt CSTDCS; hiện có 1 năm liên tục (2023).');
    expect(result.citation).toBe('Điều 22 Luật Thi đua, khen thưởng 2022');
  });
});

describe('evaluateEligibility: Bằng khen for an individual', () => {
  const award = {
    code: 'BKT',
    name: 'Bằng khen của Chủ tịch UBND tỉnh',
    kind: 'regular' as const,
    category: 'commendation' as const,
    beneficiaryKinds: ['individual' as const, 'collective' as const, 'household' as const],
  };
  it.each([
    ['2 consecutive CSTĐCS', cstdcs(2022, 2023), [], 'pass'],
    [
      '2 years excellent + 2 initiatives',
      [],
      [
        { year: 2023, rating: 'excellent' as const, initiatives: 1 },
        { year: 2024, rating: 'excellent' as const, initiatives: 1 },
      ],
      'pass',
    ],
    [
      '2 years excellent but 1 initiative',
      [],
      [
        { year: 2023, rating: 'excellent' as const, initiatives: 1 },
        { year: 2024, rating: 'excellent' as const, initiatives: 0 },
      ],
      'blocker',
    ],
    [
      'excellent with a gap year',
      [],
      [
        { year: 2022, rating: 'excellent' as const, initiatives: 2 },
        { year: 2024, rating: 'excellent' as const, initiatives: 2 },
      ],
      'blocker',
    ],
    [
      'one CSTĐCS and one good year',
      cstdcs(2023),
      [{ year: 2024, rating: 'good' as const, initiatives: 3 }],
      'blocker',
    ],
  ])('%s → %s', (_name, history, records, expected) => {
    expect(
      status(
        input({ award, history, records, prerequisites: [BANG_KHEN] }),
        'consecutiveTitlesOrExcellence',
      ),
    ).toBe(expected);
  });

  it('should apply a prerequisite only to the beneficiary kinds it names', () => {
    const individualsOnly: Prerequisite = { ...BANG_KHEN, appliesTo: ['individual'] };
    const results = evaluateEligibility(
      input({ award, beneficiary: { kind: 'collective' }, prerequisites: [individualsOnly] }),
    );
    expect(results.find((r) => r.rule === 'consecutiveTitlesOrExcellence')).toBeUndefined();
  });

  it('should not apply the chain to a thematic or sudden award', () => {
    expect(
      status(
        input({ award, isThematic: true, prerequisites: [BANG_KHEN] }),
        'consecutiveTitlesOrExcellence',
      ),
    ).toBe('pass');
    expect(
      status(
        input({ award: { ...award, kind: 'sudden' }, prerequisites: [BANG_KHEN] }),
        'consecutiveTitlesOrExcellence',
      ),
    ).toBe('pass');
  });
});

describe('evaluateEligibility: general rules', () => {
  it.each([
    ['individual', 'pass'],
    ['collective', 'blocker'],
    ['household', 'blocker'],
  ] as const)('CSTĐ cấp tỉnh for a %s → %s', (kind, expected) => {
    expect(status(input({ beneficiary: { kind } }), 'beneficiaryKind')).toBe(expected);
  });

  it.each([
    [
      'the same award the same year',
      cstdcs(2024).map((h) => ({ ...h, awardCode: 'CSTDT' })),
      [],
      'blocker',
    ],
    [
      'the same award pending the same year',
      [],
      [
        {
          awardCode: 'CSTDT',
          awardName: 'x',
          category: 'title' as const,
          kind: 'regular' as const,
        },
      ],
      'blocker',
    ],
    [
      'the same award another year',
      cstdcs(2023).map((h) => ({ ...h, awardCode: 'CSTDT' })),
      [],
      'pass',
    ],
  ])('one achievement, one award: %s → %s', (_name, history, pending, expected) => {
    expect(status(input({ history, pending }), 'oneAwardPerAchievement')).toBe(expected);
  });

  it('should warn of a second commendation of the same kind the same year', () => {
    const award = {
      code: 'BKT',
      name: 'Bằng khen',
      kind: 'regular' as const,
      category: 'commendation' as const,
      beneficiaryKinds: ['individual' as const],
    };
    const history = [
      {
        year: 2024,
        awardCode: 'GK',
        awardName: 'Giấy khen',
        category: 'commendation' as const,
        kind: 'regular' as const,
      },
    ];
    expect(status(input({ award, history }), 'oneAwardPerAchievement')).toBe('warning');
  });

  it.each([
    [
      'a flag during the year',
      { kind: 'discipline' as const, from: '2024-03-01', to: '2024-06-30' },
      'blocker',
    ],
    [
      'an open flag from before',
      { kind: 'investigation' as const, from: '2023-11-01', to: null },
      'blocker',
    ],
    [
      'a flag that ended the year before',
      { kind: 'discipline' as const, from: '2023-01-01', to: '2023-12-31' },
      'pass',
    ],
    ['a flag from next year', { kind: 'complaint' as const, from: '2025-01-02', to: null }, 'pass'],
  ])('under review: %s → %s', (_name, flag, expected) => {
    expect(status(input({ flags: [flag] }), 'underReview')).toBe(expected);
  });

  it.each([
    [true, 'pass'],
    [false, 'blocker'],
    [null, 'warning'],
  ])('Cờ thi đua when leading the bloc is %s → %s', (leadsBloc, expected) => {
    const award = {
      code: 'CTDT',
      name: 'Cờ thi đua của UBND tỉnh',
      kind: 'regular' as const,
      category: 'title' as const,
      beneficiaryKinds: ['collective' as const],
    };
    expect(
      status(
        input({
          award,
          beneficiary: { kind: 'collective' },
          leadsBloc,
          prerequisites: [{ kind: 'leadsBloc' }],
        }),
        'leadsBloc',
      ),
    ).toBe(expected);
  });

  it.each([
    [{ limit: 2, used: 1 }, 'pass'],
    [{ limit: 2, used: 2 }, 'blocker'],
    [{ limit: 1, used: 0 }, 'pass'],
  ])('bloc quota %j → %s', (blocQuota, expected) => {
    expect(status(input({ blocQuota }), 'blocQuota')).toBe(expected);
  });

  it.each([
    [
      {
        memberCount: 20,
        ldttCount: 14,
        cstdcsCount: 1,
        allCompleted: true,
        disciplinedCount: 0,
        womenCount: 9,
      },
      'pass',
    ],
    [
      {
        memberCount: 20,
        ldttCount: 13,
        cstdcsCount: 1,
        allCompleted: true,
        disciplinedCount: 0,
        womenCount: 9,
      },
      'blocker',
    ],
    [
      {
        memberCount: 20,
        ldttCount: 15,
        cstdcsCount: 0,
        allCompleted: true,
        disciplinedCount: 0,
        womenCount: 9,
      },
      'blocker',
    ],
    [
      {
        memberCount: 20,
        ldttCount: 15,
        cstdcsCount: 2,
        allCompleted: false,
        disciplinedCount: 0,
        womenCount: 9,
      },
      'blocker',
    ],
    [
      {
        memberCount: 20,
        ldttCount: 15,
        cstdcsCount: 2,
        allCompleted: true,
        disciplinedCount: 1,
        womenCount: 9,
      },
      'blocker',
    ],
    [null, 'warning'],
  ])('Tập thể lao động xuất sắc with %j → %s', (figures, expected) => {
    const award = {
      code: 'TTLDXS',
      name: 'Tập thể lao động xuất sắc',
      kind: 'regular' as const,
      category: 'title' as const,
      beneficiaryKinds: ['collective' as const],
    };
    const prerequisites: Prerequisite[] = [
      { kind: 'memberShares', minLdttPercent: 70, allComplete: true, minCstdcs: 1 },
    ];
    expect(
      status(
        input({ award, beneficiary: { kind: 'collective', figures }, prerequisites }),
        'memberShares',
      ),
    ).toBe(expected);
  });

  it('should block when no rules are in force that year', () => {
    const results = evaluateEligibility(input({ rule: null }));
    expect(results[0]).toEqual(
      expect.objectContaining({ rule: 'rulesInForce', status: 'blocker' }),
    );
    expect(hasBlockers(results)).toBe(true);
  });
});

describe('evaluateEligibility: explanations as codes', () => {
  const find = (i: EligibilityInput, rule: string) =>
    evaluateEligibility(i).find((r) => r.rule === rule);

  it('should give each result a code and parameters, and the same sentence in Vietnamese', () => {
    expect(find(input(), 'oneAwardPerAchievement')).toEqual({
      rule: 'oneAwardPerAchievement',
      status: 'pass',
      code: 'eligibility.oneAward.pass',
      params: { year: 2024 },
      message: 'Năm 2024 chưa có hình thức khen nào trùng.',
      citation:
        'Khoản 2 Điều 5 Luật Thi đua, khen thưởng 2022 (một thành tích, một hình thức khen)',
      citationCode: 'eligibility.citation.oneAward',
    });
    expect(find(input({ prerequisites: [CSTD_TINH] }), 'consecutiveTitles')).toEqual(
      expect.objectContaining({
        code: 'eligibility.titles.blockerNone',
        params: { award: 'CSTDCS', count: 0, years: '', required: 3 },
        message: 'Cần 3 năm liên tục đạt CSTDCS; hiện có 0 năm liên tục.',
        citation: 'Điều 22 Luật Thi đua, khen thưởng 2022',
        citationCode: null,
      }),
    );
  });

  it('should pass kinds and problems as codes of their own', () => {
    const kinds = find(input({ beneficiary: { kind: 'household' } }), 'beneficiaryKind');
    expect(kinds?.params).toEqual({
      award: 'Chiến sĩ thi đua cấp tỉnh',
      kind: { code: 'eligibility.kind.household' },
      kinds: [{ code: 'eligibility.kind.individual' }],
    });
    expect(kinds?.message).toBe(
      '"Chiến sĩ thi đua cấp tỉnh" không xét tặng cho hộ gia đình (chỉ cho cá nhân).',
    );
    const figures = {
      memberCount: 20,
      ldttCount: 10,
      cstdcsCount: 0,
      allCompleted: true,
      disciplinedCount: 0,
      womenCount: 9,
    };
    const shares: Prerequisite = {
      kind: 'memberShares',
      minLdttPercent: 70,
      allComplete: true,
      minCstdcs: 1,
    };
    const collective = input({
      award: { ...input().award, beneficiaryKinds: ['collective'] },
      beneficiary: { kind: 'collective', figures },
      prerequisites: [shares],
    });
    expect(find(collective, 'memberShares')?.message).toBe(
      'Chưa đủ tiêu chuẩn: 50 % thành viên đạt LĐTT (cần từ 70 %), chưa có 1 cá nhân đạt CSTĐCS.',
    );
  });
});

describe('nextNominationStatus', () => {
  it.each([
    ['draft', 'submit', 'submitted'],
    ['returned', 'submit', 'submitted'],
    ['submitted', 'accept', 'accepted'],
    ['submitted', 'return', 'returned'],
    ['accepted', 'recordVote', 'voted'],
    ['voted', 'send', 'sent'],
    ['sent', 'approve', 'approved'],
    ['sent', 'reject', 'rejected'],
    ['approved', 'decide', 'decided'],
    ['decided', 'award', 'awarded'],
    ['draft', 'accept', null],
    ['accepted', 'submit', null],
    ['awarded', 'return', null],
    ['rejected', 'decide', null],
  ] as const)('%s + %s → %s', (from, action, to) => {
    expect(nextNominationStatus(from, action)).toBe(to);
  });
});

describe('compareTiePriority', () => {
  it('should put women and collectives of at least 70 % women first on ties', () => {
    const list = [
      { id: 'man', kind: 'individual' as const, sex: 'male' as const },
      { id: 'woman', kind: 'individual' as const, sex: 'female' as const },
      { id: 'unit60', kind: 'collective' as const, womenPercent: 60 },
      { id: 'unit70', kind: 'collective' as const, womenPercent: 70 },
    ];
    expect([...list].sort(compareTiePriority).map((c) => c.id)).toEqual([
      'woman',
      'unit70',
      'man',
      'unit60',
    ]);
  });
});

describe('evaluateEligibility: a chain across a merger', () => {
  const ttldxs = (year: number, via: string | null = null) => ({
    year,
    awardCode: 'TTLDXS',
    awardName: 'Tập thể lao động xuất sắc',
    category: 'title' as const,
    kind: 'regular' as const,
    via,
  });
  const collective = (history: EligibilityInput['history']) =>
    evaluateEligibility(
      input({
        year: 2025,
        beneficiary: { kind: 'collective' },
        award: {
          code: 'BKUBND',
          name: 'Bằng khen của Chủ tịch UBND tỉnh',
          kind: 'regular',
          category: 'commendation',
          beneficiaryKinds: ['collective'],
        },
        history,
        prerequisites: [{ kind: 'consecutiveTitles', awardCode: 'TTLDXS', years: 2 }],
      }),
    ).find((r) => r.rule === 'consecutiveTitles');

  it.each<[string, EligibilityInput['history'], string, string | undefined]>([
    ['its own two years', [ttldxs(2023), ttldxs(2024)], 'eligibility.titles.pass', undefined],
    [
      "a predecessor's year before the merger and its own after",
      [ttldxs(2023, 'Sở Giao thông vận tải'), ttldxs(2024)],
      'eligibility.titles.passInherited',
      'Sở Giao thông vận tải (2023)',
    ],
    [
      'two predecessors across two events',
      [ttldxs(2023, 'Sở Xây dựng'), ttldxs(2024, 'Sở Giao thông – Xây dựng')],
      'eligibility.titles.passInherited',
      'Sở Giao thông – Xây dựng (2024); Sở Xây dựng (2023)',
    ],
    [
      'a year both had counts as its own',
      [ttldxs(2023), ttldxs(2023, 'Sở Xây dựng'), ttldxs(2024)],
      'eligibility.titles.pass',
      undefined,
    ],
    [
      'one inherited year is not enough',
      [ttldxs(2024, 'Sở Xây dựng')],
      'eligibility.titles.blockerInherited',
      'Sở Xây dựng (2024)',
    ],
    ['no predecessor counted (rule off)', [ttldxs(2024)], 'eligibility.titles.blocker', undefined],
  ])('%s', (_name, history, code, inherited) => {
    const result = collective(history);
    expect(result?.code).toBe(code);
    expect(result?.params?.['inherited']).toBe(inherited);
    if (inherited)
      expect(result?.message).toContain(`tính cả thành tích của đơn vị tiền thân: ${inherited}`);
  });
});
