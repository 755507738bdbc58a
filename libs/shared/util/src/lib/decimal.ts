/**
 * Decimal numbers as people type them: the Vietnamese decimal comma ("66,67") or a point
 * ("66.67"), never both and never digit grouping, so "6.667" is six point six six seven, not six
 * thousand. Used by the shared decimal input (`tdDecimal`) for percentages, scores and points.
 */
const DECIMAL = /^-?(\d+([.,]\d*)?|[.,]\d+)$/;

/** The number typed in `text`: null when empty, NaN when it is not a number. */
export function parseDecimal(text: string | null | undefined): number | null {
  const trimmed = (text ?? '').replace(/\s/g, '');
  if (!trimmed) return null;
  return DECIMAL.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}

/** `value` written for a field in `locale`: a comma for Vietnamese, a point otherwise, no grouping. */
export function formatDecimal(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const text = String(value);
  return locale.startsWith('vi') ? text.replace('.', ',') : text;
}
