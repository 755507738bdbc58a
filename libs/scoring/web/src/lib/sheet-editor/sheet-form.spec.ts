import type { ScoreSheetResponse } from '@thidua/scoring/contracts';

import { criteriaSum, emptySheetValue, toSheetFormValue, toSheetRequest } from './sheet-form';

describe('sheet form', () => {
  it('should start a new sheet with one group, one criterion and the default tie-breaks', () => {
    expect(emptySheetValue(1000)).toEqual(
      expect.objectContaining({ scale: 1000, tieBreaks: ['firstGroup', 'fewerPenalties'] }),
    );
    expect(emptySheetValue().groups).toHaveLength(1);
  });

  it('should turn the form into a request: trimmed, ids only when known, empty guidance null', () => {
    const value = emptySheetValue();
    value.groups[0] = {
      id: 'g1',
      title: '  I. Nhiệm vụ  ',
      criteria: [{ id: null, content: ' Hoàn thành ', maxPoints: 100, guidance: ' ' }],
    };
    value.penaltyItems = [
      { id: 'p1', content: 'Chậm báo cáo', maxPoints: 2, guidance: 'Mỗi lần 0,5' },
    ];
    expect(toSheetRequest(value)).toEqual({
      scale: 100,
      groups: [
        {
          id: 'g1',
          title: 'I. Nhiệm vụ',
          criteria: [{ content: 'Hoàn thành', maxPoints: 100, guidance: null }],
        },
      ],
      bonusItems: [],
      penaltyItems: [{ id: 'p1', content: 'Chậm báo cáo', maxPoints: 2, guidance: 'Mỗi lần 0,5' }],
      bonusCap: null,
      penaltyCap: null,
      tieBreaks: ['firstGroup', 'fewerPenalties'],
    });
  });

  it.each([
    [[[60, 20], [20]], 100],
    [[[33.33, 33.33], [33.34]], 100],
    [[[null, 10]], 10],
    [[], 0],
  ])('should add up the criteria %j to %d', (groups, expected) => {
    const value = {
      groups: groups.map((g) => ({
        id: null,
        title: 'x',
        criteria: g.map((maxPoints) => ({ id: null, content: 'x', maxPoints, guidance: '' })),
      })),
    };
    expect(criteriaSum(value)).toBe(expected);
  });

  it('should read a sheet back into the form', () => {
    const sheet = {
      scale: 100,
      groups: [
        {
          id: 'g',
          title: 'I',
          maxPoints: 100,
          criteria: [{ id: 'c', kind: 'criterion', content: 'A', maxPoints: 100, guidance: null }],
        },
      ],
      bonusItems: [],
      penaltyItems: [],
      bonusCap: 5,
      penaltyCap: null,
      tieBreaks: ['fewerPenalties'],
    } as unknown as ScoreSheetResponse;
    expect(toSheetFormValue(sheet)).toEqual({
      scale: 100,
      groups: [
        {
          id: 'g',
          title: 'I',
          criteria: [{ id: 'c', content: 'A', maxPoints: 100, guidance: '' }],
        },
      ],
      bonusItems: [],
      penaltyItems: [],
      bonusCap: 5,
      penaltyCap: null,
      tieBreaks: ['fewerPenalties'],
    });
  });
});
