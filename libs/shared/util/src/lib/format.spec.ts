import { formatDateVi, formatNumberVi } from './format';

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
  });
});
