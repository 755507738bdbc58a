import { sanitizeText } from './document-text';
import type { TableBlock } from './official-document';

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
  const groups = new Map<number, string[]>();
  for (const group of table.groupRows ?? []) {
    groups.set(group.beforeRow, [...(groups.get(group.beforeRow) ?? []), sanitizeText(group.text)]);
  }
  const groupRow = (text: string) => {
    sheet.addRow([text]).font = { bold: true };
  };
  table.rows.forEach((row, index) => {
    for (const text of groups.get(index) ?? []) groupRow(text);
    sheet.addRow(row.map((cell) => (typeof cell === 'number' ? cell : sanitizeText(cell))));
  });
  for (const [index, texts] of groups) {
    if (index >= table.rows.length) texts.forEach(groupRow);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
