import { FIRST_YEAR, isSensibleYear, lastYear, yearOrNull, yearsSince } from './years';

describe('years', () => {
  it('should offer the years from the first to next year, newest first', () => {
    expect(yearsSince(2020, 2023)).toEqual([2024, 2023, 2022, 2021, 2020]);
  });

  it('should read a year from a query parameter and refuse nonsense', () => {
    expect(yearOrNull('2023')).toBe(2023);
    expect(yearOrNull(2021)).toBe(2021);
    expect(yearOrNull('abc')).toBeNull();
    expect(yearOrNull('1999')).toBeNull();
    expect(yearOrNull('2023.5')).toBeNull();
    expect(yearOrNull('')).toBeNull();
    expect(yearOrNull(undefined)).toBeNull();
  });
});

describe('sensible years', () => {
  it('should take 1945 to five years ahead and refuse the rest', () => {
    expect(isSensibleYear(1945, 2025)).toBe(true);
    expect(isSensibleYear(2030, 2025)).toBe(true);
    expect(isSensibleYear(2031, 2025)).toBe(false);
    expect(isSensibleYear(1944, 2025)).toBe(false);
    expect(isSensibleYear(9999, 2025)).toBe(false);
    expect(isSensibleYear(2024.5, 2025)).toBe(false);
    expect(lastYear(2025)).toBe(2030);
    expect(FIRST_YEAR).toBe(1945);
  });
});
