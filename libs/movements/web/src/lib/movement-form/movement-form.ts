import type {
  MovementKind,
  MovementResponse,
  MovementTarget,
  SaveMovementRequest,
} from '@thidua/movements/contracts';
import type { BlocSummaryResponse, UnitRef } from '@thidua/registry/contracts';
import { fromIsoDate, toIsoDate } from '@thidua/shared/ui';
import { formatNumberVi } from '@thidua/shared/util';

/** One row of the targets list as the form holds it. */
export interface TargetFormValue {
  /** Kept so the server updates the target (and its results) instead of replacing it. */
  id: string | null;
  content: string;
  measure: string;
  /** As typed, vi-VN ("1.234,5") or plain ("1234.5"). */
  targetValue: string;
}

/** The whole movement form's value. */
export interface MovementFormValue {
  kind: MovementKind;
  title: string;
  slogan: string;
  launchingAuthority: string;
  launchDate: Date | null;
  startDate: Date | null;
  endDate: Date | null;
  midYearReviewDate: Date | null;
  yearEndReviewDate: Date | null;
  anniversaries: string[];
  targets: TargetFormValue[];
  blocs: BlocSummaryResponse[];
  units: UnitRef[];
}

/**
 * A number typed the Vietnamese way ("1.234,5"; "1.000") or plainly ("1234.5"). Empty → null;
 * anything else that is not a number → NaN.
 */
export function parseNumberVi(text: string): number | null {
  const value = text.replace(/\s/g, '');
  if (!value) return null;
  let normalized: string;
  if (value.includes(',')) {
    normalized = value.replace(/\./g, '').replace(',', '.');
  } else if (/^\d{1,3}(\.\d{3})+$/.test(value)) {
    normalized = value.replace(/\./g, '');
  } else {
    normalized = value;
  }
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : Number.NaN;
}

/** A target value as the form shows it (vi-VN). */
export function formatTargetValue(value: number | null): string {
  return value === null ? '' : formatNumberVi(value, 2);
}

export function emptyTarget(): TargetFormValue {
  return { id: null, content: '', measure: '', targetValue: '' };
}

/** A blank form for a new movement. */
export function emptyMovementForm(): MovementFormValue {
  return {
    kind: 'regular',
    title: '',
    slogan: '',
    launchingAuthority: '',
    launchDate: null,
    startDate: null,
    endDate: null,
    midYearReviewDate: null,
    yearEndReviewDate: null,
    anniversaries: [],
    targets: [],
    blocs: [],
    units: [],
  };
}

/** A movement as the edit form's value. */
export function toMovementFormValue(movement: MovementResponse): MovementFormValue {
  return {
    kind: movement.kind,
    title: movement.title,
    slogan: movement.slogan ?? '',
    launchingAuthority: movement.launchingAuthority,
    launchDate: fromIsoDate(movement.launchDate),
    startDate: fromIsoDate(movement.startDate),
    endDate: fromIsoDate(movement.endDate),
    midYearReviewDate: fromIsoDate(movement.midYearReviewDate),
    yearEndReviewDate: fromIsoDate(movement.yearEndReviewDate),
    anniversaries: [...movement.anniversaries],
    targets: movement.targets.map((target) => ({
      id: target.id,
      content: target.content,
      measure: target.measure ?? '',
      targetValue: formatTargetValue(target.targetValue),
    })),
    blocs: movement.blocs.map(({ id, name, kind }) => ({ id, name, kind })),
    units: movement.units.map(({ id, code, name, shortName }) => ({ id, code, name, shortName })),
  };
}

const text = (value: string): string | null => value.trim() || null;
const isoOrNull = (date: Date | null): string | null => (date ? toIsoDate(date) : null);

/**
 * The form's value as the API's request. Targets keep their ids (so the server keeps their
 * results) and their order, one for one with the form's rows (so `targets.N.*` field errors land
 * on row N).
 */
export function toSaveMovementRequest(value: MovementFormValue): SaveMovementRequest {
  const targets: MovementTarget[] = value.targets.map((target) => {
    const parsed = parseNumberVi(target.targetValue);
    return {
      ...(target.id ? { id: target.id } : {}),
      content: target.content.trim(),
      measure: text(target.measure),
      targetValue: parsed === null || Number.isNaN(parsed) ? null : parsed,
    };
  });
  return {
    kind: value.kind,
    title: value.title.trim(),
    slogan: text(value.slogan),
    launchingAuthority: value.launchingAuthority.trim(),
    launchDate: isoOrNull(value.launchDate),
    startDate: isoOrNull(value.startDate) ?? '',
    endDate: isoOrNull(value.endDate) ?? '',
    midYearReviewDate: isoOrNull(value.midYearReviewDate),
    yearEndReviewDate: isoOrNull(value.yearEndReviewDate),
    anniversaries: value.anniversaries.map((a) => a.trim()).filter(Boolean),
    targets,
    blocIds: value.blocs.map((bloc) => bloc.id),
    unitIds: value.units.map((unit) => unit.id),
  };
}

/** Moves one item of a list up (-1) or down (+1); a copy. */
export function moveItem<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target], copy[index]];
  return copy;
}
