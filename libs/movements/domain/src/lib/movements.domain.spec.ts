import { movementYears, nextMovementStatus } from './movement-status';
import { pledgeProgress } from './pledge-progress';

describe('nextMovementStatus', () => {
  it.each([
    ['draft', 'launch', 'launched'],
    ['launched', 'end', 'ended'],
    ['ended', 'reopen', 'launched'],
    ['draft', 'end', null],
    ['launched', 'launch', null],
    ['ended', 'end', null],
    ['draft', 'reopen', null],
  ] as const)('should move %s by %s to %s', (status, action, expected) => {
    expect(nextMovementStatus(status, action)).toBe(expected);
  });
});

describe('movementYears', () => {
  it('should list every year a movement spans', () => {
    expect(movementYears('2021-07-03', '2021-10-01')).toEqual([2021]);
    expect(movementYears('2023-12-19', '2024-12-31')).toEqual([2023, 2024]);
  });
});

describe('pledgeProgress', () => {
  const members = ['A', 'B', 'C'].map((id) => ({
    unitId: id,
    name: `Đơn vị ${id}`,
    hasLeft: false,
  }));

  it('should count the signatures of current members and name who has not signed', () => {
    const progress = pledgeProgress(members, ['A']);
    expect(progress).toEqual(
      expect.objectContaining({ memberCount: 3, signedCount: 1, isComplete: false }),
    );
    expect(progress.unsigned.map((m) => m.unitId)).toEqual(['B', 'C']);
  });

  it('should be complete when every current member has signed, not counting those who left', () => {
    const withLeaver = [...members.slice(0, 2), { ...members[2], hasLeft: true }];
    expect(pledgeProgress(withLeaver, ['A', 'B']).isComplete).toBe(true);
    expect(pledgeProgress(members, ['A', 'B', 'C']).isComplete).toBe(true);
  });

  it('should ignore signatures of units that are not members and never complete an empty bloc', () => {
    expect(pledgeProgress(members, ['X', 'A']).signedCount).toBe(1);
    expect(pledgeProgress([], []).isComplete).toBe(false);
  });
});
