import { type ClearanceFact, clearanceOutcome, isClearedForDecision } from './clearance-state';

const TODAY = '2026-12-11';
const fact = (answer: ClearanceFact['answer'], dueDate = '2026-12-10'): ClearanceFact => ({
  kind: 'clearance',
  office: 'Thanh tra tỉnh',
  answer,
  dueDate,
});

describe('clearanceOutcome', () => {
  it.each([
    ['no request', [], false, 'none'],
    [
      'every office without objection',
      [fact('noObjection'), fact('noObjection')],
      false,
      'cleared',
    ],
    [
      'an office silent before its due date',
      [fact('noObjection'), fact(null, '2026-12-12')],
      false,
      'pending',
    ],
    ['an office silent on its due date', [fact(null, TODAY)], false, 'pending'],
    ['an office silent after its due date', [fact('noObjection'), fact(null)], false, 'overdue'],
    ['an objection', [fact('objection', '2026-12-20')], false, 'objection'],
    ['an objection and a silence past due', [fact(null), fact('objection')], false, 'objection'],
    ['an objection the council overrode', [fact('objection')], true, 'overridden'],
    ['a silence past due the council overrode', [fact(null)], true, 'overridden'],
    ['an override with nothing held back', [fact('noObjection')], true, 'cleared'],
  ] as const)('should find %s %s', (_, facts, overridden, state) => {
    expect(clearanceOutcome(facts, overridden, TODAY).state).toBe(state);
  });

  it('should name what holds a nominee back', () => {
    const held = clearanceOutcome(
      [fact('objection'), { ...fact(null), office: 'Công an tỉnh' }, fact('noObjection')],
      false,
      TODAY,
    );
    expect(held.holding.map((h) => [h.office, h.state])).toEqual([
      ['Thanh tra tỉnh', 'objection'],
      ['Công an tỉnh', 'overdue'],
    ]);
  });

  it.each([
    ['none', true],
    ['pending', true],
    ['cleared', true],
    ['overridden', true],
    ['objection', false],
    ['overdue', false],
  ] as const)('should let a %s nominee into a decision: %s', (state, ok) => {
    expect(isClearedForDecision(state)).toBe(ok);
  });
});
