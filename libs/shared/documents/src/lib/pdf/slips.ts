import type { Block } from '../official-document';
import { A4, MARGINS_MM, PT_PER_MM } from '../page-layout';
import { drawBlocks } from './blocks';
import type { TextWriter } from './text-writer';

// Small papers printed several to an A4 sheet (ballot papers): the sheet is cut into equal slots
// along dashed lines, each slot holding one paper inside its own margins.

/** How a sheet is cut: `rows` × `columns` slots on an A4 sheet of `orientation`. */
export interface SlipLayout {
  orientation: 'portrait' | 'landscape';
  rows: number;
  columns: number;
}

/** Margin of a paper inside its slot, in millimetres. */
const SLIP_MARGIN_MM = 10;
/** Most papers to a sheet first: four, three or two A4 strips, then two A5 halves side by side. */
const LAYOUTS: readonly SlipLayout[] = [
  { orientation: 'portrait', rows: 4, columns: 1 },
  { orientation: 'portrait', rows: 3, columns: 1 },
  { orientation: 'portrait', rows: 2, columns: 1 },
  { orientation: 'landscape', rows: 1, columns: 2 },
];
/** A paper longer than half a sheet: one to a sheet, within the usual margins. */
const ONE_TO_A_SHEET: SlipLayout = { orientation: 'portrait', rows: 1, columns: 1 };

function slotSize(layout: SlipLayout): { width: number; height: number } {
  const [pageWidth, pageHeight] =
    layout.orientation === 'portrait' ? [A4.width, A4.height] : [A4.height, A4.width];
  return { width: pageWidth / layout.columns, height: pageHeight / layout.rows };
}

function slotArea(layout: SlipLayout, slot: number) {
  const { width, height } = slotSize(layout);
  const margin = SLIP_MARGIN_MM * PT_PER_MM;
  const [row, column] = [Math.floor(slot / layout.columns), slot % layout.columns];
  return {
    left: column * width + margin,
    width: width - 2 * margin,
    top: row * height + margin,
    bottom: (row + 1) * height - margin,
  };
}

/** The layout with the most papers to a sheet that still holds the whole paper (measured). */
export function slipLayout(w: TextWriter, blocks: readonly Block[]): SlipLayout {
  for (const layout of LAYOUTS) {
    const area = slotArea(layout, 0);
    w.setArea(area);
    const measured = w.measure(() => drawBlocks(w, blocks));
    if (measured.pages === 0 && measured.y <= area.bottom) return layout;
  }
  return ONE_TO_A_SHEET;
}

/** `copies` papers of `blocks`, `layout.rows × layout.columns` to a sheet, cut lines between. */
export function drawSlips(
  w: TextWriter,
  blocks: readonly Block[],
  copies: number,
  layout: SlipLayout,
): void {
  const perSheet = layout.rows * layout.columns;
  if (perSheet === 1) {
    for (let copy = 0; copy < copies; copy++) {
      if (copy > 0) w.addPage();
      w.setArea({
        left: MARGINS_MM.left * PT_PER_MM,
        width: w.pageWidth - (MARGINS_MM.left + MARGINS_MM.right) * PT_PER_MM,
        top: MARGINS_MM.top * PT_PER_MM,
        bottom: w.pageHeight - MARGINS_MM.bottom * PT_PER_MM,
      });
      drawBlocks(w, blocks);
    }
    return;
  }
  for (let first = 0; first < copies; first += perSheet) {
    if (first > 0) w.addPage();
    const onSheet = Math.min(perSheet, copies - first);
    for (let slot = 0; slot < onSheet; slot++) {
      w.setArea(slotArea(layout, slot));
      drawBlocks(w, blocks);
    }
    drawCutLines(w, layout, onSheet);
  }
}

/** Dashed lines across the sheet between the slots in use. */
function drawCutLines(w: TextWriter, layout: SlipLayout, used: number): void {
  const { width, height } = slotSize(layout);
  for (let row = 1; row < layout.rows && row * layout.columns < used; row++) {
    w.dashedLine(0, row * height, w.pageWidth, row * height);
  }
  for (let column = 1; column < layout.columns && column < used; column++) {
    w.dashedLine(column * width, 0, column * width, w.pageHeight);
  }
}
