import { measureText } from './document-fonts';
import { AGENCY_SIZE, agencyLineSize } from './page-layout';

describe('agencyLineSize', () => {
  const width = 187;

  it('should keep the agency size for a line that fits', () => {
    expect(agencyLineSize('SỞ NỘI VỤ', width, 'bold')).toBe(AGENCY_SIZE);
  });

  it('should shrink a long profile line until it fits on one line', () => {
    const line = 'ỦY BAN NHÂN DÂN TỈNH SƠN LÂM';
    expect(measureText(line, AGENCY_SIZE, 'normal')).toBeGreaterThan(width);
    const size = agencyLineSize(`${line}\nSỞ NỘI VỤ`, width, 'normal');
    expect(size).toBeLessThan(AGENCY_SIZE);
    expect(measureText(line, size, 'normal')).toBeLessThanOrEqual(width);
  });

  it('should stop at 10 pt for a line too long for any legible size', () => {
    expect(agencyLineSize('BAN CHỈ ĐẠO '.repeat(6), width, 'bold')).toBe(10);
  });
});
