import { Readable } from 'node:stream';

import { foldVietnamese, normalizeText } from '@thidua/shared/util';
import ExcelJS from 'exceljs';

import { sniffFile } from '../attachments/file-sniffer';
import { ApiException } from '../errors/api.exception';
import { registerMessages } from '../errors/messages';

export const MAX_SPREADSHEET_BYTES = 5 * 1024 * 1024;
export const MAX_SPREADSHEET_ROWS = 5000;

registerMessages({
  'import.unsupportedFile': {
    vi: 'Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv) không quá 5 MB.',
    en: 'Only Excel (.xlsx) or CSV (.csv) files up to 5 MB are accepted.',
  },
  'import.unreadableFile': {
    vi: 'Không đọc được tệp hoặc thiếu dòng tiêu đề. Hãy dùng tệp mẫu, lưu dưới dạng .xlsx hoặc .csv (UTF-8).',
    en: 'The file could not be read or has no header row. Use the template, saved as .xlsx or .csv (UTF-8).',
  },
  'import.invalidRows': {
    vi: 'Có {invalid} dòng lỗi trên {total} dòng: chưa nhập dòng nào.',
    en: '{invalid} of {total} rows have errors: nothing was imported.',
  },
  'import.tooManyRows': { vi: 'Tệp có quá {max} dòng.', en: 'The file has more than {max} rows.' },
  'import.empty': { vi: 'Tệp không có dòng dữ liệu nào.', en: 'The file has no data rows.' },
});

export interface SpreadsheetFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/** One data row: its spreadsheet row number (the header is row 1) and its trimmed NFC values. */
export type SpreadsheetRow<F extends string> = { row: number } & Partial<Record<F, string>>;

/**
 * Reads the first sheet of an .xlsx, or a UTF-8 .csv (comma or semicolon), into rows keyed by
 * field. `headers` maps folded header names ("ma don vi") to fields; `required` names the headers
 * without which the file is refused. Every value is kept as text.
 */
export async function readSpreadsheet<F extends string>(
  file: SpreadsheetFile,
  headers: Record<string, F>,
  required: F[],
  upperCase: F[] = [],
): Promise<Array<SpreadsheetRow<F>>> {
  const name = file.originalname.toLowerCase();
  // The zip's entries and unpacked size are checked before any parsing, so a zip bomb is refused
  // without being inflated.
  const isXlsx = name.endsWith('.xlsx') && (await sniffFile(name, file.buffer)) === 'xlsx';
  const isCsv = name.endsWith('.csv') && !file.buffer.includes(0);
  if (file.size > MAX_SPREADSHEET_BYTES || (!isXlsx && !isCsv))
    throw new ApiException(415, 'import.unsupportedFile');
  let matrix: string[][];
  try {
    matrix = isXlsx ? await readXlsx(file.buffer) : await readCsv(file.buffer);
  } catch {
    throw new ApiException(422, 'import.unreadableFile');
  }
  const [header, ...body] = matrix;
  const fields = (header ?? []).map((h) => headers[foldVietnamese(h ?? '')]);
  if (!required.every((f) => fields.includes(f)))
    throw new ApiException(422, 'import.unreadableFile');
  const rows: Array<SpreadsheetRow<F>> = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => !c)) return;
    const row = { row: i + 2 } as SpreadsheetRow<F>;
    fields.forEach((field, col) => {
      const value = cells[col] ? normalizeText(cells[col]) : '';
      if (field && value)
        (row as Record<string, unknown>)[field] = upperCase.includes(field)
          ? value.toUpperCase()
          : value;
    });
    rows.push(row);
  });
  if (!rows.length) throw new ApiException(422, 'import.empty');
  if (rows.length > MAX_SPREADSHEET_ROWS)
    throw new ApiException(422, 'import.tooManyRows', { max: MAX_SPREADSHEET_ROWS });
  return rows;
}

async function readXlsx(buffer: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  return sheet ? sheetToMatrix(sheet) : [];
}

function sheetToMatrix(sheet: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    if (number > MAX_SPREADSHEET_ROWS + 1) return;
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cell.text ?? '';
    });
    out[number - 1] = cells;
  });
  return Array.from(out, (r) => r ?? []);
}

/** A UTF-8 CSV (comma or semicolon, as the header uses) read by exceljs, every value kept as text. */
async function readCsv(buffer: Buffer): Promise<string[][]> {
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const workbook = new ExcelJS.Workbook();
  const sheet = await workbook.csv.read(Readable.from([text]), {
    map: (value: unknown) => value,
    parserOptions: { delimiter },
  });
  return sheetToMatrix(sheet);
}
