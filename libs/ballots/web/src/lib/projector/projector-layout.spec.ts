import { resultsLayout } from './projector-layout';

describe('resultsLayout', () => {
  it.each([
    [1, 1, 1],
    [5, 1, 5],
    [6, 2, 3],
    [10, 2, 5],
    [11, 3, 4],
    [15, 3, 5],
    [20, 3, 7],
  ])('should lay %i candidates out in %i column(s) of %i rows', (count, columns, rows) => {
    expect(resultsLayout(count)).toEqual({ columns, rows });
  });
});
