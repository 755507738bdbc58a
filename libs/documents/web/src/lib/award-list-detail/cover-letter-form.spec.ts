import { awardList } from '../testing';
import {
  COVER_LETTER_FIELD_ALIASES,
  coverLetterToFormValue,
  formValueToCoverLetter,
  linesToList,
} from './cover-letter-form';

describe('cover letter form', () => {
  const letter = awardList().coverLetter;

  it('should show lists one entry per line and the date as a local date', () => {
    const value = coverLetterToFormValue(letter);
    expect(value.copyTo).toBe('Như trên\nLưu: VT');
    expect(value.recipients).toBe('Chủ tịch UBND tỉnh');
    expect(value.date).toEqual(new Date(2025, 9, 5));
    expect(value.number).toBe('15/TTr-KTĐ');
  });

  it('should turn the form back into the same cover letter', () => {
    expect(formValueToCoverLetter(coverLetterToFormValue(letter), letter)).toEqual(letter);
  });

  it('should trim, drop blank lines and keep the previous date when cleared', () => {
    const value = {
      ...coverLetterToFormValue(letter),
      number: ' 20/TTr-KTĐ ',
      issuerName: '  Sở Nội vụ tỉnh Sơn Lâm ',
      bases: 'Luật Thi đua\n\n  Biên bản họp khối  \n',
      date: null,
    };
    const saved = formValueToCoverLetter(value, letter);
    expect(saved.number).toBe('20/TTr-KTĐ');
    expect(saved.issuerName).toBe('Sở Nội vụ tỉnh Sơn Lâm');
    expect(saved.bases).toEqual(['Luật Thi đua', 'Biên bản họp khối']);
    expect(saved.date).toBe('2025-10-05');
  });

  it('should split Windows line endings', () => {
    expect(linesToList('a\r\nb')).toEqual(['a', 'b']);
  });

  it('should map the server field errors onto the form controls', () => {
    expect(COVER_LETTER_FIELD_ALIASES['coverLetter.number']).toBe('number');
  });
});
