import type {
  AwardKind,
  BeneficiaryKind,
  CollectiveFigures,
  EligibilityResult,
  PerformanceRating,
  Prerequisite,
  ReviewFlagKind,
  Sex,
} from '@thidua/awards/contracts';

export interface EligibilityInput {
  year: number;
  award: {
    code: string;
    name: string;
    kind: AwardKind;
    category: 'title' | 'commendation';
    beneficiaryKinds: BeneficiaryKind[];
  };
  /** The rules in force in the year (null when the catalogue has none). */
  rule: {
    legalCitation: string;
    prerequisites: Prerequisite[];
    quotaPerBloc: number | null;
  } | null;
  beneficiary: { kind: BeneficiaryKind; sex?: Sex | null; figures?: CollectiveFigures | null };
  /** Awards the beneficiary received (award history). */
  history: Array<{
    year: number;
    awardCode: string;
    awardName: string;
    category: 'title' | 'commendation';
    kind: AwardKind;
  }>;
  /** Other live nominations of the same beneficiary in the same year. */
  pending: Array<{
    awardCode: string;
    awardName: string;
    category: 'title' | 'commendation';
    kind: AwardKind;
  }>;
  /** Yearly assessments: rating and recognised initiatives (not already used for a CSTĐCS title). */
  records: Array<{ year: number; rating: PerformanceRating; initiatives: number }>;
  flags: Array<{ kind: ReviewFlagKind; from: string; to: string | null }>;
  /** Whether the unit leads its bloc this year; null when the bloc has no ranking yet. */
  leadsBloc: boolean | null;
  /** Nominations for this award from the same bloc and year (others than this one), and the cap. */
  blocQuota: { limit: number | null; used: number } | null;
  /** Nominated in a movement (khen thưởng theo chuyên đề). */
  isThematic: boolean;
}

const FLAG_LABELS: Record<ReviewFlagKind, string> = {
  discipline: 'đang bị xem xét kỷ luật',
  investigation: 'đang bị điều tra',
  inspection: 'đang bị thanh tra, kiểm tra',
  complaint: 'đang bị xác minh khiếu nại, tố cáo',
};

const KIND_LABELS: Record<BeneficiaryKind, string> = {
  collective: 'tập thể',
  individual: 'cá nhân',
  household: 'hộ gia đình',
};

const PRINCIPLES = 'Điều 4 Nghị định 152/2025/NĐ-CP (nguyên tắc khen thưởng)';
const ONE_AWARD =
  'Khoản 2 Điều 5 Luật Thi đua, khen thưởng 2022 (một thành tích, một hình thức khen)';

/**
 * Checks a nomination against the rules in force that year. Each rule answers pass, warning or
 * blocker, with a Vietnamese explanation and its legal citation. Blockers stop submission.
 */
export function evaluateEligibility(input: EligibilityInput): EligibilityResult[] {
  const citation = input.rule?.legalCitation ?? null;
  const results: EligibilityResult[] = [];
  const add = (
    rule: string,
    status: EligibilityResult['status'],
    message: string,
    cite: string | null = citation,
  ) => results.push({ rule, status, message, citation: cite });

  if (!input.rule) {
    add(
      'rulesInForce',
      'blocker',
      `Chưa có quy định của "${input.award.name}" có hiệu lực trong năm ${input.year}.`,
      null,
    );
  }

  // Who can receive it.
  if (input.award.beneficiaryKinds.includes(input.beneficiary.kind)) {
    add(
      'beneficiaryKind',
      'pass',
      `"${input.award.name}" xét tặng cho ${KIND_LABELS[input.beneficiary.kind]}.`,
    );
  } else {
    add(
      'beneficiaryKind',
      'blocker',
      `"${input.award.name}" không xét tặng cho ${KIND_LABELS[input.beneficiary.kind]} (chỉ cho ${input.award.beneficiaryKinds.map((k) => KIND_LABELS[k]).join(', ')}).`,
    );
  }

  // One achievement, one award.
  const sameAward = [
    ...input.history
      .filter((h) => h.year === input.year && h.awardCode === input.award.code)
      .map(() => 'đã được tặng'),
    ...input.pending.filter((p) => p.awardCode === input.award.code).map(() => 'đang được đề nghị'),
  ];
  const sameKind = [
    ...input.history.filter((h) => h.year === input.year && h.awardCode !== input.award.code),
    ...input.pending.filter((p) => p.awardCode !== input.award.code),
  ].filter(
    (h) =>
      h.category === 'commendation' &&
      input.award.category === 'commendation' &&
      h.kind === input.award.kind,
  );
  if (sameAward.length) {
    add(
      'oneAwardPerAchievement',
      'blocker',
      `Năm ${input.year} đối tượng ${sameAward[0]} "${input.award.name}".`,
      ONE_AWARD,
    );
  } else if (sameKind.length) {
    add(
      'oneAwardPerAchievement',
      'warning',
      `Năm ${input.year} đối tượng đã có "${sameKind[0].awardName}": một thành tích chỉ được một hình thức khen thưởng.`,
      ONE_AWARD,
    );
  } else {
    add(
      'oneAwardPerAchievement',
      'pass',
      `Năm ${input.year} chưa có hình thức khen nào trùng.`,
      ONE_AWARD,
    );
  }

  // Under discipline, investigation, inspection or complaint verification.
  const yearStart = `${input.year}-01-01`;
  const yearEnd = `${input.year}-12-31`;
  const flag = input.flags.find((f) => f.from <= yearEnd && (f.to === null || f.to >= yearStart));
  if (flag) {
    add(
      'underReview',
      'blocker',
      `Đối tượng ${FLAG_LABELS[flag.kind]} (từ ${vnDate(flag.from)}${flag.to ? ` đến ${vnDate(flag.to)}` : ''}): chưa khen thưởng, thành tích tính từ khi kết thúc.`,
      PRINCIPLES,
    );
  } else {
    add(
      'underReview',
      'pass',
      'Không đang bị xem xét kỷ luật, điều tra, thanh tra hay xác minh khiếu nại.',
      PRINCIPLES,
    );
  }

  for (const prerequisite of input.rule?.prerequisites ?? []) {
    if (prerequisite.appliesTo && !prerequisite.appliesTo.includes(input.beneficiary.kind))
      continue;
    if (
      (input.award.kind !== 'regular' || input.isThematic) &&
      prerequisite.kind !== 'leadsBloc' &&
      prerequisite.kind !== 'memberShares'
    ) {
      add(
        prerequisite.kind,
        'pass',
        'Khen đột xuất hoặc theo chuyên đề: không xét chuỗi danh hiệu của khen thường xuyên.',
      );
      continue;
    }
    results.push(checkPrerequisite(prerequisite, input, citation));
  }

  if (input.blocQuota && input.blocQuota.limit !== null) {
    const total = input.blocQuota.used + 1;
    if (total > input.blocQuota.limit) {
      add(
        'blocQuota',
        'blocker',
        `Khối đã có ${input.blocQuota.used} đề nghị "${input.award.name}" năm ${input.year}, vượt số lượng tối đa ${input.blocQuota.limit}.`,
      );
    } else {
      add(
        'blocQuota',
        'pass',
        `Đề nghị thứ ${total}/${input.blocQuota.limit} "${input.award.name}" của khối năm ${input.year}.`,
      );
    }
  }
  return results;
}

function checkPrerequisite(
  p: Prerequisite,
  input: EligibilityInput,
  citation: string | null,
): EligibilityResult {
  const result = (status: EligibilityResult['status'], message: string): EligibilityResult => ({
    rule: p.kind,
    status,
    message,
    citation,
  });
  switch (p.kind) {
    case 'consecutiveTitles': {
      const streak = titleStreak(input, p.awardCode);
      return streak.length >= p.years
        ? result('pass', `Đạt ${p.awardCode} ${streak.length} năm liên tục (${streak.join(', ')}).`)
        : result(
            'blocker',
            `Cần ${p.years} năm liên tục đạt ${p.awardCode}; hiện có ${streak.length} năm liên tục${streak.length ? ` (${streak.join(', ')})` : ''}.`,
          );
    }
    case 'consecutiveTitlesOrExcellence': {
      const streak = titleStreak(input, p.awardCode);
      if (streak.length >= p.years) {
        return result(
          'pass',
          `Đạt ${p.awardCode} ${streak.length} năm liên tục (${streak.join(', ')}).`,
        );
      }
      const excellent = streakEnding(input.year, (y) =>
        input.records.some((r) => r.year === y && r.rating === 'excellent'),
      );
      const window = excellent.slice(0, p.years);
      const initiatives = input.records
        .filter((r) => window.includes(r.year))
        .reduce((sum, r) => sum + r.initiatives, 0);
      if (window.length >= p.years && initiatives >= p.initiatives) {
        return result(
          'pass',
          `Hoàn thành xuất sắc nhiệm vụ ${p.years} năm liên tục (${window.join(', ')}) với ${initiatives} sáng kiến được công nhận.`,
        );
      }
      return result(
        'blocker',
        `Cần ${p.years} năm liên tục đạt ${p.awardCode}, hoặc ${p.years} năm liên tục hoàn thành xuất sắc nhiệm vụ và ${p.initiatives} sáng kiến; hiện có ${streak.length} năm ${p.awardCode}, ${excellent.length} năm hoàn thành xuất sắc, ${initiatives} sáng kiến.`,
      );
    }
    case 'leadsBloc':
      if (input.leadsBloc === true) return result('pass', 'Đơn vị dẫn đầu khối thi đua năm xét.');
      if (input.leadsBloc === false)
        return result(
          'blocker',
          'Cờ thi đua chỉ xét cho đơn vị dẫn đầu khối thi đua; đơn vị không đứng đầu bảng xếp hạng của khối.',
        );
      return result(
        'warning',
        'Khối chưa có bảng xếp hạng năm xét: chưa xác định được đơn vị dẫn đầu.',
      );
    case 'memberShares': {
      const f = input.beneficiary.figures;
      if (!f || f.memberCount <= 0)
        return result(
          'warning',
          'Chưa nhập số liệu thành viên của tập thể (tổng số, LĐTT, CSTĐCS).',
        );
      const ldttPercent = (f.ldttCount / f.memberCount) * 100;
      const problems = [
        ldttPercent + 1e-9 < p.minLdttPercent
          ? `${formatPercent(ldttPercent)} % thành viên đạt LĐTT (cần từ ${p.minLdttPercent} %)`
          : null,
        p.allComplete && !f.allCompleted ? 'chưa 100 % thành viên hoàn thành nhiệm vụ' : null,
        f.cstdcsCount < p.minCstdcs ? `chưa có ${p.minCstdcs} cá nhân đạt CSTĐCS` : null,
        f.disciplinedCount > 0
          ? `có ${f.disciplinedCount} cá nhân bị kỷ luật từ cảnh cáo trở lên`
          : null,
      ].filter((x): x is string => !!x);
      return problems.length
        ? result('blocker', `Chưa đủ tiêu chuẩn: ${problems.join('; ')}.`)
        : result(
            'pass',
            `${formatPercent(ldttPercent)} % thành viên đạt LĐTT, ${f.cstdcsCount} CSTĐCS, không ai bị kỷ luật.`,
          );
    }
  }
}

/** Years of consecutive `code` titles ending in the nomination's year or the year before, newest first. */
function titleStreak(input: EligibilityInput, code: string): number[] {
  const has = (y: number) =>
    input.history.some((h) => h.year === y && h.awardCode === code) ||
    (y === input.year && input.pending.some((p) => p.awardCode === code));
  return streakEnding(input.year, has);
}

function streakEnding(year: number, has: (y: number) => boolean): number[] {
  const start = has(year) ? year : has(year - 1) ? year - 1 : null;
  if (start === null) return [];
  const years: number[] = [];
  for (let y = start; has(y); y -= 1) years.push(y);
  return years;
}

function vnDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function formatPercent(value: number): string {
  return value.toFixed(1).replace(/\.0$/, '').replace('.', ',');
}

/** Whether blockers stop the nomination. */
export const hasBlockers = (results: EligibilityResult[]) =>
  results.some((r) => r.status === 'blocker');
