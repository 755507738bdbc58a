import { type RotationInput, type RotationMember, proposeRotation } from './rotation-planner';

const unit = (id: string, order: number, extra: Partial<RotationMember> = {}): RotationMember => ({
  unitId: id,
  name: `Đơn vị ${id}`,
  order,
  isArchived: false,
  hasLeft: false,
  ...extra,
});

const nine = 'ABCDEFGHI'.split('').map((id, i) => unit(id, i + 1));

function plan(partial: Partial<RotationInput>): ReturnType<typeof proposeRotation> {
  return proposeRotation({
    targetYear: 2025,
    members: nine,
    currentHeadId: null,
    currentDeputyId: null,
    headHistory: [],
    ...partial,
  });
}

describe('proposeRotation', () => {
  it.each<[string, Partial<RotationInput>, string | null, string | null]>([
    [
      'deputy becomes head, the next in order deputy',
      { currentHeadId: 'C', currentDeputyId: 'I', headHistory: [{ year: 2024, unitId: 'C' }] },
      'I',
      'A',
    ],
    ['no leadership yet: the first in order leads', {}, 'A', 'B'],
    ['only a head recorded: the unit after it leads', { currentHeadId: 'D' }, 'E', 'F'],
    [
      'a departed deputy is passed over for the next in order',
      {
        currentHeadId: 'A',
        currentDeputyId: 'B',
        members: nine.map((m) => (m.unitId === 'B' ? { ...m, hasLeft: true } : m)),
      },
      'C',
      'D',
    ],
    [
      'archived units are skipped for deputy',
      {
        currentHeadId: 'A',
        currentDeputyId: 'B',
        members: nine.map((m) => (m.unitId === 'C' ? { ...m, isArchived: true } : m)),
      },
      'B',
      'D',
    ],
    [
      'a unit that was head within N years is skipped',
      {
        currentHeadId: 'A',
        currentDeputyId: 'B',
        headHistory: [
          { year: 2024, unitId: 'A' },
          { year: 2021, unitId: 'C' },
        ],
      },
      'B',
      'D',
    ],
    [
      'a unit that was head longer ago than N may serve again',
      {
        currentHeadId: 'A',
        currentDeputyId: 'B',
        cooldownYears: 2,
        headHistory: [{ year: 2021, unitId: 'C' }],
      },
      'B',
      'C',
    ],
    [
      'a head who left mid-year: the deputy still leads',
      {
        currentHeadId: 'E',
        currentDeputyId: 'F',
        members: nine.map((m) => (m.unitId === 'E' ? { ...m, hasLeft: true } : m)),
      },
      'F',
      'G',
    ],
    [
      'a changed order is followed',
      {
        currentHeadId: 'A',
        currentDeputyId: 'B',
        members: nine.map((m) => (m.unitId === 'H' ? { ...m, order: 2.5 } : m)),
      },
      'B',
      'H',
    ],
  ])('should handle %s', (_name, input, head, deputy) => {
    const result = plan(input);
    expect([result.headUnitId, result.deputyUnitId]).toEqual([head, deputy]);
  });

  it('should rotate a bloc of two units year after year', () => {
    const members = [unit('A', 1), unit('B', 2)];
    const history: Array<{ year: number; unitId: string }> = [{ year: 2023, unitId: 'A' }];
    let head = 'A';
    let deputy: string | null = 'B';
    const heads: string[] = [];
    for (const year of [2024, 2025, 2026, 2027]) {
      const p = proposeRotation({
        targetYear: year,
        members,
        currentHeadId: head,
        currentDeputyId: deputy,
        headHistory: history,
      });
      expect(p.headUnitId).not.toBe(p.deputyUnitId);
      head = p.headUnitId as string;
      deputy = p.deputyUnitId;
      history.push({ year, unitId: head });
      heads.push(head);
    }
    expect(heads).toEqual(['B', 'A', 'B', 'A']);
  });

  it('should rotate a bloc of three units through every unit before repeating', () => {
    const members = [unit('A', 1), unit('B', 2), unit('C', 3)];
    const history = [{ year: 2023, unitId: 'A' }];
    let current = { head: 'A', deputy: 'B' as string | null };
    const heads: string[] = [];
    for (const year of [2024, 2025, 2026, 2027, 2028]) {
      const p = proposeRotation({
        targetYear: year,
        members,
        currentHeadId: current.head,
        currentDeputyId: current.deputy,
        headHistory: history,
      });
      current = { head: p.headUnitId as string, deputy: p.deputyUnitId };
      history.push({ year, unitId: current.head });
      heads.push(current.head);
    }
    expect(heads).toEqual(['B', 'C', 'A', 'B', 'C']);
  });

  it('should say why it proposes what it proposes', () => {
    const result = plan({
      currentHeadId: 'A',
      currentDeputyId: 'B',
      members: nine.map((m) => (m.unitId === 'C' ? { ...m, hasLeft: true } : m)),
    });
    expect(result.reasons.map((r) => [r.code, r.role, r.unitId])).toEqual([
      ['deputyBecomesHead', 'head', 'B'],
      ['skippedDeparted', 'deputy', 'C'],
      ['nextInOrderBecomesDeputy', 'deputy', 'D'],
    ]);
    expect(result.cooldownYears).toBe(7);
  });

  it('should relax the cooldown rather than leave the bloc without a head, and say so', () => {
    const members = [unit('A', 1), unit('B', 2), unit('C', 3)];
    const result = proposeRotation({
      targetYear: 2025,
      members,
      currentHeadId: 'A',
      currentDeputyId: 'B',
      cooldownYears: 10,
      headHistory: [
        { year: 2024, unitId: 'A' },
        { year: 2023, unitId: 'B' },
        { year: 2022, unitId: 'C' },
      ],
    });
    expect(result.headUnitId).not.toBeNull();
    expect(result.reasons.map((r) => r.code)).toContain('cooldownRelaxed');
  });

  it('should leave the deputy empty in a bloc with one active unit', () => {
    const result = proposeRotation({
      targetYear: 2025,
      members: [unit('A', 1), unit('B', 2, { hasLeft: true })],
      currentHeadId: 'A',
      currentDeputyId: 'B',
      headHistory: [],
    });
    expect(result.headUnitId).toBe('A');
    expect(result.deputyUnitId).toBeNull();
    expect(result.reasons.map((r) => r.code)).toContain('noDeputyAvailable');
  });

  it('should propose nobody when every unit has left', () => {
    const result = proposeRotation({
      targetYear: 2025,
      members: [unit('A', 1, { hasLeft: true }), unit('B', 2, { isArchived: true })],
      currentHeadId: 'A',
      currentDeputyId: 'B',
      headHistory: [],
    });
    expect([result.headUnitId, result.deputyUnitId]).toEqual([null, null]);
    expect(result.reasons.at(-1)?.code).toBe('noHeadAvailable');
  });
});
