import type { MovementResponse, MovementResultResponse } from '@thidua/movements/contracts';
import type { UnitRef } from '@thidua/registry/contracts';

/** One unit's row of the unit × target results table. */
export interface ResultsRow {
  unit: UnitRef;
  /** Per target, in the order of `movement.targets`; null where the unit reported nothing. */
  cells: Array<MovementResultResponse | null>;
}

/** The units that reported, by name, with their result for each target. */
export function buildResultsMatrix(movement: MovementResponse): ResultsRow[] {
  const byUnit = new Map<string, { unit: UnitRef; results: Map<string, MovementResultResponse> }>();
  for (const result of movement.results) {
    let entry = byUnit.get(result.unit.id);
    if (!entry) {
      entry = { unit: result.unit, results: new Map() };
      byUnit.set(result.unit.id, entry);
    }
    entry.results.set(result.targetId, result);
  }
  return [...byUnit.values()]
    .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'))
    .map(({ unit, results }) => ({
      unit,
      cells: movement.targets.map((target) => results.get(target.id) ?? null),
    }));
}

/** The units the user may report for, named from what the page knows (else the fallback). */
export function reportableUnits(
  movement: MovementResponse,
  fallback: ReadonlyArray<{ id: string; name: string }> = [],
): Array<{ id: string; name: string }> {
  const known = new Map<string, { id: string; name: string }>();
  for (const unit of fallback) known.set(unit.id, { id: unit.id, name: unit.name });
  for (const result of movement.results) known.set(result.unit.id, result.unit);
  for (const unit of movement.units) known.set(unit.id, unit);
  return movement.reportableUnitIds.map((id) => known.get(id) ?? { id, name: id });
}

/** A unit's current results as the report form's starting values, one per target. */
export function resultsFormValue(
  movement: MovementResponse,
  unitId: string,
): Array<{ targetId: string; value: number | null; note: string }> {
  return movement.targets.map((target) => {
    const result = movement.results.find(
      (item) => item.unit.id === unitId && item.targetId === target.id,
    );
    return { targetId: target.id, value: result?.value ?? null, note: result?.note ?? '' };
  });
}
