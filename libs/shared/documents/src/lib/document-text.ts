// Text helpers for official documents: the date line, numbers in words and safe text.

const VIETNAM_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The date line of Nghị định 30/2020: 'Lào Cai, ngày 05 tháng 01 năm 2024'. Days below 10 and
 * the months 1 and 2 take a leading zero; months 3–12 do not. A `Date` is read in Vietnam's time
 * zone; a string must start with 'yyyy-MM-dd'.
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

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const GROUP_UNITS = ['', 'nghìn', 'triệu'];

/**
 * An integer in Vietnamese words, as written in documents: 9 → 'chín', 15 → 'mười lăm',
 * 21 → 'hai mươi mốt', 105 → 'một trăm linh năm', 1005 → 'một nghìn không trăm linh năm'.
 * Uses 'nghìn', 'linh' and 'bốn' (not the colloquial 'ngàn', 'lẻ', 'tư').
 */
export function numberToVietnameseWords(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a safe integer: ${n}`);
  if (n === 0) return DIGITS[0];
  if (n < 0) return `âm ${numberToVietnameseWords(-n)}`;

  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);

  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    if (groups[i] === 0) continue;
    words.push(readGroup(groups[i], i < groups.length - 1));
    const unit = [GROUP_UNITS[i % 3], ...Array<string>(Math.floor(i / 3)).fill('tỷ')]
      .filter(Boolean)
      .join(' ');
    if (unit) words.push(unit);
  }
  return words.join(' ');
}

/** Reads 0–999; `full` when a higher group exists, so '005' reads 'không trăm linh năm'. */
function readGroup(value: number, full: boolean): string {
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor(value / 10) % 10;
  const units = value % 10;
  const words: string[] = [];
  if (full || hundreds > 0) words.push(DIGITS[hundreds], 'trăm');
  if (tens === 0) {
    if (units > 0) {
      if (words.length > 0) words.push('linh');
      words.push(DIGITS[units]);
    }
  } else if (tens === 1) {
    words.push('mười');
    if (units > 0) words.push(units === 5 ? 'lăm' : DIGITS[units]);
  } else {
    words.push(DIGITS[tens], 'mươi');
    if (units > 0) words.push(units === 1 ? 'mốt' : units === 5 ? 'lăm' : DIGITS[units]);
  }
  return words.join(' ');
}

// C0 controls except \n, DEL and C1 controls, U+FFFE/U+FFFF, and unpaired surrogates: all are
// invalid in XML 1.0 (DOCX) or have no glyph in the PDF font.
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

/**
 * The place name of date lines ("Lào Cai, ngày …") when a document has no place of its own:
 * the province, from `DOCUMENT_PLACE` (see docs/configuration.md).
 */
export function documentPlace(): string {
  return process.env['DOCUMENT_PLACE']?.trim() || 'Lào Cai';
}
