import type {
  AwardRuleVersion,
  BallotRule,
  BeneficiaryKind,
  Prerequisite,
} from '@thidua/awards/contracts';
import { formatNumberVi } from '@thidua/shared/util';

import { beneficiaryKindLabel } from './labels';

/** "Trên 50 % tổng số thành viên", "Từ 90 % số phiếu hợp lệ". */
export function ballotRuleText(rule: BallotRule): string {
  const comparator =
    rule.comparator === 'gt' ? $localize`:@@awBallotGt:Trên` : $localize`:@@awBallotGte:Từ`;
  const percent = formatNumberVi(rule.threshold, 2);
  let denominator: string;
  switch (rule.denominator) {
    case 'eligible':
      denominator = $localize`:@@awBallotEligible:tổng số thành viên`;
      break;
    case 'present':
      denominator = $localize`:@@awBallotPresent:số thành viên có mặt`;
      break;
    case 'valid':
      denominator = $localize`:@@awBallotValid:số phiếu hợp lệ`;
      break;
  }
  return $localize`:@@awBallotRule:${comparator}:comparator: ${percent}:percent: % ${denominator}:denominator:`;
}

/** An award by its code, with its name when the catalogue knows it. */
function awardByCode(code: string, names: Readonly<Record<string, string>>): string {
  const name = names[code];
  return name ? `${name} (${code})` : code;
}

/**
 * A prerequisite in words, e.g. "3 năm liên tục đạt Chiến sĩ thi đua cơ sở (CSTĐCS)".
 * `awardNames` maps award codes to names (from the catalogue) when known.
 */
export function prerequisiteText(
  prerequisite: Prerequisite,
  awardNames: Readonly<Record<string, string>> = {},
): string {
  let text: string;
  switch (prerequisite.kind) {
    case 'consecutiveTitles': {
      const years = prerequisite.years;
      const award = awardByCode(prerequisite.awardCode, awardNames);
      text = $localize`:@@awPrereqConsecutive:${years}:years: năm liên tục đạt ${award}:award:`;
      break;
    }
    case 'consecutiveTitlesOrExcellence': {
      const years = prerequisite.years;
      const award = awardByCode(prerequisite.awardCode, awardNames);
      const initiatives = prerequisite.initiatives;
      text = $localize`:@@awPrereqConsecutiveOrExcellence:${years}:years: năm liên tục đạt ${award}:award:, hoặc ${years}:years: năm liên tục hoàn thành xuất sắc nhiệm vụ và có ${initiatives}:initiatives: sáng kiến được công nhận`;
      break;
    }
    case 'leadsBloc':
      text = $localize`:@@awPrereqLeadsBloc:Dẫn đầu khối, cụm thi đua trong năm`;
      break;
    case 'memberShares': {
      const percent = formatNumberVi(prerequisite.minLdttPercent, 2);
      const parts = [
        $localize`:@@awPrereqLdtt:Ít nhất ${percent}:percent: % thành viên đạt Lao động tiên tiến`,
      ];
      if (prerequisite.allComplete)
        parts.push($localize`:@@awPrereqAllComplete:100 % thành viên hoàn thành nhiệm vụ`);
      if (prerequisite.minCstdcs > 0) {
        const count = prerequisite.minCstdcs;
        parts.push($localize`:@@awPrereqCstdcs:ít nhất ${count}:count: Chiến sĩ thi đua cơ sở`);
      }
      parts.push($localize`:@@awPrereqNoDiscipline:không ai bị kỷ luật từ cảnh cáo trở lên`);
      text = parts.join('; ');
      break;
    }
  }
  return prerequisite.appliesTo?.length ? `${text} ${appliesToText(prerequisite.appliesTo)}` : text;
}

/** "(áp dụng cho: Cá nhân, Tập thể)". */
export function appliesToText(kinds: readonly BeneficiaryKind[]): string {
  const list = kinds.map(beneficiaryKindLabel).join(', ');
  return $localize`:@@awPrereqAppliesTo:(áp dụng cho: ${list}:kinds:)`;
}

/** "× 1,5 mức lương cơ sở". */
export function bonusText(coefficient: number): string {
  const value = formatNumberVi(coefficient, 2);
  return $localize`:@@awBonusText:× ${value}:value: mức lương cơ sở`;
}

/** "3 / khối" or "Không giới hạn". */
export function quotaText(quota: number | null): string {
  if (quota === null) return $localize`:@@awQuotaNone:Không giới hạn`;
  return $localize`:@@awQuotaPerBloc:${quota}:quota: / khối`;
}

/**
 * The rule version in force on a date (`yyyy-MM-dd`), or else the newest one; null when the award
 * has no rules yet.
 */
export function versionInForce(
  versions: readonly AwardRuleVersion[],
  onDate: string,
): AwardRuleVersion | null {
  const inForce = versions.find(
    (version) =>
      version.effectiveFrom <= onDate && (!version.effectiveTo || version.effectiveTo >= onDate),
  );
  if (inForce) return inForce;
  const sorted = [...versions].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  return sorted[0] ?? null;
}
