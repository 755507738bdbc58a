import { attachedToLine, countsLabel, votesLabel } from './labels';
import { dateLine } from './award-list-print/award-list-print-page.component';

describe('labels', () => {
  it('should write votes the vi-VN way', () => {
    expect(votesLabel({ votes: 8, denominator: 9, percent: 88.888 })).toBe('8/9 (88,89 %)');
    expect(votesLabel({ votes: null, denominator: null, percent: null })).toBe('—');
  });

  it('should list the non-zero counts', () => {
    expect(countsLabel({ collective: 2, individual: 2, household: 0 })).toBe(
      '2 tập thể, 2 cá nhân',
    );
  });

  it('should name the cover letter under the title', () => {
    expect(attachedToLine({ number: '15/TTr-KTĐ', date: '2021-10-05' })).toBe(
      '(Kèm theo Tờ trình số 15/TTr-KTĐ ngày 05/10/2021)',
    );
  });

  it('should write the date line the Nghị định 30/2020 way', () => {
    expect(dateLine('Lào Cai', '2021-10-05')).toBe('Lào Cai, ngày 05 tháng 10 năm 2021');
    expect(dateLine('Lào Cai', '2021-02-15')).toBe('Lào Cai, ngày 15 tháng 02 năm 2021');
    expect(dateLine('Lào Cai', '2021-03-15')).toBe('Lào Cai, ngày 15 tháng 3 năm 2021');
  });
});
