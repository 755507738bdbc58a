import { Injectable } from '@angular/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';

/** The calendars' labels in the build's language (the toggle said "Open calendar"). */
@Injectable()
export class LocalizedDatepickerIntl extends MatDatepickerIntl {
  override calendarLabel = $localize`:@@datepickerCalendar:Lịch`;
  override openCalendarLabel = $localize`:@@datepickerOpen:Mở lịch`;
  override closeCalendarLabel = $localize`:@@datepickerClose:Đóng lịch`;
  override prevMonthLabel = $localize`:@@datepickerPrevMonth:Tháng trước`;
  override nextMonthLabel = $localize`:@@datepickerNextMonth:Tháng sau`;
  override prevYearLabel = $localize`:@@datepickerPrevYear:Năm trước`;
  override nextYearLabel = $localize`:@@datepickerNextYear:Năm sau`;
  override prevMultiYearLabel = $localize`:@@datepickerPrevYears:24 năm trước`;
  override nextMultiYearLabel = $localize`:@@datepickerNextYears:24 năm sau`;
  override switchToMonthViewLabel = $localize`:@@datepickerChooseDate:Chọn ngày`;
  override switchToMultiYearViewLabel = $localize`:@@datepickerChooseMonthYear:Chọn tháng và năm`;
  override startDateLabel = $localize`:@@datepickerStart:Ngày bắt đầu`;
  override endDateLabel = $localize`:@@datepickerEnd:Ngày kết thúc`;
  override comparisonDateLabel = $localize`:@@datepickerComparison:Khoảng so sánh`;

  override formatYearRange(start: string, end: string): string {
    return `${start} – ${end}`;
  }

  override formatYearRangeLabel(start: string, end: string): string {
    return $localize`:@@datepickerYearRange:từ ${start}:start: đến ${end}:end:`;
  }
}
