import { asciiFileName, attachmentDisposition } from './attachment';

describe('download names', () => {
  it('should give old clients the Vietnamese name without its marks', () => {
    expect(asciiFileName('Biên bản hội nghị Đảng ủy: "khối" 2024.pdf')).toBe(
      'Bien ban hoi nghi Dang uy_ _khoi_ 2024.pdf',
    );
  });

  it('should give every client the UTF-8 name', () => {
    const header = attachmentDisposition('Bảng xếp hạng thi đua năm 2024.xlsx');
    expect(header).toBe(
      `attachment; filename="Bang xep hang thi dua nam 2024.xlsx"; filename*=UTF-8''${encodeURIComponent('Bảng xếp hạng thi đua năm 2024.xlsx')}`,
    );
    expect(header).not.toMatch(/[^\x20-\x7e]/);
  });

  it('should keep a header line free of quotes and line breaks whatever the name', () => {
    const header = attachmentDisposition('a"b\r\nSet-Cookie: x=1.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.split('"')).toHaveLength(3);
  });
});
