import { formatDocumentDate, numberToVietnameseWords, sanitizeText } from './document-text';

describe('numberToVietnameseWords', () => {
  it.each([
    [0, 'không'],
    [1, 'một'],
    [2, 'hai'],
    [3, 'ba'],
    [4, 'bốn'],
    [5, 'năm'],
    [6, 'sáu'],
    [7, 'bảy'],
    [8, 'tám'],
    [9, 'chín'],
    [10, 'mười'],
    [11, 'mười một'],
    [12, 'mười hai'],
    [13, 'mười ba'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [16, 'mười sáu'],
    [17, 'mười bảy'],
    [18, 'mười tám'],
    [19, 'mười chín'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi bốn'],
    [25, 'hai mươi lăm'],
    [55, 'năm mươi lăm'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [1000, 'một nghìn'],
    [1005, 'một nghìn không trăm linh năm'],
    [15000, 'mười lăm nghìn'],
    [1_000_000, 'một triệu'],
    [2_500_000_000, 'hai tỷ năm trăm triệu'],
  ])('should write %i as "%s"', (n, words) => {
    expect(numberToVietnameseWords(n)).toBe(words);
  });

  it('should reject fractions', () => {
    expect(() => numberToVietnameseWords(1.5)).toThrow(RangeError);
  });
});

describe('formatDocumentDate', () => {
  it('should pad days below 10 and the months 1 and 2', () => {
    expect(formatDocumentDate('Lào Cai', '2024-01-05')).toBe('Lào Cai, ngày 05 tháng 01 năm 2024');
    expect(formatDocumentDate('Lào Cai', '2024-02-29')).toBe('Lào Cai, ngày 29 tháng 02 năm 2024');
  });

  it('should not pad the months 3 to 12', () => {
    expect(formatDocumentDate('Lào Cai', '2024-03-09')).toBe('Lào Cai, ngày 09 tháng 3 năm 2024');
    expect(formatDocumentDate('Lào Cai', '2024-12-25')).toBe('Lào Cai, ngày 25 tháng 12 năm 2024');
  });

  it("should read a Date in Vietnam's time zone", () => {
    // 17:30 UTC on 4 January is 00:30 on 5 January in Hà Nội.
    expect(formatDocumentDate('Lào Cai', new Date('2024-01-04T17:30:00Z'))).toBe(
      'Lào Cai, ngày 05 tháng 01 năm 2024',
    );
  });

  it('should reject a malformed date', () => {
    expect(() => formatDocumentDate('Lào Cai', '05/01/2024')).toThrow(RangeError);
  });
});

describe('sanitizeText', () => {
  it('should strip control characters and keep line feeds', () => {
    expect(sanitizeText('Ủy\u0000 ban\u0007\u001b Kiểm\u0085 tra\r\nTỉnh ủy\u000c')).toBe(
      'Ủy ban Kiểm tra\nTỉnh ủy',
    );
  });

  it('should turn tabs into spaces and drop unpaired surrogates', () => {
    expect(sanitizeText('a\tb\uD800c\uFFFF')).toBe('a bc');
    expect(sanitizeText('😀')).toBe('😀');
  });

  it('should normalise to NFC', () => {
    const decomposed = 'Hòa'.normalize('NFD');
    expect(sanitizeText(decomposed)).toBe('Hòa'.normalize('NFC'));
  });

  it('should accept numbers and empty values', () => {
    expect(sanitizeText(15)).toBe('15');
    expect(sanitizeText(null)).toBe('');
    expect(sanitizeText(undefined)).toBe('');
  });
});
