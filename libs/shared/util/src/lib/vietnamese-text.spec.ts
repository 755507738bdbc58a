import { compareVietnamese, foldVietnamese, normalizeText } from './vietnamese-text';

describe('foldVietnamese', () => {
  it.each([
    ['Lào Cai', 'lao cai'],
    ['Ban Tổ chức Tỉnh ủy', 'ban to chuc tinh uy'],
    ['Đảng ủy Khối Cơ quan - Doanh nghiệp', 'dang uy khoi co quan - doanh nghiep'],
    ['  Trường   Chính trị  ', 'truong chinh tri'],
  ])('should fold %s to %s', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it('should fold NFD and NFC spellings to the same text', () => {
    const nfc = 'Tuyên giáo'.normalize('NFC');
    const nfd = 'Tuyên giáo'.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(foldVietnamese(nfd)).toBe(foldVietnamese(nfc));
  });
});

describe('normalizeText', () => {
  it('should turn NFD into NFC and collapse spaces', () => {
    expect(normalizeText(' Báo  Lào Cai '.normalize('NFD'))).toBe('Báo Lào Cai'.normalize('NFC'));
  });
});

describe('compareVietnamese', () => {
  it('should sort in Vietnamese order', () => {
    const names = ['Đông', 'Bảo', 'Dũng', 'Ân', 'An'];
    expect([...names].sort(compareVietnamese)).toEqual(['An', 'Ân', 'Bảo', 'Dũng', 'Đông']);
  });
});
