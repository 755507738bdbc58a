import ExcelJS from 'exceljs';
import type { Response } from 'express';

import { sendDownload } from '../http/attachment';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A column of a written sheet: its key in the rows, its header (row 1) and its width. */
export interface SheetColumn {
  key: string;
  header: string;
  width: number;
}

/** A sheet with a bold, frozen header row of `columns`. */
export function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly SheetColumn[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ key: c.key, header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

/** The .xlsx file of a workbook. */
export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Sends a workbook's .xlsx file as a download named `fileName`. */
export function sendWorkbook(res: Response, buffer: Buffer, fileName: string): void {
  sendDownload(res, { buffer, contentType: XLSX_TYPE, fileName });
}
