import ExcelJS from 'exceljs';
import { sampleList } from '../testing/sample-documents';
import type { TableBlock } from './official-document';
import { renderXlsx } from './xlsx-renderer';

describe('renderXlsx', () => {
  it('should write a table with its header, section rows and numbers', async () => {
    const table = sampleList(12).blocks.find((block) => block.type === 'table') as TableBlock;
    table.groupRows?.push({ beforeRow: 12, text: 'III. Hộ gia đình' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(table, 'Danh sách')) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Danh sách');
    if (!sheet) throw new Error('no sheet');
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);

    expect(sheet.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: 1 }));
    expect(values(1)).toEqual(table.columns.map((column) => column.header));
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(values(2)[0]).toBe('I. TẬP THỂ');
    expect(sheet.getCell('F2').isMerged).toBe(true);
    expect(sheet.getRow(2).font?.bold).toBe(true);
    expect(values(3)).toEqual([
      1,
      'Ban Tổ chức Tỉnh ủy',
      '',
      'Khối các cơ quan Đảng tỉnh',
      'Cờ thi đua của UBND tỉnh',
      27,
    ]);
    expect(values(12)[0]).toBe('II. CÁ NHÂN');
    expect(values(13)).toEqual([
      10,
      'Hoàng Thị Thủy 10',
      'Chuyên viên',
      'Ban Tổ chức Tỉnh ủy',
      'Bằng khen của UBND tỉnh',
      20,
    ]);
    expect(values(sheet.rowCount)[0]).toBe('III. Hộ gia đình');
    expect(sheet.rowCount).toBe(1 + 12 + 3);
    expect(sheet.getColumn(1).width).toBe(6);
  });

  it('should set the sheet up to print: A4, landscape when wide, margins, header row on each page', async () => {
    const table = sampleList(40).blocks.find((block) => block.type === 'table') as TableBlock;
    table.columns[5] = { ...table.columns[5], header: 'Năm', plain: true };
    table.rows[0][2] = 6385.5;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(table, 'Danh sách')) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];

    expect(sheet.pageSetup).toEqual(
      expect.objectContaining({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
      }),
    );
    expect(sheet.pageSetup.margins?.left).toBeCloseTo(30 / 25.4, 2);
    expect(sheet.pageSetup.margins?.right).toBeCloseTo(15 / 25.4, 2);
    expect(sheet.headerFooter.oddHeader).toContain('&P');
    expect(sheet.headerFooter.differentFirst).toBe(true);
    // Every cell of the table in Times New Roman, wrapped and bordered; the header bold.
    for (const row of [1, 2, 3, sheet.rowCount]) {
      for (let column = 1; column <= table.columns.length; column++) {
        const cell = sheet.getCell(row, column);
        expect(cell.font?.name).toBe('Times New Roman');
        expect(cell.alignment?.wrapText).toBe(true);
        expect(cell.border?.left?.style).toBe('thin');
        expect(cell.border?.bottom?.style).toBe('thin');
      }
    }
    expect(sheet.getCell('B1').font?.bold).toBe(true);
    // Numbers stay numbers, grouped the vi-VN way; a plain column keeps its digits.
    expect(sheet.getCell('A3').value).toBe(1);
    expect(sheet.getCell('A3').numFmt).toBe('#,##0');
    expect(sheet.getCell('C3').value).toBe(6385.5);
    expect(sheet.getCell('C3').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('F3').value).toBe(27);
    expect(sheet.getCell('F3').numFmt).toBe('0');
  });

  it('should print a narrow table portrait', async () => {
    const table: TableBlock = {
      type: 'table',
      columns: [
        { header: 'STT', width: 30 },
        { header: 'Đơn vị', width: 200 },
      ],
      rows: [[1, 'Văn phòng Tỉnh ủy']],
    };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(table, 'Đơn vị')) as unknown as ExcelJS.Buffer);

    expect(workbook.worksheets[0].pageSetup.orientation).toBe('portrait');
  });
});
