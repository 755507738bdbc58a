import { LocalizedDatepickerIntl } from './localized-datepicker-intl';

describe('LocalizedDatepickerIntl', () => {
  it('should name the calendar controls in Vietnamese', () => {
    const intl = new LocalizedDatepickerIntl();
    expect(intl.openCalendarLabel).toBe('Mở lịch');
    expect(intl.nextMonthLabel).toBe('Tháng sau');
    expect(intl.switchToMultiYearViewLabel).toBe('Chọn tháng và năm');
    expect(intl.formatYearRange('2016', '2039')).toBe('2016 – 2039');
    expect(intl.formatYearRangeLabel('2016', '2039')).toBe('từ 2016 đến 2039');
  });
});
