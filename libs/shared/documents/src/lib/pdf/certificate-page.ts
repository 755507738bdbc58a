import type { Block } from '../official-document';
import { PT_PER_MM } from '../page-layout';
import { drawBlocks } from './blocks';
import type { TextWriter } from './text-writer';

// A certificate (Bằng khen, Giấy khen) page: a double frame, the national emblem's place at the
// top centre (left free for the printed or pasted emblem, outlined in light grey), and the text
// centred between even margins, vertically between the emblem and the bottom of the frame.

/** Distances from the page edge, in millimetres. */
const OUTER_FRAME_MM = 8;
const INNER_FRAME_MM = 11;
/** Left and right margins of the text: the same on both sides, so that it sits centred. */
const SIDE_MM = 24;
const BOTTOM_MM = 16;
const EMBLEM_DIAMETER_MM = 24;
const EMBLEM_TOP_MM = INNER_FRAME_MM + 4;
const FRAME_COLOUR = '#8b1a1a';
const EMBLEM_COLOUR = '#9e9e9e';

/** Each page of `blocks` (split at page breaks) as a certificate. */
export function drawCertificatePages(w: TextWriter, blocks: readonly Block[]): void {
  const pages: Block[][] = [[]];
  for (const block of blocks) {
    if (block.type === 'pageBreak') pages.push([]);
    else pages[pages.length - 1].push(block);
  }
  pages.forEach((page, index) => {
    if (index > 0) w.addPage();
    drawFrame(w);
    const mm = (value: number) => value * PT_PER_MM;
    const area = {
      left: mm(SIDE_MM),
      width: w.pageWidth - 2 * mm(SIDE_MM),
      top: mm(EMBLEM_TOP_MM + EMBLEM_DIAMETER_MM + 4),
      bottom: w.pageHeight - mm(BOTTOM_MM),
    };
    w.setArea(area);
    // Centred vertically when it fits; otherwise from the top, flowing on as a letter would.
    const measured = w.measure(() => drawBlocks(w, page));
    if (measured.pages === 0) w.y = area.top + Math.max(0, (area.bottom - measured.y) / 2);
    drawBlocks(w, page);
  });
}

function drawFrame(w: TextWriter): void {
  const mm = (value: number) => value * PT_PER_MM;
  const inset = (distance: number) => ({
    x: mm(distance),
    y: mm(distance),
    width: w.pageWidth - 2 * mm(distance),
    height: w.pageHeight - 2 * mm(distance),
  });
  w.rectangle(inset(OUTER_FRAME_MM), 2.5, FRAME_COLOUR);
  w.rectangle(inset(INNER_FRAME_MM), 0.75, FRAME_COLOUR);
  const radius = mm(EMBLEM_DIAMETER_MM) / 2;
  w.circle(w.pageWidth / 2, mm(EMBLEM_TOP_MM) + radius, radius, EMBLEM_COLOUR, 2);
}
