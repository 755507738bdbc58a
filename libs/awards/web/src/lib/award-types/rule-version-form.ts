import type {
  AwardRuleVersion,
  BallotComparator,
  BallotDenominator,
  BeneficiaryKind,
  Prerequisite,
  SaveAwardRuleVersionRequest,
} from '@thidua/awards/contracts';
import { fromIsoDate, toIsoDate } from '@thidua/shared/ui';

export type PrerequisiteKind = Prerequisite['kind'];
export const PREREQUISITE_KINDS: PrerequisiteKind[] = [
  'consecutiveTitles',
  'consecutiveTitlesOrExcellence',
  'leadsBloc',
  'memberShares',
];

/** One prerequisite row as the editor holds it: every field of every kind. */
export interface PrerequisiteFormValue {
  kind: PrerequisiteKind;
  awardCode: string;
  years: number | null;
  initiatives: number | null;
  minLdttPercent: number | null;
  allComplete: boolean;
  minCstdcs: number | null;
  appliesTo: BeneficiaryKind[];
}

export interface RuleVersionFormValue {
  effectiveFrom: Date | null;
  effectiveTo: Date | null;
  legalCitation: string;
  bonusCoefficient: number | null;
  threshold: number | null;
  denominator: BallotDenominator;
  comparator: BallotComparator;
  quotaPerBloc: number | null;
  prerequisites: PrerequisiteFormValue[];
}

export function emptyPrerequisite(
  kind: PrerequisiteKind = 'consecutiveTitles',
): PrerequisiteFormValue {
  return {
    kind,
    awardCode: '',
    years: 2,
    initiatives: 0,
    minLdttPercent: 70,
    allComplete: false,
    minCstdcs: 0,
    appliesTo: [],
  };
}

export function toPrerequisiteFormValue(prerequisite: Prerequisite): PrerequisiteFormValue {
  return {
    ...emptyPrerequisite(prerequisite.kind),
    ...prerequisite,
    appliesTo: [...(prerequisite.appliesTo ?? [])],
  };
}

/** A version (or a new one, copying the rules in force) as the dialog's value. */
export function toRuleVersionFormValue(version: AwardRuleVersion | null): RuleVersionFormValue {
  return {
    effectiveFrom: version ? fromIsoDate(version.effectiveFrom) : null,
    effectiveTo: version ? fromIsoDate(version.effectiveTo) : null,
    legalCitation: version?.legalCitation ?? '',
    bonusCoefficient: version?.bonusCoefficient ?? 0,
    threshold: version?.ballot.threshold ?? 50,
    denominator: version?.ballot.denominator ?? 'eligible',
    comparator: version?.ballot.comparator ?? 'gt',
    quotaPerBloc: version?.quotaPerBloc ?? null,
    prerequisites: (version?.prerequisites ?? []).map(toPrerequisiteFormValue),
  };
}

/** One editor row as the API's prerequisite: only the fields of its kind. */
export function toPrerequisite(value: PrerequisiteFormValue): Prerequisite {
  const appliesTo = value.appliesTo.length ? { appliesTo: [...value.appliesTo] } : {};
  switch (value.kind) {
    case 'consecutiveTitles':
      return {
        kind: value.kind,
        awardCode: value.awardCode.trim(),
        years: value.years ?? 0,
        ...appliesTo,
      };
    case 'consecutiveTitlesOrExcellence':
      return {
        kind: value.kind,
        awardCode: value.awardCode.trim(),
        years: value.years ?? 0,
        initiatives: value.initiatives ?? 0,
        ...appliesTo,
      };
    case 'leadsBloc':
      return { kind: value.kind, ...appliesTo };
    case 'memberShares':
      return {
        kind: value.kind,
        minLdttPercent: value.minLdttPercent ?? 0,
        allComplete: value.allComplete,
        minCstdcs: value.minCstdcs ?? 0,
        ...appliesTo,
      };
  }
}

/** The rules as the dialog gives them; the store adds the award's version as read. */
export type RuleVersionRules = Omit<SaveAwardRuleVersionRequest, 'version'>;

/** The dialog's value as the API's request. */
export function toRuleVersionRequest(value: RuleVersionFormValue): RuleVersionRules {
  return {
    effectiveFrom: value.effectiveFrom ? toIsoDate(value.effectiveFrom) : '',
    effectiveTo: value.effectiveTo ? toIsoDate(value.effectiveTo) : null,
    legalCitation: value.legalCitation.trim(),
    bonusCoefficient: value.bonusCoefficient ?? 0,
    ballot: {
      threshold: value.threshold ?? 0,
      denominator: value.denominator,
      comparator: value.comparator,
    },
    quotaPerBloc: value.quotaPerBloc ?? null,
    prerequisites: value.prerequisites.map(toPrerequisite),
  };
}

export function prerequisiteKindLabel(kind: PrerequisiteKind): string {
  switch (kind) {
    case 'consecutiveTitles':
      return $localize`:@@awPrereqKindConsecutive:Số năm liên tục đạt danh hiệu`;
    case 'consecutiveTitlesOrExcellence':
      return $localize`:@@awPrereqKindConsecutiveOrExcellence:Liên tục đạt danh hiệu, hoặc hoàn thành xuất sắc nhiệm vụ và có sáng kiến`;
    case 'leadsBloc':
      return $localize`:@@awPrereqKindLeadsBloc:Dẫn đầu khối, cụm thi đua`;
    case 'memberShares':
      return $localize`:@@awPrereqKindMemberShares:Tỷ lệ thành viên của tập thể`;
  }
}
