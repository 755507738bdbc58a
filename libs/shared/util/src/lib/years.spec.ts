import { yearOrNull, yearsSince } from './years';

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
