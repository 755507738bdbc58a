import { formatDecimal, parseDecimal } from './decimal';

describe('decimal', () => {
  it.each([
    ['66,67', 66.67],
    ['66.67', 66.67],
    [' 50 ', 50],
    ['0,5', 0.5],
    [',5', 0.5],
    ['12,', 12],
    ['-1,5', -1.5],
  ])('should read %j as %d', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each(['6.667,5', '1,000,000', '12a', 'abc', '--1', '1e3', ','])(
    'should refuse %j instead of guessing',
    (text) => {
      expect(parseDecimal(text)).toBeNaN();
    },
  );

  it('should read an empty field as no number', () => {
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('  ')).toBeNull();
    expect(parseDecimal(null)).toBeNull();
  });

  it('should write a decimal comma in Vietnamese and a point in English', () => {
    expect(formatDecimal(66.67, 'vi')).toBe('66,67');
    expect(formatDecimal(66.67, 'vi-VN')).toBe('66,67');
    expect(formatDecimal(66.67, 'en')).toBe('66.67');
    expect(formatDecimal(1000, 'vi')).toBe('1000');
    expect(formatDecimal(null, 'vi')).toBe('');
  });
});
