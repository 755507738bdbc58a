import { currentYear, yearOrNull, yearsSince } from '@thidua/shared/util';

export { currentYear };

export type RequestStatus = 'idle' | 'loading' | 'error';

/** Years offered by the year filters and pickers: 2020 … next year, newest first. */
export function selectableYears(now = currentYear()): number[] {
  return yearsSince(2020, now);
}

/** A route's `:year` as a year, or null when it is nonsense. */
export function parseYearParam(value: string | number | null | undefined): number | null {
  return yearOrNull(value);
}
