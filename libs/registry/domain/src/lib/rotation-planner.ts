/**
 * The rotation planner (issue #3): proposes next year's head (Trưởng khối) and deputy (Phó khối).
 *
 * Default rule: this year's deputy becomes head, and the next unit in the bloc's agreed rotation
 * order becomes deputy, skipping archived or departed units and any unit that was head within the
 * last N years (N editable; by default the number of members minus one). The deputy is chosen so
 * that it could become head the year after. Every decision comes with a reason.
 */
export interface RotationMember {
  unitId: string;
  name: string;
  /** Place in the agreed rotation order (1 = first). */
  order: number;
  isArchived: boolean;
  /** Left the bloc (a `leftOn` date), so it takes no role next year. */
  hasLeft: boolean;
}

export interface RotationInput {
  /** The year the proposal is for. */
  targetYear: number;
  members: RotationMember[];
  /** Head and deputy of the year before `targetYear`, when recorded. */
  currentHeadId: string | null;
  currentDeputyId: string | null;
  /** Heads of past years. */
  headHistory: Array<{ year: number; unitId: string }>;
  /** N; null or undefined = number of active members − 1. */
  cooldownYears?: number | null;
}

export type RotationReasonCode =
  | 'deputyBecomesHead'
  | 'nextInOrderBecomesHead'
  | 'firstInOrderBecomesHead'
  | 'nextInOrderBecomesDeputy'
  | 'skippedArchived'
  | 'skippedDeparted'
  | 'skippedRecentHead'
  | 'cooldownRelaxed'
  | 'noDeputyAvailable'
  | 'noHeadAvailable';

export interface RotationReason {
  code: RotationReasonCode;
  role: 'head' | 'deputy';
  unitId?: string;
  unitName?: string;
  /** For `skippedRecentHead`: the year it was head. */
  year?: number;
}

export interface RotationProposal {
  targetYear: number;
  headUnitId: string | null;
  deputyUnitId: string | null;
  cooldownYears: number;
  reasons: RotationReason[];
}

type Skip = Extract<
  RotationReasonCode,
  'skippedArchived' | 'skippedDeparted' | 'skippedRecentHead'
>;

export function proposeRotation(input: RotationInput): RotationProposal {
  const ordered = [...input.members].sort(
    (a, b) => a.order - b.order || a.name.localeCompare(b.name),
  );
  const active = ordered.filter((m) => !m.isArchived && !m.hasLeft);
  const cooldownYears = Math.max(0, input.cooldownYears ?? active.length - 1);
  const reasons: RotationReason[] = [];
  const proposal = (headUnitId: string | null, deputyUnitId: string | null): RotationProposal => ({
    targetYear: input.targetYear,
    headUnitId,
    deputyUnitId,
    cooldownYears,
    reasons,
  });

  /** The year a unit was last head within [from, to], if any. */
  const headYearWithin = (unitId: string, from: number, to: number): number | undefined =>
    input.headHistory
      .filter((h) => h.unitId === unitId && h.year >= from && h.year <= to)
      .map((h) => h.year)
      .sort((a, b) => b - a)[0];

  const whySkipped = (
    m: RotationMember,
    role: 'head' | 'deputy',
    useCooldown: boolean,
  ): { code: Skip; year?: number } | null => {
    if (m.isArchived) return { code: 'skippedArchived' };
    if (m.hasLeft) return { code: 'skippedDeparted' };
    if (!useCooldown || cooldownYears === 0) return null;
    // A head must not have led within the last N years; a deputy must be able to lead next year.
    const to = input.targetYear - 1;
    const from =
      role === 'head' ? input.targetYear - cooldownYears : input.targetYear + 1 - cooldownYears;
    const year = headYearWithin(m.unitId, from, to);
    return year === undefined ? null : { code: 'skippedRecentHead', year };
  };

  /** Walks the order cyclically after `start`, recording why units are passed over. */
  const pick = (
    startIndex: number,
    role: 'head' | 'deputy',
    exclude: Set<string>,
  ): RotationMember | null => {
    for (const useCooldown of [true, false]) {
      const skipped: RotationReason[] = [];
      for (let step = 1; step <= ordered.length; step += 1) {
        const m = ordered[(startIndex + step + ordered.length) % ordered.length];
        if (exclude.has(m.unitId)) continue;
        const skip = whySkipped(m, role, useCooldown);
        if (skip) {
          skipped.push({
            code: skip.code,
            role,
            unitId: m.unitId,
            unitName: m.name,
            year: skip.year,
          });
          continue;
        }
        reasons.push(...skipped);
        if (!useCooldown)
          reasons.push({ code: 'cooldownRelaxed', role, unitId: m.unitId, unitName: m.name });
        return m;
      }
    }
    return null;
  };

  const indexOf = (unitId: string | null) =>
    unitId ? ordered.findIndex((m) => m.unitId === unitId) : -1;

  // Head: this year's deputy when it may lead, else the next eligible unit in order.
  let head: RotationMember | null = null;
  const deputy = ordered[indexOf(input.currentDeputyId)];
  if (deputy) {
    const skip = whySkipped(deputy, 'head', true);
    if (!skip) {
      head = deputy;
      reasons.push({
        code: 'deputyBecomesHead',
        role: 'head',
        unitId: deputy.unitId,
        unitName: deputy.name,
      });
    } else {
      reasons.push({
        code: skip.code,
        role: 'head',
        unitId: deputy.unitId,
        unitName: deputy.name,
        year: skip.year,
      });
    }
  }
  if (!head) {
    const from = deputy ? indexOf(deputy.unitId) : indexOf(input.currentHeadId);
    head = pick(from, 'head', new Set(deputy ? [deputy.unitId] : []));
    if (head) {
      reasons.push({
        code: from === -1 ? 'firstInOrderBecomesHead' : 'nextInOrderBecomesHead',
        role: 'head',
        unitId: head.unitId,
        unitName: head.name,
      });
    } else {
      reasons.push({ code: 'noHeadAvailable', role: 'head' });
      return proposal(null, null);
    }
  }

  // Deputy: the next eligible unit after the new head.
  const next = pick(indexOf(head.unitId), 'deputy', new Set([head.unitId]));
  if (!next) {
    reasons.push({ code: 'noDeputyAvailable', role: 'deputy' });
    return proposal(head.unitId, null);
  }
  reasons.push({
    code: 'nextInOrderBecomesDeputy',
    role: 'deputy',
    unitId: next.unitId,
    unitName: next.name,
  });
  return proposal(head.unitId, next.unitId);
}
