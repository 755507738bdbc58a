/** Formats a date as dd/MM/yyyy (the way Vietnamese documents write it), in local time. */
export function formatDateVi(value: Date | string): string {
  const d = typeof value === 'string' ? new Date(value) : value;
  const dd = String(d.getDate()).padStart(2, '0');
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${d.getFullYear()}`;
}

const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();

/**
 * Formats a number as vi-VN writes it: 8.198; 98,7 (thousands with '.', decimals with ','), with
 * at most `maximumFractionDigits` and at least `minimumFractionDigits` decimals. The one number
 * format of the app's pages and of every document it prints (PDF, DOCX, XLSX text).
 */
export function formatNumberVi(
  value: number,
  maximumFractionDigits = 1,
  minimumFractionDigits = 0,
): string {
  const key = `${maximumFractionDigits}:${minimumFractionDigits}`;
  let format = NUMBER_FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits, minimumFractionDigits });
    NUMBER_FORMATS.set(key, format);
  }
  return format.format(value);
}

/**
 * A percentage as documents write it, '66,67 %', with `fractionDigits` decimals and a no-break
 * space before the sign, so that a line never starts with '%' (or '%)').
 */
export function formatPercentVi(value: number, fractionDigits = 2): string {
  return `${formatNumberVi(value, fractionDigits, fractionDigits)}\u00a0%`;
}
