import { emptyPledgeSections } from './pledge-readiness';

describe('emptyPledgeSections', () => {
  it.each([
    ['no commitments', [], ['commitments']],
    ['blank commitments only', ['  ', ''], ['commitments']],
    ['one commitment', ['Hoàn thành 100% chỉ tiêu'], []],
  ])('should find %s', (_, commitments, expected) => {
    expect(emptyPledgeSections({ commitments })).toEqual(expected);
  });
});
