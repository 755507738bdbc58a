import type { Block, OfficialDocument } from './official-document';
import { drawBlocks, drawHeader, drawTitle } from './pdf-list/list-blocks';
import { ListWriter } from './pdf-list/list-writer';

/**
 * Long lists (danh sách of thousands of rows) are drawn with pdfkit directly: pdfmake lays every
 * word of every cell out as its own node and draws it with its own text operator, which takes
 * seconds for a few thousand rows. This renderer wraps whole lines itself (word widths cached),
 * draws a line with one text operator and the grid with one path per page, and keeps the look of
 * `renderPdf`'s pdfmake output: the same margins, sizes, header, rules, grid and page numbers.
 */

/** Tables with more rows than this take the pdfkit path (see `isLongListDocument`). */
export const LONG_LIST_ROWS = 150;
const LIST_BLOCKS = new Set<Block['type']>([
  'table',
  'paragraph',
  'heading',
  'list',
  'closing',
  'signatures',
  'recipients',
  'pageBreak',
]);

/** Whether `renderPdf` draws `doc` with pdfkit: a long table and only blocks this renderer knows. */
export function isLongListDocument(doc: OfficialDocument): boolean {
  return (
    doc.blocks.some((block) => block.type === 'table' && block.rows.length > LONG_LIST_ROWS) &&
    doc.blocks.every((block) => LIST_BLOCKS.has(block.type))
  );
}

/** Renders a long list (see `isLongListDocument`) with pdfkit, in the look of `renderPdf`. */
export async function renderListPdf(doc: OfficialDocument): Promise<Buffer> {
  const writer = new ListWriter(doc);
  drawHeader(writer, doc);
  drawTitle(writer, doc);
  drawBlocks(writer, doc.blocks);
  return writer.finish();
}
