import type { Sex } from '@thidua/awards/contracts';

export interface PriorityCandidate {
  kind: 'collective' | 'individual' | 'household';
  sex?: Sex | null;
  /** For collectives: share of women among members, in percent. */
  womenPercent?: number | null;
}

/**
 * On equal results, women and collectives with at least 70 % women come first (Điều 4 Nghị định
 * 152/2025/NĐ-CP). Negative when `a` has priority over `b`, 0 when neither has.
 */
export function compareTiePriority(a: PriorityCandidate, b: PriorityCandidate): number {
  return Number(hasPriority(b)) - Number(hasPriority(a));
}

export function hasPriority(c: PriorityCandidate): boolean {
  if (c.kind === 'individual') return c.sex === 'female';
  if (c.kind === 'collective') return (c.womenPercent ?? 0) >= 70;
  return false;
}
