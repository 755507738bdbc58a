import type { ScoreItemKind, ScoreTotals } from '@thidua/scoring/contracts';

/** One item of the sheet as the totals need it. */
export interface SheetItem {
  id: string;
  kind: ScoreItemKind;
  /** Index of the criterion's group (criteria only). */
  groupIndex: number | null;
  maxPoints: number;
}

export interface SheetShape {
  groupCount: number;
  items: SheetItem[];
  bonusCap: number | null;
  penaltyCap: number | null;
}

/** Rounds to hundredths, the precision points are kept in. */
export function roundPoints(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Totals of a card: each group's criteria, bonus and penalty each within its items' caps and the
 * overall cap, and the total = criteria + bonus − penalty. Points above an item's maximum count
 * only up to it (the API refuses them anyway); missing points count as 0.
 */
export function scoreTotals(
  sheet: SheetShape,
  points: ReadonlyMap<string, number | null> | Record<string, number | null>,
): ScoreTotals {
  const get = (id: string): number => {
    const value =
      points instanceof Map ? points.get(id) : (points as Record<string, number | null>)[id];
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
  };
  const groups = Array.from({ length: sheet.groupCount }, () => 0);
  let bonus = 0;
  let penalty = 0;
  for (const item of sheet.items) {
    const value = Math.min(get(item.id), item.maxPoints);
    if (item.kind === 'criterion') groups[item.groupIndex ?? 0] += value;
    else if (item.kind === 'bonus') bonus += value;
    else penalty += value;
  }
  if (sheet.bonusCap !== null) bonus = Math.min(bonus, sheet.bonusCap);
  if (sheet.penaltyCap !== null) penalty = Math.min(penalty, sheet.penaltyCap);
  const rounded = groups.map(roundPoints);
  const criteria = roundPoints(rounded.reduce((a, b) => a + b, 0));
  return {
    criteria,
    groups: rounded,
    bonus: roundPoints(bonus),
    penalty: roundPoints(penalty),
    total: roundPoints(criteria + bonus - penalty),
  };
}

export type PointsProblem = 'negative' | 'aboveMax' | 'notHundredths' | 'unknownItem';

/**
 * Checks points a unit or a checker gives: not negative, at most the item's maximum (or cap), in
 * hundredths. Answers the problems by item id; an empty object when everything is right.
 */
export function checkPoints(
  items: readonly SheetItem[],
  entries: ReadonlyArray<{ itemId: string; points: number | null }>,
): Record<string, PointsProblem> {
  const byId = new Map(items.map((i) => [i.id, i]));
  const problems: Record<string, PointsProblem> = {};
  for (const entry of entries) {
    const item = byId.get(entry.itemId);
    if (!item) {
      problems[entry.itemId] = 'unknownItem';
      continue;
    }
    if (entry.points === null) continue;
    if (entry.points < 0) problems[entry.itemId] = 'negative';
    else if (entry.points > item.maxPoints) problems[entry.itemId] = 'aboveMax';
    else if (Math.abs(roundPoints(entry.points) - entry.points) > 1e-9)
      problems[entry.itemId] = 'notHundredths';
  }
  return problems;
}

/** Whether every criterion has points (bonus and penalty items may stay empty: they count as 0). */
export function isComplete(
  items: readonly SheetItem[],
  points: ReadonlyMap<string, number | null>,
): boolean {
  return items
    .filter((i) => i.kind === 'criterion')
    .every((i) => typeof points.get(i.id) === 'number');
}

export type SheetProblem = 'noCriteria' | 'emptyGroup' | 'criteriaNotScale' | 'duplicateTieBreak';

/**
 * Checks a sheet's structure: at least one criterion, no empty group, the criteria's maxima add up
 * to the scale, no repeated tie-break. Answers the problems found (empty when the sheet is right).
 */
export function checkSheet(sheet: {
  scale: number;
  groups: ReadonlyArray<{ criteria: ReadonlyArray<{ maxPoints: number }> }>;
  tieBreaks: readonly string[];
}): SheetProblem[] {
  const problems: SheetProblem[] = [];
  const criteria = sheet.groups.flatMap((g) => g.criteria);
  if (!criteria.length) problems.push('noCriteria');
  if (sheet.groups.some((g) => !g.criteria.length)) problems.push('emptyGroup');
  const sum = roundPoints(criteria.reduce((a, c) => a + c.maxPoints, 0));
  if (criteria.length && sum !== sheet.scale) problems.push('criteriaNotScale');
  if (new Set(sheet.tieBreaks).size !== sheet.tieBreaks.length) problems.push('duplicateTieBreak');
  return problems;
}

/**
 * Spreads a scale over n criteria in whole points (the remainder goes to the first ones), e.g.
 * 100 over 3 → [34, 33, 33]. Used to start a sheet from the pledge's targets.
 */
export function spreadScale(scale: number, n: number): number[] {
  if (n <= 0) return [];
  const base = Math.floor(scale / n);
  const rest = scale - base * n;
  return Array.from({ length: n }, (_, i) => base + (i < rest ? 1 : 0));
}
