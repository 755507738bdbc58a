import {
  PARAGRAPH_SPACING_PT,
  PDF_CELL_PADDING,
  PDF_CELL_PADDING_Y,
  PDF_GRID_LINE,
  TABLE_FONT_SIZE,
  cellText,
  tableBody,
  tableColumnWidths,
} from '../page-layout';
import type { TableBlock } from '../official-document';
import { type TextWriter, type TextBox, plain } from './text-writer';

const CELL_PADDING = PDF_CELL_PADDING;
const CELL_PADDING_Y = PDF_CELL_PADDING_Y;
const GRID_LINE = PDF_GRID_LINE;

interface TableRow {
  cells: TextBox[];
  /** A full-width bold row (a section or an award inside the list). */
  group: boolean;
  height: number;
}

/**
 * The grid table: the header row on every page, rows never split across pages (unless a row
 * is taller than a page), section rows kept with the row after them, and the last row kept
 * with `keepLast` points of what follows (the total and the signatures).
 */
export function drawTable(w: TextWriter, block: TableBlock, keepLast: number): void {
  const size = block.fontSize ?? TABLE_FONT_SIZE;
  const count = block.columns.length;
  const outer = tableColumnWidths(block, w.width - GRID_LINE, CELL_PADDING);
  const inner = outer.map((width) => Math.max(1, width - 2 * CELL_PADDING - GRID_LINE));
  const xs: number[] = [w.left];
  inner.forEach((width, i) => xs.push(xs[i] + width + 2 * CELL_PADDING + GRID_LINE));
  const right = xs[count];
  const spanWidth = right - w.left - 2 * CELL_PADDING - GRID_LINE;
  const rowHeight = (cells: TextBox[]) =>
    GRID_LINE + CELL_PADDING_Y * 2 + Math.max(...cells.map((cell) => cell.height));
  const makeRow = (texts: ReadonlyArray<string | number>): TableRow => {
    const cells = block.columns.map((column, c) =>
      w.wrap([{ text: cellText(column, texts[c]) }], size, inner[c], column.align ?? 'left'),
    );
    return { cells, group: false, height: rowHeight(cells) };
  };
  const groupRow = (text: string): TableRow => {
    const cells = [w.wrap(plain(text), size, spanWidth, 'left', { bold: true })];
    return { cells, group: true, height: rowHeight(cells) };
  };
  const headerCells = block.columns.map((column, c) =>
    w.wrap(plain(column.header), size, inner[c], 'center', { bold: true }),
  );
  const header: TableRow = { cells: headerCells, group: false, height: rowHeight(headerCells) };
  const repeat = block.headerRepeat !== false;

  const rows = tableBody(block).map((row) =>
    'group' in row ? groupRow(row.group) : makeRow(row.cells),
  );

  // Vertical lines run from `runTop` down to the cursor, broken by the full-width rows.
  let tableTop = w.y;
  let runTop = w.y;
  const closeRun = (inside: boolean) => {
    if (w.y > runTop && inside) {
      for (let c = 1; c < count; c++) w.stroke(xs[c], runTop, xs[c], w.y);
    }
    runTop = w.y;
  };
  const closeSegment = () => {
    w.stroke(w.left, tableTop, w.left, w.y);
    w.stroke(right, tableTop, right, w.y);
  };
  const drawRow = (row: TableRow, from = 0, to?: number) => {
    const top = w.y;
    if (row.group) {
      closeRun(true);
      w.draw(
        row.cells[0],
        w.left + CELL_PADDING + GRID_LINE,
        top + GRID_LINE + CELL_PADDING_Y,
        spanWidth,
        from,
        to,
      );
    } else {
      row.cells.forEach((cell, c) =>
        w.draw(
          cell,
          xs[c] + CELL_PADDING + GRID_LINE,
          top + GRID_LINE + CELL_PADDING_Y,
          inner[c],
          from,
          to === undefined ? cell.lines.length : Math.min(to, cell.lines.length),
        ),
      );
    }
    const lines = to === undefined ? undefined : to - from;
    const height =
      lines === undefined
        ? row.height
        : GRID_LINE + CELL_PADDING_Y * 2 + lines * Math.max(...row.cells.map((c) => c.lineHeight));
    w.stroke(w.left, top, right, top);
    w.y += height;
    if (row.group) runTop = w.y;
  };
  const newPage = () => {
    closeRun(true);
    w.stroke(w.left, w.y, right, w.y);
    closeSegment();
    w.addPage();
    tableTop = w.y;
    runTop = w.y;
    if (repeat) drawRow(header);
  };

  // Rows that start a page (recorded afresh on each pass: a measuring pass comes before drawing).
  const breaks: number[] = [];
  w.tableBreaks?.set(block, breaks);
  let current = -1;
  const pageBefore = () => {
    newPage();
    if (current >= 0 && breaks.at(-1) !== current) breaks.push(current);
  };

  // The header with the first rows (a section row and its first row) or none of them.
  if (w.ensure(header.height + rows.slice(0, 2).reduce((sum, row) => sum + row.height, 0)))
    breaks.push(0);
  tableTop = w.y;
  runTop = w.y;
  drawRow(header);
  rows.forEach((row, index) => {
    current = index;
    // Section rows go with the row after them, the last row with what follows the table.
    let end = index;
    while (rows[end].group && end + 1 < rows.length) end += 1;
    let needed = 0;
    for (let r = index; r <= end; r++) needed += rows[r].height;
    if (end === rows.length - 1 && keepLast > 0) {
      needed += GRID_LINE + PARAGRAPH_SPACING_PT + keepLast;
    }
    const fresh = w.bodyHeight - (repeat ? header.height : 0);
    if (needed > w.remaining && needed <= fresh) pageBefore();
    else if (row.height > w.remaining && row.height <= fresh) pageBefore();
    if (row.height <= w.remaining) {
      drawRow(row);
      return;
    }
    // Taller than what is left of a page: split it by lines.
    const lineHeight = Math.max(...row.cells.map((c) => c.lineHeight));
    const total = Math.max(...row.cells.map((c) => c.lines.length));
    let from = 0;
    while (from < total) {
      const fits = Math.floor((w.remaining - GRID_LINE - 2 * CELL_PADDING_Y) / lineHeight);
      if (fits < 1) {
        if (from === 0) pageBefore();
        else newPage();
        continue;
      }
      const to = Math.min(total, from + fits);
      drawRow(row, from, to);
      from = to;
      if (from < total) newPage();
    }
  });
  closeRun(true);
  w.stroke(w.left, w.y, right, w.y);
  closeSegment();
  w.y += GRID_LINE + PARAGRAPH_SPACING_PT;
}
