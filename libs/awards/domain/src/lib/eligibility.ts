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
import type { MessageParams, MessageRef } from '@thidua/shared/contracts';

import { type EligibilityMessageCode, eligibilityMessage } from './eligibility.messages';

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
  /**
   * Awards the beneficiary received (award history); for a unit, also its predecessors' that count
   * under the lineage rule, each with the predecessor's name in `via`.
   */
  history: Array<{
    year: number;
    awardCode: string;
    awardName: string;
    category: 'title' | 'commendation';
    kind: AwardKind;
    via?: string | null;
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

const flagRef = (kind: ReviewFlagKind) => ({ code: `eligibility.flag.${kind}` });
const kindRef = (kind: BeneficiaryKind) => ({ code: `eligibility.kind.${kind}` });

/** The law the domain itself cites (the catalogue's rules cite their own, as data). */
type Citation = { code: EligibilityMessageCode } | string | null;
const PRINCIPLES: Citation = { code: 'eligibility.citation.principles' };
const ONE_AWARD: Citation = { code: 'eligibility.citation.oneAward' };

/** One result: its sentence as a code and parameters, and in Vietnamese as `message`. */
function resultOf(
  rule: string,
  status: EligibilityResult['status'],
  code: EligibilityMessageCode,
  params: MessageParams,
  cite: Citation,
): EligibilityResult {
  const message = eligibilityMessage(code, params);
  if (cite === null || typeof cite === 'string') {
    return { rule, status, code, params, message, citation: cite, citationCode: null };
  }
  const citation = eligibilityMessage(cite.code, {});
  return { rule, status, code, params, message, citation, citationCode: cite.code };
}

/**
 * Checks a nomination against the rules in force that year. Each rule answers pass, warning or
 * blocker, with an explanation (a code and parameters, and the Vietnamese sentence) and its legal
 * citation. Blockers stop submission.
 */
export function evaluateEligibility(input: EligibilityInput): EligibilityResult[] {
  const citation = input.rule?.legalCitation ?? null;
  const results: EligibilityResult[] = [];
  const add = (
    rule: string,
    status: EligibilityResult['status'],
    code: EligibilityMessageCode,
    params: MessageParams = {},
    cite: Citation = citation,
  ) => results.push(resultOf(rule, status, code, params, cite));
  const { year } = input;
  const award = input.award.name;

  if (!input.rule) {
    add('rulesInForce', 'blocker', 'eligibility.rulesInForce.blocker', { award, year }, null);
  }

  // Who can receive it.
  const kind = kindRef(input.beneficiary.kind);
  if (input.award.beneficiaryKinds.includes(input.beneficiary.kind)) {
    add('beneficiaryKind', 'pass', 'eligibility.beneficiaryKind.pass', { award, kind });
  } else {
    add('beneficiaryKind', 'blocker', 'eligibility.beneficiaryKind.blocker', {
      award,
      kind,
      kinds: input.award.beneficiaryKinds.map(kindRef),
    });
  }

  // One achievement, one award.
  const sameAward = [
    ...input.history
      .filter((h) => h.year === input.year && h.awardCode === input.award.code)
      .map(() => 'eligibility.oneAward.awarded' as const),
    ...input.pending
      .filter((p) => p.awardCode === input.award.code)
      .map(() => 'eligibility.oneAward.pending' as const),
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
    add('oneAwardPerAchievement', 'blocker', sameAward[0], { year, award }, ONE_AWARD);
  } else if (sameKind.length) {
    const other = sameKind[0].awardName;
    add(
      'oneAwardPerAchievement',
      'warning',
      'eligibility.oneAward.sameKind',
      { year, other },
      ONE_AWARD,
    );
  } else {
    add('oneAwardPerAchievement', 'pass', 'eligibility.oneAward.pass', { year }, ONE_AWARD);
  }

  // Under discipline, investigation, inspection or complaint verification.
  const yearStart = `${input.year}-01-01`;
  const yearEnd = `${input.year}-12-31`;
  const flag = input.flags.find((f) => f.from <= yearEnd && (f.to === null || f.to >= yearStart));
  if (flag) {
    const dates = { flag: flagRef(flag.kind), from: vnDate(flag.from) };
    if (flag.to) {
      const params = { ...dates, to: vnDate(flag.to) };
      add('underReview', 'blocker', 'eligibility.underReview.blocker', params, PRINCIPLES);
    } else {
      add('underReview', 'blocker', 'eligibility.underReview.blockerOpen', dates, PRINCIPLES);
    }
  } else {
    add('underReview', 'pass', 'eligibility.underReview.pass', {}, PRINCIPLES);
  }

  for (const prerequisite of input.rule?.prerequisites ?? []) {
    if (prerequisite.appliesTo && !prerequisite.appliesTo.includes(input.beneficiary.kind))
      continue;
    if (
      (input.award.kind !== 'regular' || input.isThematic) &&
      prerequisite.kind !== 'leadsBloc' &&
      prerequisite.kind !== 'memberShares'
    ) {
      add(prerequisite.kind, 'pass', 'eligibility.thematic.pass');
      continue;
    }
    results.push(checkPrerequisite(prerequisite, input, citation));
  }

  if (input.blocQuota && input.blocQuota.limit !== null) {
    const { used, limit } = input.blocQuota;
    if (used + 1 > limit) {
      add('blocQuota', 'blocker', 'eligibility.blocQuota.blocker', { used, award, year, limit });
    } else {
      const count = used + 1;
      add('blocQuota', 'pass', 'eligibility.blocQuota.pass', { count, limit, award, year });
    }
  }
  return results;
}

function checkPrerequisite(
  p: Prerequisite,
  input: EligibilityInput,
  citation: string | null,
): EligibilityResult {
  const result = (
    status: EligibilityResult['status'],
    code: EligibilityMessageCode,
    params: MessageParams = {},
  ) => resultOf(p.kind, status, code, params, citation);
  switch (p.kind) {
    case 'consecutiveTitles':
    case 'consecutiveTitlesOrExcellence': {
      const streak = titleStreak(input, p.awardCode);
      const inherited = inheritedYears(input, p.awardCode, streak);
      const titles = {
        award: p.awardCode,
        count: streak.length,
        years: streak.join(', '),
        ...(inherited ? { inherited } : {}),
      };
      if (streak.length >= p.years)
        return result(
          'pass',
          inherited ? 'eligibility.titles.passInherited' : 'eligibility.titles.pass',
          titles,
        );
      if (p.kind === 'consecutiveTitlesOrExcellence') return excellence(p, input, streak, result);
      return streak.length
        ? result(
            'blocker',
            inherited ? 'eligibility.titles.blockerInherited' : 'eligibility.titles.blocker',
            { ...titles, required: p.years },
          )
        : result('blocker', 'eligibility.titles.blockerNone', { ...titles, required: p.years });
    }
    case 'leadsBloc':
      if (input.leadsBloc === true) return result('pass', 'eligibility.leadsBloc.pass');
      if (input.leadsBloc === false) return result('blocker', 'eligibility.leadsBloc.blocker');
      return result('warning', 'eligibility.leadsBloc.unknown');
    case 'memberShares': {
      const f = input.beneficiary.figures;
      if (!f || f.memberCount <= 0) return result('warning', 'eligibility.memberShares.missing');
      const ldttPercent = (f.ldttCount / f.memberCount) * 100;
      const percent = formatPercent(ldttPercent);
      const checks: Array<MessageRef | null> = [
        ldttPercent + 1e-9 < p.minLdttPercent
          ? { code: 'eligibility.memberShares.ldtt', params: { percent, min: p.minLdttPercent } }
          : null,
        p.allComplete && !f.allCompleted ? { code: 'eligibility.memberShares.incomplete' } : null,
        f.cstdcsCount < p.minCstdcs
          ? { code: 'eligibility.memberShares.cstdcs', params: { min: p.minCstdcs } }
          : null,
        f.disciplinedCount > 0
          ? { code: 'eligibility.memberShares.disciplined', params: { count: f.disciplinedCount } }
          : null,
      ];
      const problems = checks.filter((x): x is MessageRef => x !== null);
      return problems.length
        ? result('blocker', 'eligibility.memberShares.blocker', { problems })
        : result('pass', 'eligibility.memberShares.pass', { percent, cstdcs: f.cstdcsCount });
    }
  }
}

/** The other way to the Bảng khen: years of excellent performance with recognised initiatives. */
function excellence(
  p: Extract<Prerequisite, { kind: 'consecutiveTitlesOrExcellence' }>,
  input: EligibilityInput,
  streak: number[],
  result: (
    status: EligibilityResult['status'],
    code: EligibilityMessageCode,
    params: MessageParams,
  ) => EligibilityResult,
): EligibilityResult {
  const excellent = streakEnding(input.year, (y) =>
    input.records.some((r) => r.year === y && r.rating === 'excellent'),
  );
  const window = excellent.slice(0, p.years);
  const initiatives = input.records
    .filter((r) => window.includes(r.year))
    .reduce((sum, r) => sum + r.initiatives, 0);
  if (window.length >= p.years && initiatives >= p.initiatives) {
    const years = window.join(', ');
    return result('pass', 'eligibility.excellence.pass', { count: p.years, years, initiatives });
  }
  return result('blocker', 'eligibility.excellence.blocker', {
    required: p.years,
    award: p.awardCode,
    requiredInitiatives: p.initiatives,
    titles: streak.length,
    excellent: excellent.length,
    initiatives,
  });
}

/** Years of consecutive `code` titles ending in the nomination's year or the year before, newest first. */
function titleStreak(input: EligibilityInput, code: string): number[] {
  const has = (y: number) =>
    input.history.some((h) => h.year === y && h.awardCode === code) ||
    (y === input.year && input.pending.some((p) => p.awardCode === code));
  return streakEnding(input.year, has);
}

/**
 * The years of `streak` the unit owes to a predecessor (no title of its own that year), as
 * "Sở Giao thông vận tải (2023, 2024)"; null when every year is its own.
 */
function inheritedYears(input: EligibilityInput, code: string, streak: number[]): string | null {
  const byPredecessor = new Map<string, number[]>();
  for (const year of streak) {
    const titles = input.history.filter((h) => h.year === year && h.awardCode === code);
    if (!titles.length || titles.some((h) => !h.via)) continue;
    const via = titles[0].via as string;
    byPredecessor.set(via, [...(byPredecessor.get(via) ?? []), year]);
  }
  if (!byPredecessor.size) return null;
  return [...byPredecessor]
    .map(([name, years]) => `${name} (${[...years].sort((a, b) => a - b).join(', ')})`)
    .join('; ');
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
