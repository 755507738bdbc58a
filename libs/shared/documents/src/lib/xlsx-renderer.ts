import { sanitizeText } from './document-text';
import type { TableBlock } from './official-document';
import { tableBody } from './page-layout';
import { XLSX_PLAIN_FORMAT, setUpSheetForPrint } from './xlsx-print';

/**
 * A table as a workbook for further work and for printing: one sheet with the header row frozen,
 * bold and repeated on every printed page, the section rows (`groupRows`) bold across the table,
 * numbers kept as numbers in the vi-VN format (digits only in `plain` columns), set up to print
 * (see `setUpSheetForPrint`). Column widths are the table's points / 5 characters ('*' and 'auto'
 * columns 60).
 */
export async function renderXlsx(table: TableBlock, sheetName: string): Promise<Buffer> {
  // Loaded on first use: a render worker that only draws PDFs starts without it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sanitizeText(sheetName), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.columns.map((column) => ({
    header: sanitizeText(column.header),
    width: typeof column.width === 'number' ? Math.round(column.width / 5) : 60,
    ...(column.plain ? { style: { numFmt: XLSX_PLAIN_FORMAT } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of tableBody(table)) {
    if ('group' in row) {
      const added = sheet.addRow([row.group]);
      added.font = { bold: true };
      sheet.mergeCells(added.number, 1, added.number, table.columns.length);
    } else {
      sheet.addRow(row.cells.map((cell) => (typeof cell === 'number' ? cell : sanitizeText(cell))));
    }
  }
  setUpSheetForPrint(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
