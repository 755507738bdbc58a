import { marksOf, sealParams } from './seal-params';

describe('sealParams', () => {
  it('should bound the marks by K (at most the number of candidates) for choose-K ballots', () => {
    const base = { id: 'b', publicKey: 'k', candidateCount: 3 };
    expect(sealParams({ ...base, method: 'chooseK', maxWinners: 2 }).maxMarks).toBe(2);
    expect(sealParams({ ...base, method: 'chooseK', maxWinners: 5 }).maxMarks).toBe(3);
    expect(sealParams({ ...base, method: 'approval', maxWinners: 2 }).maxMarks).toBeNull();
    expect(sealParams({ ...base, method: 'approval', maxWinners: 2 }).minMarks).toBe(0);
  });
});

describe('marksOf', () => {
  it('should mark the chosen candidates in ballot order', () => {
    expect(marksOf(['a', 'b', 'c'], { choices: ['c', 'a'] })).toEqual([1, 0, 1]);
  });

  it('should count only agreements in an approval ballot', () => {
    expect(
      marksOf(['a', 'b', 'c'], { approvals: { a: 'agree', b: 'disagree', c: 'abstain' } }),
    ).toEqual([1, 0, 0]);
  });
});
