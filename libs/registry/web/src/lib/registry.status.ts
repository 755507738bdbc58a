import { currentYear, yearsSince } from '@thidua/shared/util';

export { currentYear };

export type RequestStatus = 'idle' | 'loading' | 'error';

/** Years offered by the year filters and pickers: 2020 … next year, newest first. */
export function selectableYears(now = currentYear()): number[] {
  return yearsSince(2020, now);
}
