import { EnvironmentProviders, Injectable, makeEnvironmentProviders } from '@angular/core';
import {
  DateAdapter,
  MAT_DATE_FORMATS,
  MatDateFormats,
  NativeDateAdapter,
} from '@angular/material/core';

const DATE_INPUT = 'dd/MM/yyyy';

/**
 * Native dates typed and shown as dd/MM/yyyy in every language (the way Vietnamese documents write
 * them); the calendar's month and day names still follow the build's locale.
 */
@Injectable()
export class DayMonthYearDateAdapter extends NativeDateAdapter {
  override parse(value: unknown, parseFormat?: unknown): Date | null {
    if (typeof value === 'string') {
      const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(value);
      if (match) {
        const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
        const date = new Date(year, month - 1, day);
        return date.getFullYear() === year &&
          date.getMonth() === month - 1 &&
          date.getDate() === day
          ? date
          : this.invalid();
      }
      return value.trim() ? this.invalid() : null;
    }
    return super.parse(value, parseFormat);
  }

  override format(date: Date, displayFormat: object | string): string {
    if (displayFormat === DATE_INPUT) {
      if (!this.isValid(date)) throw Error('DayMonthYearDateAdapter: Cannot format invalid date.');
      return formatDayMonthYear(date);
    }
    return super.format(date, displayFormat as object);
  }
}

/** 2025-03-04 → "04/03/2025". */
export function formatDayMonthYear(date: Date): string {
  const dd = String(date.getDate()).padStart(2, '0');
  const mm = String(date.getMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getFullYear()}`;
}

/** A local date as the API's `yyyy-MM-dd`. */
export function toIsoDate(date: Date): string {
  const dd = String(date.getDate()).padStart(2, '0');
  const mm = String(date.getMonth() + 1).padStart(2, '0');
  return `${date.getFullYear()}-${mm}-${dd}`;
}

/** The API's `yyyy-MM-dd` as a local date (no time-zone shift); null when it is not one. */
export function fromIsoDate(value: string | null | undefined): Date | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

export const DAY_MONTH_YEAR_DATE_FORMATS: MatDateFormats = {
  parse: { dateInput: DATE_INPUT },
  display: {
    dateInput: DATE_INPUT,
    monthLabel: { month: 'short' },
    monthYearLabel: { year: 'numeric', month: 'short' },
    dateA11yLabel: { year: 'numeric', month: 'long', day: 'numeric' },
    monthYearA11yLabel: { year: 'numeric', month: 'long' },
  },
};

export function provideDayMonthYearDateAdapter(): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: DateAdapter, useClass: DayMonthYearDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: DAY_MONTH_YEAR_DATE_FORMATS },
  ]);
}
