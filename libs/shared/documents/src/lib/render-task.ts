import { renderDocx } from './docx-renderer';
import type { OfficialDocument, PlacedDocument, TableBlock } from './official-document';
import { renderPdf, renderPlacedPdf } from './pdf-renderer';
import { renderXlsx } from './xlsx-renderer';

/**
 * One rendering job, as posted to a render worker thread: plain data, so that it crosses
 * `postMessage`. An `xlsx` task is a table (as in a document) and the name of its sheet.
 */
export type RenderTask =
  | { kind: 'pdf'; doc: OfficialDocument }
  | { kind: 'docx'; doc: OfficialDocument }
  | { kind: 'placedPdf'; doc: PlacedDocument }
  | { kind: 'xlsx'; table: TableBlock; sheet: string };

/**
 * Renders one task. A worker thread imports this (through `@thidua/shared/documents` only, so it
 * starts without loading the API's modules) and the API calls it in-process where no worker runs.
 */
export async function renderTask(task: RenderTask): Promise<Buffer> {
  switch (task.kind) {
    case 'pdf':
      return renderPdf(task.doc);
    case 'docx':
      return renderDocx(task.doc);
    case 'placedPdf':
      return renderPlacedPdf(task.doc);
    case 'xlsx':
      return renderXlsx(task.table, task.sheet);
  }
}
