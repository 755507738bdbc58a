import { numberToVietnameseWords } from '@thidua/shared/util';

export { numberToVietnameseWords };
// Text helpers for official documents: the date line, numbers in words and safe text.

const VIETNAM_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The date line of Nghị định 30/2020: '<place>, ngày 05 tháng 01 năm 2024', the place being the
 * organisation profile's. Days below 10 and the months 1 and 2 take a leading zero; months 3–12 do
 * not. A `Date` is read in Vietnam's time zone; a string must start with 'yyyy-MM-dd'.
 */
export function formatDocumentDate(place: string, date: Date | string): string {
  const { year, month, day } = toDateParts(date);
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  const prefix = sanitizeText(place).trim();
  return `${prefix ? `${prefix}, ` : ''}ngày ${dd} tháng ${mm} năm ${year}`;
}

function toDateParts(date: Date | string): { year: number; month: number; day: number } {
  let text: string;
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new RangeError('Invalid document date');
    text = VIETNAM_DATE.format(date);
  } else {
    text = date;
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) throw new RangeError(`Document date must be yyyy-MM-dd, got '${text}'`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) {
    throw new RangeError(`Invalid document date '${text}'`);
  }
  return { year, month, day };
}

const UNSAFE_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Makes stored text safe for a PDF or DOCX: NFC-normalises it, turns CR LF / CR into LF and tabs
 * into spaces, and drops the other control characters and unpaired surrogates. Line feeds stay
 * (they become line breaks).
 */
export function sanitizeText(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(UNSAFE_CHARACTERS, '')
    .normalize('NFC');
}
