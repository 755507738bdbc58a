export type RequestStatus = 'idle' | 'loading' | 'error';

/** The year the calendar says it is. */
export function currentYear(): number {
  return new Date().getFullYear();
}

/** Years offered by the year filters and pickers: 2015 … next year, newest first. */
export function selectableYears(now = currentYear()): number[] {
  const years: number[] = [];
  for (let year = now + 1; year >= 2015; year--) years.push(year);
  return years;
}
