import {
  type LineageRule,
  type UnitEvent,
  checkUnitEvents,
  inheritedSources,
  nameOn,
  namesOverTime,
  predecessorsOf,
  successorsOf,
} from './lineage';

const event = (
  id: string,
  kind: UnitEvent['kind'],
  date: string,
  sources: string[],
  targets: string[],
  mainSourceId: string | null = null,
): UnitEvent => ({ id, kind, date, sources, targets, mainSourceId });

// Sở LĐTBXH (L) absorbed into Sở Nội vụ (N) on 1/3/2025; Sở GTVT (G) + Sở Xây dựng (X) merged
// into a new Sở Xây dựng (X2) on 1/3/2025, X the main line; X2 later split into X3 and X4.
const absorb = event('e1', 'absorb', '2025-03-01', ['L'], ['N']);
const merge = event('e2', 'merge', '2025-03-01', ['G', 'X'], ['X2'], 'X');
const split = event('e3', 'split', '2026-01-01', ['X2'], ['X3', 'X4']);
const partial = event('e4', 'split', '2026-07-01', ['N'], ['N', 'N2']);

describe('checkUnitEvents', () => {
  it.each<[string, UnitEvent[], string[]]>([
    ['a consistent history', [absorb, merge, split, partial], []],
    ['a merge of one unit', [event('m', 'merge', '2025-01-01', ['A'], ['B'])], ['lineage.shape']],
    [
      'a merge into one of its sources',
      [event('m', 'merge', '2025-01-01', ['A', 'B'], ['A'])],
      ['lineage.shape'],
    ],
    ['a split into one unit', [event('s', 'split', '2025-01-01', ['A'], ['B'])], ['lineage.shape']],
    [
      'a rename of two units',
      [event('r', 'rename', '2025-01-01', ['A'], ['B'])],
      ['lineage.shape'],
    ],
    ['no sources', [event('m', 'merge', '2025-01-01', [], ['C'])], ['lineage.sourcesRequired']],
    ['no targets', [event('m', 'absorb', '2025-01-01', ['A'], [])], ['lineage.targetsRequired']],
    [
      'a unit twice',
      [event('m', 'merge', '2025-01-01', ['A', 'A'], ['C'])],
      ['lineage.duplicateUnit'],
    ],
    [
      'a main source that is not a source',
      [event('m', 'merge', '2025-01-01', ['A', 'B'], ['C'], 'Z')],
      ['lineage.mainSource'],
    ],
    [
      'a unit merged again after it ceased',
      [merge, event('m2', 'merge', '2025-06-01', ['G', 'Y'], ['Z'])],
      ['lineage.ceased'],
    ],
    [
      'a unit dissolved, then renamed',
      [
        event('d', 'dissolve', '2025-01-01', ['A'], []),
        event('r', 'rename', '2025-02-01', ['A'], ['A']),
      ],
      ['lineage.ceased'],
    ],
    [
      'a new unit used before it was created',
      [merge, event('r', 'rename', '2024-12-01', ['X2'], ['X2'])],
      ['lineage.notYetCreated'],
    ],
    [
      'two linking events of one unit on one day',
      [
        event('a', 'split', '2025-01-01', ['A'], ['A', 'B']),
        event('b', 'split', '2025-01-01', ['A'], ['A', 'C']),
      ],
      ['lineage.sameDay'],
    ],
    [
      'a unit that becomes its own predecessor',
      [
        event('a', 'split', '2025-01-01', ['A'], ['A', 'B']),
        event('b', 'absorb', '2025-02-01', ['B'], ['C']),
        event('c', 'split', '2025-03-01', ['C'], ['C', 'B']),
      ],
      // B, created by the first split, is created again by the last: every rule sees it.
      ['lineage.ceased', 'lineage.cycle', 'lineage.notYetCreated'],
    ],
  ])('%s', (_name, events, codes) => {
    expect([...new Set(checkUnitEvents(events).map((p) => p.code))].sort()).toEqual(codes.sort());
  });
});

describe('predecessorsOf and successorsOf', () => {
  const all = [absorb, merge, split, partial];

  it('should find the predecessors of a merged unit, the main one marked', () => {
    expect(predecessorsOf('X2', all).map((l) => [l.unitId, l.eventId, l.depth, l.main])).toEqual([
      ['G', 'e2', 1, false],
      ['X', 'e2', 1, true],
    ]);
  });

  it('should cross two events: a part of a split inherits through the merge before it', () => {
    expect(predecessorsOf('X3', all).map((l) => [l.unitId, l.depth, l.main])).toEqual([
      ['X2', 1, true],
      ['G', 2, false],
      ['X', 2, true],
    ]);
  });

  it('should give the absorbing unit the absorbed one, not as its main line', () => {
    expect(predecessorsOf('N', all).map((l) => [l.unitId, l.kind, l.main])).toEqual([
      ['L', 'absorb', false],
    ]);
  });

  it('should not give a part that left the units absorbed before by the one it left', () => {
    // N2 leaves N on 1/7/2026; L was absorbed into N on 1/3/2025, so L is N2's predecessor through N.
    expect(predecessorsOf('N2', all).map((l) => [l.unitId, l.depth])).toEqual([
      ['N', 1],
      ['L', 2],
    ]);
  });

  it('should follow successors forward across two events', () => {
    expect(successorsOf('G', all).map((l) => [l.unitId, l.depth])).toEqual([
      ['X2', 1],
      ['X3', 2],
      ['X4', 2],
    ]);
  });

  it('should give a unit with no events no lineage', () => {
    expect(predecessorsOf('Q', all)).toEqual([]);
    expect(successorsOf('Q', all)).toEqual([]);
  });
});

describe('inheritedSources', () => {
  const all = [absorb, merge, split];

  it.each<[LineageRule, string, Array<[string, number]>]>([
    [
      'all',
      'X2',
      [
        ['G', 2025],
        ['X', 2025],
      ],
    ],
    ['main', 'X2', [['X', 2025]]],
    ['none', 'X2', []],
    ['all', 'N', [['L', 2025]]],
    ['main', 'N', []],
    // A split on 1 January leaves that year to the parts: X2 counts up to 2025.
    [
      'main',
      'X3',
      [
        ['X2', 2025],
        ['X', 2025],
      ],
    ],
  ])('rule %p for %p', (rule, unit, expected) => {
    expect(inheritedSources(unit, all, rule).map((s) => [s.unitId, s.untilYear])).toEqual(expected);
  });

  it('should leave the year of a 1 January event to the successor', () => {
    const jan = event('j', 'merge', '2025-01-01', ['A', 'B'], ['C'], 'A');
    expect(inheritedSources('C', [jan], 'all').map((s) => s.untilYear)).toEqual([2024, 2024]);
  });
});

describe('names over time', () => {
  const renames = [
    { date: '2018-05-01', previousName: 'Sở Lao động', newName: 'Sở Lao động – Thương binh' },
    { date: '2025-03-01', previousName: 'Sở Lao động – Thương binh', newName: 'Sở Nội vụ (tạm)' },
  ];

  it('should list the names with the dates they were in use', () => {
    expect(namesOverTime('Sở Nội vụ', renames)).toEqual([
      { name: 'Sở Lao động', from: null, to: '2018-05-01' },
      { name: 'Sở Lao động – Thương binh', from: '2018-05-01', to: '2025-03-01' },
      { name: 'Sở Nội vụ', from: '2025-03-01', to: null },
    ]);
  });

  it.each([
    ['2017-12-31', 'Sở Lao động'],
    ['2018-05-01', 'Sở Lao động – Thương binh'],
    ['2025-02-28', 'Sở Lao động – Thương binh'],
    ['2025-03-01', 'Sở Nội vụ'],
  ])('on %p the unit was %p', (date, name) => {
    expect(nameOn('Sở Nội vụ', renames, date)).toBe(name);
  });

  it('should give a never-renamed unit its name on every date', () => {
    expect(nameOn('Sở Tư pháp', [], '1990-01-01')).toBe('Sở Tư pháp');
  });
});
