import type { BeneficiaryKind } from '@thidua/awards/contracts';
import type { AwardListStatus } from '@thidua/documents/contracts';
import { currentYear, formatNumberVi, yearsSince } from '@thidua/shared/util';

export type RequestStatus = 'idle' | 'loading' | 'error';

export function awardListStatusLabel(status: AwardListStatus): string {
  switch (status) {
    case 'draft':
      return $localize`:@@alStatusDraft:Nháp`;
    case 'sent':
      return $localize`:@@alStatusSent:Đã gửi tỉnh`;
    case 'decided':
      return $localize`:@@alStatusDecided:Đã có quyết định`;
  }
}

/** "I. Tập thể" etc. */
export function beneficiaryKindLabel(kind: BeneficiaryKind): string {
  switch (kind) {
    case 'collective':
      return $localize`:@@alKindCollective:Tập thể`;
    case 'individual':
      return $localize`:@@alKindIndividual:Cá nhân`;
    case 'household':
      return $localize`:@@alKindHousehold:Hộ gia đình`;
  }
}

/** "2 tập thể, 2 cá nhân, 1 hộ gia đình"; zero counts are left out. */
export function countsLabel(counts: {
  collective: number;
  individual: number;
  household: number;
}): string {
  const parts: string[] = [];
  if (counts.collective) {
    const count = formatNumberVi(counts.collective, 0);
    parts.push($localize`:@@alCountCollective:${count}:count: tập thể`);
  }
  if (counts.individual) {
    const count = formatNumberVi(counts.individual, 0);
    parts.push($localize`:@@alCountIndividual:${count}:count: cá nhân`);
  }
  if (counts.household) {
    const count = formatNumberVi(counts.household, 0);
    parts.push($localize`:@@alCountHousehold:${count}:count: hộ gia đình`);
  }
  return parts.length ? parts.join(', ') : $localize`:@@alCountNone:Chưa có đề nghị nào`;
}

/** "8/9 (88,89 %)"; "—" without a vote. */
export function votesLabel(
  vote: { votes: number | null; denominator: number | null; percent: number | null } | null,
): string {
  if (!vote || vote.votes === null || vote.denominator === null) return '—';
  const percent = vote.percent ?? (vote.denominator ? (vote.votes / vote.denominator) * 100 : 0);
  return `${formatNumberVi(vote.votes, 0)}/${formatNumberVi(vote.denominator, 0)} (${formatNumberVi(percent, 2)} %)`;
}

export function sexLabel(sex: 'male' | 'female' | null): string {
  if (sex === 'male') return $localize`:@@alSexMale:Nam`;
  if (sex === 'female') return $localize`:@@alSexFemale:Nữ`;
  return '';
}

/** "2025-03-04" → "04/03/2025"; null → "—". */
export function isoToDisplayDate(value: string | null | undefined): string {
  if (!value) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}

/** Years offered by the year selectors: 2020 … next year, newest first. */
export function selectableYears(now = currentYear()): number[] {
  return yearsSince(2020, now);
}

export function snackClose(): string {
  return $localize`:@@alSnackClose:Đóng`;
}

/** "(Kèm theo Tờ trình số 15/TTr-KTĐ ngày 05/10/2021)", under the list's title. */
export function attachedToLine(coverLetter: { number: string; date: string }): string {
  const number = coverLetter.number || '…';
  const date = coverLetter.date ? isoToDisplayDate(coverLetter.date) : '…';
  return $localize`:@@alAttachedTo:(Kèm theo Tờ trình số ${number}:number: ngày ${date}:date:)`;
}
