/** The year the calendar says it is. */
export function currentYear(): number {
  return new Date().getFullYear();
}

/** Years offered by year filters and pickers: `first` … next year, newest first. */
export function yearsSince(first: number, now = currentYear()): number[] {
  const years: number[] = [];
  for (let year = now + 1; year >= first; year--) years.push(year);
  return years;
}

/** A `?year=` or `:year` value as a year (2000–2100), or null when missing or nonsense. */
export function yearOrNull(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const year = Number(value);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null;
}

/** The first year a form accepts: the year the emulation movement began (1945). */
export const FIRST_YEAR = 1945;

/** The last year a form accepts: five years ahead, for plans and pledges made early. */
export function lastYear(now = currentYear()): number {
  return now + 5;
}

/** Whether `year` is a whole year a form may take: `FIRST_YEAR` … `lastYear()`. */
export function isSensibleYear(year: number, now = currentYear()): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= lastYear(now);
}
