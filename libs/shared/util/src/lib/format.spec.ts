import { formatDateVi, formatNumberVi, formatPercentVi } from './format';

describe('formatDateVi', () => {
  it('should pad days and months', () => {
    expect(formatDateVi(new Date(2024, 0, 5))).toBe('05/01/2024');
    expect(formatDateVi(new Date(2023, 11, 19))).toBe('19/12/2023');
  });
});

describe('formatNumberVi', () => {
  it('should group thousands with dots and use a decimal comma', () => {
    expect(formatNumberVi(8198)).toBe('8.198');
    expect(formatNumberVi(431346)).toBe('431.346');
    expect(formatNumberVi(98.7)).toBe('98,7');
    expect(formatNumberVi(6385)).toBe('6.385');
    expect(formatNumberVi(55.5, 2, 2)).toBe('55,50');
  });
});

describe('formatPercentVi', () => {
  it('should write two decimals and join the sign with a no-break space', () => {
    expect(formatPercentVi(66.666)).toBe('66,67\u00a0%');
    expect(formatPercentVi(100)).toBe('100,00\u00a0%');
    expect(formatPercentVi(6385.5, 1)).toBe('6.385,5\u00a0%');
  });
});
