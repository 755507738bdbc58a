export type RequestStatus = 'idle' | 'loading' | 'error';

/** The year the calendar says it is. */
export function currentYear(): number {
  return new Date().getFullYear();
}

/** Years offered by the year filters: 2020 … next year, newest first. */
export function selectableYears(now = currentYear()): number[] {
  const years: number[] = [];
  for (let year = now + 1; year >= 2020; year--) years.push(year);
  return years;
}
