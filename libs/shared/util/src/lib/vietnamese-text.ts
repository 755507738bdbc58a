/**
 * Folds Vietnamese text for diacritic- and case-insensitive matching: "Sở Nội vụ" → "so noi vu",
 * "Đảng ủy" → "dang uy". The database does the same with `unaccent` (see the
 * `EnableVietnameseSearch` migration); this is the same rule for code that runs outside it.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Normalises user input to NFC, so that NFC and NFD spellings of one name are the same name. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compares two strings in Vietnamese alphabetical order ("Ân" before "Bảo", "Đ" after "D"). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
