import type { AwardRuleVersion, Prerequisite } from '@thidua/awards/contracts';

import {
  appliesToText,
  ballotRuleText,
  bonusText,
  prerequisiteText,
  quotaText,
  versionInForce,
} from './rule-wording';

describe('ballotRuleText', () => {
  it.each([
    [{ threshold: 50, denominator: 'eligible', comparator: 'gt' }, 'Trên 50 % tổng số thành viên'],
    [{ threshold: 90, denominator: 'valid', comparator: 'gte' }, 'Từ 90 % số phiếu hợp lệ'],
    [
      { threshold: 66.67, denominator: 'present', comparator: 'gte' },
      'Từ 66,67 % số thành viên có mặt',
    ],
  ] as const)('should word %o as "%s"', (rule, text) => {
    expect(ballotRuleText(rule)).toBe(text);
  });
});

describe('prerequisiteText', () => {
  const names = { CSTDCS: 'Chiến sĩ thi đua cơ sở' };

  it('should word consecutive titles with the award name', () => {
    const p: Prerequisite = { kind: 'consecutiveTitles', awardCode: 'CSTDCS', years: 3 };
    expect(prerequisiteText(p, names)).toBe('3 năm liên tục đạt Chiến sĩ thi đua cơ sở (CSTDCS)');
  });

  it('should fall back to the code when the award is unknown', () => {
    const p: Prerequisite = { kind: 'consecutiveTitles', awardCode: 'XYZ', years: 2 };
    expect(prerequisiteText(p)).toBe('2 năm liên tục đạt XYZ');
  });

  it('should word the title-or-excellence alternative and its scope', () => {
    const p: Prerequisite = {
      kind: 'consecutiveTitlesOrExcellence',
      awardCode: 'CSTDCS',
      years: 2,
      initiatives: 2,
      appliesTo: ['individual'],
    };
    expect(prerequisiteText(p, names)).toBe(
      '2 năm liên tục đạt Chiến sĩ thi đua cơ sở (CSTDCS), hoặc 2 năm liên tục hoàn thành xuất sắc nhiệm vụ và có 2 sáng kiến được công nhận (áp dụng cho: Cá nhân)',
    );
  });

  it('should word leading a bloc', () => {
    expect(prerequisiteText({ kind: 'leadsBloc', appliesTo: ['collective'] })).toBe(
      'Dẫn đầu khối, cụm thi đua trong năm (áp dụng cho: Tập thể)',
    );
  });

  it('should word member shares with only the parts that apply', () => {
    expect(
      prerequisiteText({
        kind: 'memberShares',
        minLdttPercent: 70,
        allComplete: true,
        minCstdcs: 1,
      }),
    ).toBe(
      'Ít nhất 70 % thành viên đạt Lao động tiên tiến; 100 % thành viên hoàn thành nhiệm vụ; ít nhất 1 Chiến sĩ thi đua cơ sở; không ai bị kỷ luật từ cảnh cáo trở lên',
    );
    expect(
      prerequisiteText({
        kind: 'memberShares',
        minLdttPercent: 70,
        allComplete: false,
        minCstdcs: 0,
      }),
    ).toBe(
      'Ít nhất 70 % thành viên đạt Lao động tiên tiến; không ai bị kỷ luật từ cảnh cáo trở lên',
    );
  });
});

describe('small wordings', () => {
  it('should word scopes, bonuses and quotas', () => {
    expect(appliesToText(['collective', 'household'])).toBe('(áp dụng cho: Tập thể, Hộ gia đình)');
    expect(bonusText(1.5)).toBe('× 1,5 mức lương cơ sở');
    expect(quotaText(null)).toBe('Không giới hạn');
    expect(quotaText(3)).toBe('3 / khối');
  });
});

describe('versionInForce', () => {
  const version = (id: string, from: string, to: string | null): AwardRuleVersion => ({
    id,
    effectiveFrom: from,
    effectiveTo: to,
    legalCitation: '',
    bonusCoefficient: 1,
    ballot: { threshold: 50, denominator: 'eligible', comparator: 'gt' },
    quotaPerBloc: null,
    prerequisites: [],
  });
  const versions = [
    version('2018', '2018-01-01', '2023-12-31'),
    version('2024', '2024-01-01', '2025-06-30'),
    version('2025', '2025-07-01', null),
  ];

  it('should pick the version in force on the date', () => {
    expect(versionInForce(versions, '2020-12-31')?.id).toBe('2018');
    expect(versionInForce(versions, '2025-03-01')?.id).toBe('2024');
    expect(versionInForce(versions, '2025-12-31')?.id).toBe('2025');
  });

  it('should fall back to the newest version, or null without any', () => {
    expect(versionInForce(versions, '2010-01-01')?.id).toBe('2025');
    expect(versionInForce([], '2025-01-01')).toBeNull();
  });
});
