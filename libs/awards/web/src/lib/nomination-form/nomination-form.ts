import type {
  AwardTypeResponse,
  BeneficiaryKind,
  CollectiveFigures,
  HouseholdResponse,
  NominationResponse,
  PersonResponse,
  SaveNominationRequest,
} from '@thidua/awards/contracts';
import type { UnitRef } from '@thidua/registry/contracts';
import type { AttachmentResponse } from '@thidua/shared/contracts';

/** A person or household as the pickers show it. */
export interface BeneficiaryOption {
  id: string;
  name: string;
  /** "1980 · Trưởng phòng · Sở Tư pháp" or the household's address. */
  detail: string | null;
}

export interface FiguresFormValue {
  memberCount: number | null;
  ldttCount: number | null;
  cstdcsCount: number | null;
  allCompleted: boolean;
  disciplinedCount: number | null;
  womenCount: number | null;
}

/** The whole stepper's value. Only the pick of the chosen kind counts. */
export interface NominationFormValue {
  beneficiaryKind: BeneficiaryKind;
  unit: UnitRef | null;
  person: BeneficiaryOption | null;
  household: BeneficiaryOption | null;
  year: number;
  proposingUnit: UnitRef | null;
  awardTypeId: string;
  movement: { id: string; title: string } | null;
  summary: string;
  figures: FiguresFormValue;
  report: AttachmentResponse | null;
}

export function emptyFigures(): FiguresFormValue {
  return {
    memberCount: null,
    ldttCount: null,
    cstdcsCount: null,
    allCompleted: false,
    disciplinedCount: null,
    womenCount: null,
  };
}

export function personOption(person: PersonResponse): BeneficiaryOption {
  const parts = [
    person.birthYear ? String(person.birthYear) : null,
    person.position,
    person.unit?.name ?? null,
  ].filter((part): part is string => !!part);
  return { id: person.id, name: person.fullName, detail: parts.join(' · ') || null };
}

export function householdOption(household: HouseholdResponse): BeneficiaryOption {
  return { id: household.id, name: household.headName, detail: household.address || null };
}

/** The id of the beneficiary picked for the chosen kind (the unit for a collective). */
export function beneficiaryIdOf(value: NominationFormValue): string | null {
  switch (value.beneficiaryKind) {
    case 'collective':
      return value.unit?.id ?? null;
    case 'individual':
      return value.person?.id ?? null;
    case 'household':
      return value.household?.id ?? null;
  }
}

/** The form control that holds the beneficiary of a kind. */
export function beneficiaryControlOf(kind: BeneficiaryKind): 'unit' | 'person' | 'household' {
  return kind === 'collective' ? 'unit' : kind === 'individual' ? 'person' : 'household';
}

/** Active awards that may go to the kind of beneficiary, in catalogue order. */
export function awardsForKind(
  types: readonly AwardTypeResponse[],
  kind: BeneficiaryKind,
): AwardTypeResponse[] {
  return types
    .filter((type) => type.isActive && type.beneficiaryKinds.includes(kind))
    .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'vi'));
}

function toFigures(value: FiguresFormValue): CollectiveFigures {
  return {
    memberCount: value.memberCount ?? 0,
    ldttCount: value.ldttCount ?? 0,
    cstdcsCount: value.cstdcsCount ?? 0,
    allCompleted: value.allCompleted,
    disciplinedCount: value.disciplinedCount ?? 0,
    womenCount: value.womenCount ?? 0,
  };
}

/** The stepper's value as the API's request; figures only for a collective. */
export function toSaveNominationRequest(value: NominationFormValue): SaveNominationRequest {
  return {
    year: value.year,
    awardTypeId: value.awardTypeId,
    beneficiaryKind: value.beneficiaryKind,
    beneficiaryId: beneficiaryIdOf(value) ?? '',
    proposingUnitId: value.proposingUnit?.id ?? '',
    movementId: value.movement?.id ?? null,
    summary: value.summary.trim(),
    figures: value.beneficiaryKind === 'collective' ? toFigures(value.figures) : null,
    reportAttachmentId: value.report?.id ?? null,
  };
}

/** A saved nomination as the stepper's value (for `/nominations/:id/edit`). */
export function toNominationFormValue(nomination: NominationResponse): NominationFormValue {
  const { beneficiary } = nomination;
  const option: BeneficiaryOption = {
    id: beneficiary.id,
    name: beneficiary.name,
    detail: beneficiary.unit?.name ?? null,
  };
  return {
    beneficiaryKind: beneficiary.kind,
    unit:
      beneficiary.kind === 'collective'
        ? (beneficiary.unit ?? {
            id: beneficiary.id,
            code: '',
            name: beneficiary.name,
            shortName: null,
          })
        : null,
    person: beneficiary.kind === 'individual' ? option : null,
    household: beneficiary.kind === 'household' ? option : null,
    year: nomination.year,
    proposingUnit: nomination.proposingUnit,
    awardTypeId: nomination.award.id,
    movement: nomination.movement,
    summary: nomination.summary,
    figures: nomination.figures ? { ...nomination.figures } : emptyFigures(),
    report: nomination.report,
  };
}

/** Server field names → the stepper's control paths, for the beneficiary kind. */
export function nominationFieldAliases(kind: BeneficiaryKind): Record<string, string> {
  const aliases: Record<string, string> = {
    beneficiaryId: `subject.${beneficiaryControlOf(kind)}`,
    beneficiaryKind: 'subject.beneficiaryKind',
    year: 'subject.year',
    proposingUnitId: 'subject.proposingUnit',
    awardTypeId: 'award.awardTypeId',
    movementId: 'award.movement',
    summary: 'achievements.summary',
    reportAttachmentId: 'report.report',
  };
  for (const key of Object.keys(emptyFigures()))
    aliases[`figures.${key}`] = `achievements.figures.${key}`;
  return aliases;
}
