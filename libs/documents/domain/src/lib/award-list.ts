import type { BeneficiaryKind } from '@thidua/awards/contracts';
import type { AwardListOrder, AwardListRow, AwardListSection } from '@thidua/documents/contracts';
import { compareVietnamese, formatNumberVi, numberToVietnameseWords } from '@thidua/shared/util';

const SECTIONS: Array<{ numeral: 'I' | 'II' | 'III'; kind: BeneficiaryKind; title: string }> = [
  { numeral: 'I', kind: 'collective', title: 'TẬP THỂ' },
  { numeral: 'II', kind: 'individual', title: 'CÁ NHÂN' },
  { numeral: 'III', kind: 'household', title: 'HỘ GIA ĐÌNH' },
];

export type ListRowInput = Omit<AwardListRow, 'stt'> & {
  /** Sort position of the award in the catalogue. */
  awardOrder: number;
  /** The unit's place in the chosen units' order (the bloc's rotation order). */
  unitOrder: number | null;
};

/**
 * Groups the rows of an award list the way the province wants them: I. Tập thể, II. Cá nhân,
 * III. Hộ gia đình, and within each by award; rows in the units' order or by name in Vietnamese
 * order; STT numbered continuously within a section. Empty sections are left out.
 */
export function groupAwardList(rows: ListRowInput[], order: AwardListOrder): AwardListSection[] {
  const byRow = (a: ListRowInput, b: ListRowInput) =>
    order === 'units'
      ? (a.unitOrder ?? Number.MAX_SAFE_INTEGER) - (b.unitOrder ?? Number.MAX_SAFE_INTEGER) ||
        compareVietnamese(a.unit?.name ?? '', b.unit?.name ?? '') ||
        compareVietnamese(a.name, b.name)
      : compareVietnamese(a.name, b.name) ||
        compareVietnamese(a.unit?.name ?? '', b.unit?.name ?? '');
  const sections: AwardListSection[] = [];
  for (const section of SECTIONS) {
    const inSection = rows.filter((r) => r.kind === section.kind);
    if (!inSection.length) continue;
    const awards = [...new Map(inSection.map((r) => [r.award.id, r])).values()].sort(
      (a, b) => a.awardOrder - b.awardOrder || compareVietnamese(a.award.name, b.award.name),
    );
    let stt = 0;
    sections.push({
      numeral: section.numeral,
      kind: section.kind,
      title: section.title,
      groups: awards.map((a) => ({
        award: a.award,
        rows: inSection
          .filter((r) => r.award.id === a.award.id)
          .sort(byRow)
          .map(({ awardOrder: _a, unitOrder: _u, ...row }) => ({ ...row, stt: ++stt })),
      })),
    });
  }
  return sections;
}

export function countByKind(rows: Array<{ kind: BeneficiaryKind }>) {
  return {
    collective: rows.filter((r) => r.kind === 'collective').length,
    individual: rows.filter((r) => r.kind === 'individual').length,
    household: rows.filter((r) => r.kind === 'household').length,
  };
}

/** "9 (chín) tập thể, 9 (chín) cá nhân và 8 (tám) hộ gia đình", as cover letters write counts. */
export function countsInWords(counts: {
  collective: number;
  individual: number;
  household: number;
}): string {
  const parts = [
    [counts.collective, 'tập thể'],
    [counts.individual, 'cá nhân'],
    [counts.household, 'hộ gia đình'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(
      ([n, label]) =>
        `${formatNumberVi(n as number, 0)} (${numberToVietnameseWords(n as number)}) ${label}`,
    );
  if (parts.length <= 1) return parts[0] ?? '0 (không) đối tượng';
  return `${parts.slice(0, -1).join(', ')} và ${parts.at(-1)}`;
}
