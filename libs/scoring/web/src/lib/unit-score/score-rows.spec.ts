import type { ScoreSheetResponse, UnitScoreResponse } from '@thidua/scoring/contracts';

import { scoreRows } from './score-rows';

const item = (id: string, kind = 'criterion', maxPoints = 10) => ({
  id,
  kind,
  content: id,
  maxPoints,
  guidance: null,
});

const sheet = {
  groups: [
    { id: 'g1', title: 'I', maxPoints: 20, criteria: [item('a'), item('b')] },
    { id: 'g2', title: 'II', maxPoints: 80, criteria: [item('c', 'criterion', 80)] },
  ],
  bonusItems: [item('plus', 'bonus', 5)],
  penaltyItems: [item('minus', 'penalty', 5)],
  bonusCap: 5,
  penaltyCap: null,
} as unknown as ScoreSheetResponse;

describe('scoreRows', () => {
  it('should list groups, criteria, bonus and penalty in the sheet order with indices', () => {
    const rows = scoreRows(sheet, { entries: [] }, { bonus: 'Thưởng', penalty: 'Trừ' });
    expect(
      rows.map((r) => (r.kind === 'heading' ? `# ${r.title}` : `${r.index}:${r.label}`)),
    ).toEqual(['# I', '0:1.1', '1:1.2', '# II', '2:2.1', '# Thưởng', '3:+1', '# Trừ', '4:−1']);
  });

  it('should put each entry beside its item and mark the adjusted ones', () => {
    const entries = [
      { itemId: 'b', selfPoints: 9, checkedPoints: 8, adjustReason: 'x' },
      { itemId: 'c', selfPoints: 70, checkedPoints: null, adjustReason: null },
    ] as unknown as UnitScoreResponse['entries'];
    const items = scoreRows(sheet, { entries }).filter((r) => r.kind === 'item');
    expect(
      items.map((r) =>
        r.kind === 'item' ? [r.key, r.entry?.selfPoints ?? null, r.isAdjusted] : null,
      ),
    ).toEqual([
      ['a', null, false],
      ['b', 9, true],
      ['c', 70, false],
      ['plus', null, false],
      ['minus', null, false],
    ]);
  });
});
