import { formatNumberVi } from '@thidua/shared/util';
import { measureText } from './document-fonts';
import type { OfficialDocument, Run, TableBlock, TableColumn } from './official-document';
import { sanitizeText } from './document-text';

/** Points per millimetre. */
export const PT_PER_MM = 72 / 25.4;

/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** Margins of Nghị định 30/2020 used by both renderers, in millimetres. */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

/** Distance of the page number (top centre, from page 2) from the top edge, in millimetres. */
export const PAGE_NUMBER_TOP_MM = 9;

export const BODY_FONT_SIZE = 13;
export const TABLE_FONT_SIZE = 12;
/** First-line indent of body paragraphs: 1.27 cm. */
export const FIRST_LINE_INDENT_PT = 12.7 * PT_PER_MM;
/** Spacing after a paragraph (≥ 6 pt). */
export const PARAGRAPH_SPACING_PT = 6;
/** PDF tables: horizontal and vertical cell padding and grid line width, in points. */
export const PDF_CELL_PADDING = 3;
export const PDF_CELL_PADDING_Y = 2;
export const PDF_GRID_LINE = 0.5;
/** PDF rules under the tiêu ngữ, the agency and the title, in points. */
export const PDF_RULE_LINE = 0.75;
/** Space above a signer's name, in points. */
export const SIGNATURE_GAP_PT = 64;
/** Content kept with a signature block only when it is shorter than this share of a page. */
export const KEEP_WITH_SHARE = 0.45;
/** Share of the content width taken by the agency column of the header. */
export const HEADER_LEFT_SHARE = 0.4;

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';
export const QUOC_HIEU_SIZE = 12;
export const TIEU_NGU_SIZE = 13;
export const AGENCY_SIZE = 12;
/** The smallest an agency line shrinks to so that it stays one line. */
const MIN_AGENCY_SIZE = 10;

/**
 * The size agency lines print at: {@link AGENCY_SIZE}, or smaller by half points (down to 10 pt)
 * until each line the profile gives ('\n' between them) fits `width`, so that a line is never
 * broken inside a name ("… TỈNH SƠN / LÂM").
 */
export function agencyLineSize(text: string, width: number, style: 'normal' | 'bold'): number {
  const widest = (size: number) =>
    Math.max(...text.split('\n').map((l) => measureText(l.trim(), size, style)));
  let size = AGENCY_SIZE;
  while (size > MIN_AGENCY_SIZE && widest(size) > width) size -= 0.5;
  return size;
}

/** Width between the margins, in points. */
export function contentWidth(doc: Pick<OfficialDocument, 'orientation'>): number {
  const pageWidth = doc.orientation === 'landscape' ? A4.height : A4.width;
  return pageWidth - (MARGINS_MM.left + MARGINS_MM.right) * PT_PER_MM;
}

/** Upper case in the Vietnamese locale, after sanitising. */
export function upper(text: string): string {
  return sanitizeText(text).toLocaleUpperCase('vi-VN');
}

/** Length of a short rule under a line of text: 40 % of the longest line (Nghị định: 1/3–1/2). */
export function shortRuleWidth(
  text: string,
  size: number,
  maxWidth: number,
  style: 'normal' | 'bold' = 'bold',
): number {
  const longest = Math.min(maxWidth, widestLine(text, size, maxWidth, style));
  return Math.max(24, Math.round(longest * 0.4));
}

/** Width of the widest line `text` takes when wrapped at `maxWidth` (a greedy estimate). */
function widestLine(
  text: string,
  size: number,
  maxWidth: number,
  style: 'normal' | 'bold',
): number {
  let widest = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    const space = measureText(' ', size, style);
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const width = measureText(word, size, style);
      if (line > 0 && line + space + width > maxWidth) {
        widest = Math.max(widest, line);
        line = width;
      } else {
        line += (line > 0 ? space : 0) + width;
      }
    }
    widest = Math.max(widest, line);
  }
  return widest;
}

/**
 * Outer column widths in points (cell padding included) that fill `total`: numbers are kept,
 * 'auto' fits the widest of the header and the first 300 rows, '*' shares what is left.
 */
export function tableColumnWidths(table: TableBlock, total: number, padding: number): number[] {
  const size = table.fontSize ?? TABLE_FONT_SIZE;
  const widths = table.columns.map((column, index) => {
    if (typeof column.width === 'number') return column.width + 2 * padding;
    if (column.width !== 'auto') return undefined;
    let widest = widestLine(sanitizeText(column.header), size, total / 2, 'bold');
    for (const row of table.rows.slice(0, 300)) {
      widest = Math.max(
        widest,
        widestLine(cellText(column, row[index]), size, total / 2, 'normal'),
      );
    }
    return Math.ceil(widest) + 2 * padding + 1;
  });
  const fixed = widths.reduce<number>((sum, width) => sum + (width ?? 0), 0);
  const stars = widths.filter((width) => width === undefined).length;
  if (stars === 0) {
    // Scale down when the fixed widths overflow the page.
    const scale = fixed > total ? total / fixed : 1;
    return widths.map((width) => (width ?? 0) * scale);
  }
  const share = Math.max(2 * padding + 12, (total - fixed) / stars);
  const result = widths.map((width) => width ?? share);
  const sum = result.reduce((a, b) => a + b, 0);
  return sum > total ? result.map((width) => (width * total) / sum) : result;
}

/** Decimals a number in a table shows at most (vi-VN: '98,75'). */
export const TABLE_FRACTION_DIGITS = 2;

/** A cell's text: a number as vi-VN writes it (digits only in a `plain` column), text sanitised. */
export function cellText(
  column: TableColumn | undefined,
  value: string | number | undefined,
): string {
  if (typeof value === 'number') {
    return column?.plain ? String(value) : formatNumberVi(value, TABLE_FRACTION_DIGITS);
  }
  return sanitizeText(value);
}

/** A table's body in order: a section row (its text sanitised) or a data row. */
export type TableBodyRow = { group: string } | { cells: ReadonlyArray<string | number> };

/** The rows of `table` with each section row before the row it names, those past the end last. */
export function tableBody(table: TableBlock): TableBodyRow[] {
  const groups = new Map<number, string[]>();
  for (const group of table.groupRows ?? []) {
    groups.set(group.beforeRow, [...(groups.get(group.beforeRow) ?? []), sanitizeText(group.text)]);
  }
  const body: TableBodyRow[] = [];
  table.rows.forEach((cells, index) => {
    for (const group of groups.get(index) ?? []) body.push({ group });
    body.push({ cells });
  });
  for (const [index, texts] of groups) {
    if (index >= table.rows.length) for (const group of texts) body.push({ group });
  }
  return body;
}

/** 'Nơi nhận' entries: '- item;' each, and '- Lưu: VT.' last unless an item starts with 'Lưu'. */
export function recipientLines(items: readonly string[]): string[] {
  const cleaned = items.map((item) =>
    sanitizeText(item)
      .trim()
      .replace(/^[-–•]\s*/, ''),
  );
  const archive = cleaned.filter((item) => /^lưu\b/i.test(item));
  const others = cleaned.filter((item) => item && !/^lưu\b/i.test(item));
  const last = archive.length > 0 ? archive : ['Lưu: VT'];
  return [
    ...others.map((item) => `- ${item.replace(/[;.,]+$/, '')};`),
    ...last.map((item) => `- ${item.replace(/[;.,]+$/, '')}.`),
  ];
}

/** Paragraph text as sanitised runs. */
export function toRuns(text: string | readonly Run[]): Run[] {
  const runs = typeof text === 'string' ? [{ text }] : text;
  return runs.map((run) => ({ ...run, text: sanitizeText(run.text) }));
}

/** A rough height in points of a paragraph of `text` wrapped at `width` (single spacing). */
export function estimateTextHeight(text: string, size: number, width: number): number {
  const lines = text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(measureText(line, size) / width)), 0);
  return lines * size * 1.2;
}
