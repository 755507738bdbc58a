import { committeeThresholdOf } from './meetings.service';

describe('committeeThresholdOf', () => {
  const committee = (n: number) => Array.from({ length: n }, (_, i) => `Thành viên ${i + 1}`);

  it.each([
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 3],
    [5, 3],
  ])('should ask a majority of a committee of %i by default: %i', (size, k) => {
    expect(
      committeeThresholdOf({ countingCommittee: committee(size), committeeThreshold: null }),
    ).toBe(k);
  });

  it('should take the meeting’s own k, never more than the committee', () => {
    expect(committeeThresholdOf({ countingCommittee: committee(5), committeeThreshold: 2 })).toBe(
      2,
    );
    expect(committeeThresholdOf({ countingCommittee: committee(2), committeeThreshold: 3 })).toBe(
      2,
    );
  });
});
