/** Formats a date as dd/MM/yyyy (the way Vietnamese documents write it), in local time. */
export function formatDateVi(value: Date | string): string {
  const d = typeof value === 'string' ? new Date(value) : value;
  const dd = String(d.getDate()).padStart(2, '0');
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${d.getFullYear()}`;
}

/** Formats a number as vi-VN writes it: 8.198; 98,7. */
export function formatNumberVi(value: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits }).format(value);
}
