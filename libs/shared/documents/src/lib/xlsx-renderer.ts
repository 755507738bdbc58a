import { sanitizeText } from './document-text';
import type { TableBlock } from './official-document';
import { tableBody } from './page-layout';

/**
 * A table as a workbook for further work: one sheet with the header row frozen and bold, the
 * section rows (`groupRows`) bold in the first column, numbers kept as numbers. Column widths
 * are the table's points / 5 characters ('*' and 'auto' columns 60).
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
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of tableBody(table)) {
    if ('group' in row) {
      sheet.addRow([row.group]).font = { bold: true };
    } else {
      sheet.addRow(row.cells.map((cell) => (typeof cell === 'number' ? cell : sanitizeText(cell))));
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
