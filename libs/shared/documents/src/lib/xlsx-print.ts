import type { Borders, Font, Worksheet } from 'exceljs';

// A worksheet set up to print as an office expects: A4, portrait or (for a wide table) landscape,
// the margins of Nghị định 30/2020, fitted to the page's width, the table's header row repeated on
// every page, Times New Roman, the table's cells wrapped and bordered, numbers grouped.

/** Sheets whose columns add up to more characters than this print landscape. */
const PORTRAIT_WIDTH_CHARS = 95;
const FONT = 'Times New Roman';
const FONT_SIZE = 12;
const INCH_PER_MM = 1 / 25.4;
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const GRID: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** vi-VN numbers (Excel shows the separators of the reader's locale: '6.385', '98,75'). */
export const XLSX_INTEGER_FORMAT = '#,##0';
export const XLSX_DECIMAL_FORMAT = '#,##0.00';
/** Years and codes: the digits only. */
export const XLSX_PLAIN_FORMAT = '0';

/**
 * Sets `sheet` up to print. The table's header row is the frozen one (`views[0].ySplit`, else
 * row 1); the table runs from it down to the first empty row, and rows above it are titles.
 * Number cells without a format of their own get the grouped vi-VN format.
 */
export function setUpSheetForPrint(sheet: Worksheet): void {
  const view = sheet.views[0] as { ySplit?: number } | undefined;
  const headerRow = Math.max(1, view?.ySplit ?? 1);
  const columns = Math.max(1, sheet.columnCount);
  let lastRow = headerRow;
  while (lastRow < sheet.rowCount && sheet.getRow(lastRow + 1).hasValues) lastRow += 1;
  const totalWidth = Array.from(
    { length: columns },
    (_, i) => sheet.getColumn(i + 1).width ?? 10,
  ).reduce((a, b) => a + b, 0);

  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: totalWidth > PORTRAIT_WIDTH_CHARS ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: {
      left: 30 * INCH_PER_MM,
      right: 15 * INCH_PER_MM,
      top: 20 * INCH_PER_MM,
      bottom: 20 * INCH_PER_MM,
      header: 9 * INCH_PER_MM,
      footer: 9 * INCH_PER_MM,
    },
  };
  // Page numbers top centre from page 2, as in the other documents.
  sheet.headerFooter = {
    ...sheet.headerFooter,
    differentFirst: true,
    firstHeader: '',
    oddHeader: `&C&"${FONT}"&P`,
  };

  const headerAlignment = { wrapText: true, vertical: 'middle', horizontal: 'center' } as const;
  const bodyAlignment = { wrapText: true, vertical: 'top' } as const;
  // Shared style objects where a cell has none of its own: 50,000 cells stay quick to write.
  const bodyFont = { name: FONT, size: FONT_SIZE };
  const fontOf = (font: Partial<Font> | undefined) =>
    font && Object.keys(font).length > 0
      ? { ...font, name: FONT, size: font.size ?? FONT_SIZE }
      : bodyFont;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number < headerRow || number > lastRow) {
      row.eachCell((cell) => {
        cell.font = fontOf(cell.font);
      });
      return;
    }
    for (let column = 1; column <= columns; column++) {
      const cell = row.getCell(column);
      cell.font = fontOf(cell.font);
      cell.border = GRID;
      cell.alignment =
        number === headerRow
          ? headerAlignment
          : cell.alignment && Object.keys(cell.alignment).length > 0
            ? { ...cell.alignment, ...bodyAlignment }
            : bodyAlignment;
      if (typeof cell.value === 'number' && !cell.numFmt) {
        cell.numFmt = Number.isInteger(cell.value) ? XLSX_INTEGER_FORMAT : XLSX_DECIMAL_FORMAT;
      }
    }
  });
}
