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
