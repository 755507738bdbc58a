import {
  MatDateRangeInput,
  MatDateRangePicker,
  MatDatepicker,
  MatDatepickerInput,
  MatDatepickerToggle,
  MatEndDate,
  MatStartDate,
} from '@angular/material/datepicker';

/**
 * The date pickers, for a standalone component's `imports`, in place of `MatDatepickerModule`: that
 * module provides its own `MatDatepickerIntl` to every component importing it, which would hide the
 * app's Vietnamese one ("Mở lịch", not "Open calendar").
 */
export const DATEPICKER = [
  MatDatepicker,
  MatDatepickerInput,
  MatDatepickerToggle,
  MatDateRangeInput,
  MatDateRangePicker,
  MatStartDate,
  MatEndDate,
] as const;
