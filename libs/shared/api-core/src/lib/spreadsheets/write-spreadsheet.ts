import { XLSX_PLAIN_FORMAT, setUpSheetForPrint } from '@thidua/shared/documents';
import ExcelJS from 'exceljs';
import type { Response } from 'express';

import { sendDownload } from '../http/attachment';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A column of a written sheet: its key in the rows, its header (row 1) and its width. */
export interface SheetColumn {
  key: string;
  header: string;
  width: number;
  /** Numbers printed as their digits (years, codes) rather than grouped ('6.385'). */
  plain?: boolean;
}

/** A sheet with a bold, frozen header row of `columns`. */
export function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly SheetColumn[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    key: c.key,
    header: c.header,
    width: c.width,
    ...(c.plain ? { style: { numFmt: XLSX_PLAIN_FORMAT } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

/** The .xlsx file of a workbook, each sheet set up to print (A4, borders, header row repeated…). */
export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  workbook.eachSheet((sheet) => setUpSheetForPrint(sheet));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Sends a workbook's .xlsx file as a download named `fileName`. */
export function sendWorkbook(res: Response, buffer: Buffer, fileName: string): void {
  sendDownload(res, { buffer, contentType: XLSX_TYPE, fileName });
}
