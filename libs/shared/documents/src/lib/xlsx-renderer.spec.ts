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
    expect(values(2)).toEqual(['I. TẬP THỂ']);
    expect(sheet.getRow(2).font?.bold).toBe(true);
    expect(values(3)).toEqual([
      1,
      'Ban Tổ chức Tỉnh ủy',
      '',
      'Khối các cơ quan Đảng tỉnh',
      'Cờ thi đua của UBND tỉnh',
      27,
    ]);
    expect(values(12)).toEqual(['II. CÁ NHÂN']);
    expect(values(13)).toEqual([
      10,
      'Hoàng Thị Thủy 10',
      'Chuyên viên',
      'Ban Tổ chức Tỉnh ủy',
      'Bằng khen của UBND tỉnh',
      20,
    ]);
    expect(values(sheet.rowCount)).toEqual(['III. Hộ gia đình']);
    expect(sheet.rowCount).toBe(1 + 12 + 3);
    expect(sheet.getColumn(1).width).toBe(6);
  });
});
