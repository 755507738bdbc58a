import { formatDocumentDate, sanitizeText } from '../document-text';
import type {
  Block,
  ClosingBlock,
  OfficialDocument,
  Run,
  Signer,
  SignaturesBlock,
  TextAlign,
} from '../official-document';
import {
  agencyLineSize,
  BODY_FONT_SIZE,
  FIRST_LINE_INDENT_PT,
  HEADER_LEFT_SHARE,
  KEEP_WITH_SHARE,
  PARAGRAPH_SPACING_PT,
  QUOC_HIEU,
  QUOC_HIEU_SIZE,
  SIGNATURE_GAP_PT,
  TIEU_NGU,
  TIEU_NGU_SIZE,
  estimateTextHeight,
  recipientLines,
  shortRuleWidth,
  toRuns,
  upper,
} from '../page-layout';
import { drawTable } from './table';
import { type TextWriter, type TextBox, plain } from './text-writer';

// The blocks of a long-list document around its table, measured and drawn as pdf-renderer.ts
// lays them out with pdfmake: header, title, paragraphs, headings, lists, Nơi nhận, signers.

/** A vertical stack of text boxes and gaps, drawn top-down in a column. */
type StackItem = { box: TextBox } | { gap: number } | { rule: number; marginTop: number };

function stackHeight(items: readonly StackItem[]): number {
  return items.reduce(
    (sum, item) =>
      sum + ('box' in item ? item.box.height : 'gap' in item ? item.gap : item.marginTop + 4),
    0,
  );
}

function drawStack(
  w: TextWriter,
  items: readonly StackItem[],
  x: number,
  y: number,
  width: number,
) {
  let top = y;
  for (const item of items) {
    if ('box' in item) {
      w.draw(item.box, x, top, width);
      top += item.box.height;
    } else if ('gap' in item) {
      top += item.gap;
    } else {
      w.rule(item.rule, x, width, top + item.marginTop);
      top += item.marginTop + 4;
    }
  }
}

function mottoStack(w: TextWriter, width: number): StackItem[] {
  const tieuNgu = w.wrap(plain(TIEU_NGU), TIEU_NGU_SIZE, width, 'center', { bold: true });
  return [
    { box: w.wrap(plain(QUOC_HIEU), QUOC_HIEU_SIZE, width, 'center', { bold: true }) },
    { box: tieuNgu },
    { rule: tieuNgu.lines[0]?.width ?? 0, marginTop: 3 },
  ];
}

export function drawHeader(w: TextWriter, doc: OfficialDocument): void {
  const header = doc.header;
  if (!header) {
    if (!doc.nationalMotto) return;
    const motto = mottoStack(w, w.width);
    drawStack(w, motto, w.left, w.y, w.width);
    w.y += stackHeight(motto) + 12;
    return;
  }
  const leftWidth = Math.round(w.width * HEADER_LEFT_SHARE);
  const rightWidth = w.width - leftWidth;
  const issuing = upper(header.issuingAgency);
  const parent = header.parentAgency ? upper(header.parentAgency) : '';
  const parentSize = agencyLineSize(parent, leftWidth, 'normal');
  const issuingSize = agencyLineSize(issuing, leftWidth, 'bold');
  const left: StackItem[] = [
    ...(parent ? [{ box: w.wrap([{ text: parent }], parentSize, leftWidth, 'center') }] : []),
    { box: w.wrap([{ text: issuing }], issuingSize, leftWidth, 'center', { bold: true }) },
    { rule: shortRuleWidth(issuing, issuingSize, leftWidth), marginTop: 3 },
  ];
  const right = mottoStack(w, rightWidth);
  drawStack(w, left, w.left, w.y, leftWidth);
  drawStack(w, right, w.left + leftWidth, w.y, rightWidth);
  w.y += Math.max(stackHeight(left), stackHeight(right));
  const number = header.number
    ? w.wrap(plain(`Số: ${header.number}`), BODY_FONT_SIZE, leftWidth, 'center')
    : null;
  const date = w.wrap(
    [{ text: formatDocumentDate(header.place, header.date), italic: true }],
    BODY_FONT_SIZE,
    rightWidth,
    'center',
  );
  if (number) w.draw(number, w.left, w.y, leftWidth);
  w.draw(date, w.left + leftWidth, w.y, rightWidth);
  w.y += Math.max(number?.height ?? 0, date.height) + 12;
}

export function drawTitle(w: TextWriter, doc: OfficialDocument): void {
  const items: StackItem[] = [];
  if (doc.title) {
    items.push(
      { gap: 6 },
      { box: w.wrap(plain(upper(doc.title)), 14, w.width, 'center', { bold: true }) },
    );
  }
  if (doc.subtitle) {
    const subtitle = sanitizeText(doc.subtitle);
    items.push(
      { box: w.wrap(plain(subtitle), 14, w.width, 'center', { bold: true }) },
      { rule: shortRuleWidth(subtitle, 14, w.width), marginTop: 3 },
    );
  }
  if (items.length === 0) return;
  drawStack(w, items, w.left, w.y, w.width);
  // As pdfmake's empty line with a 12 pt margin under the title.
  w.y += stackHeight(items) + w.lineHeight('normal', BODY_FONT_SIZE) + 12;
}

/** A block measured for the current page width, drawn at the cursor. */
interface Measured {
  height: number;
  /** Margin above and below. */
  before: number;
  after: number;
  draw: (y: number) => void;
}

export function drawBlocks(w: TextWriter, blocks: readonly Block[]): void {
  let pageBreak = false;
  blocks.forEach((block, index) => {
    if (block.type === 'pageBreak') {
      pageBreak = true;
      return;
    }
    if (pageBreak) {
      w.addPage();
      pageBreak = false;
    }
    if (block.type === 'table') {
      drawTable(w, block, keptWithNext(w, blocks, index + 1));
      return;
    }
    const signing = (b: Block | undefined) => b?.type === 'closing' || b?.type === 'signatures';
    const parts = measureBlock(w, block);
    // A short paragraph just before the signatures goes with their first row.
    const next = blocks[index + 1];
    const keep =
      block.type === 'paragraph' && signing(next) && !(blocks[index + 2]?.type === 'pageBreak')
        ? firstRowHeight(w, next as ClosingBlock | SignaturesBlock)
        : 0;
    parts.forEach((part, p) => {
      const kept = p === 0 && keep && isShort(w, block) ? part.after + keep : 0;
      const height = part.before + part.height + kept;
      w.ensure(height);
      w.y += part.before;
      part.draw(w.y);
      w.y += part.height + part.after;
    });
  });
}

function isShort(w: TextWriter, block: Block): boolean {
  return (
    block.type === 'paragraph' &&
    estimateTextHeight(
      toRuns(block.text)
        .map((run) => run.text)
        .join(''),
      block.size ?? BODY_FONT_SIZE,
      w.width,
    ) <
      w.bodyHeight * KEEP_WITH_SHARE
  );
}

/** Height the last table row keeps with it: the short paragraph and signatures after the table. */
function keptWithNext(w: TextWriter, blocks: readonly Block[], index: number): number {
  const block = blocks[index];
  if (!block) return 0;
  if (block.type === 'closing' || block.type === 'signatures') return firstRowHeight(w, block);
  const next = blocks[index + 1];
  if (block.type === 'paragraph' && (next?.type === 'closing' || next?.type === 'signatures')) {
    if (!isShort(w, block)) return 0;
    const [part] = measureBlock(w, block);
    const height = part.before + part.height + part.after + firstRowHeight(w, next);
    return height < w.bodyHeight * KEEP_WITH_SHARE ? height : 0;
  }
  return 0;
}

function firstRowHeight(w: TextWriter, block: ClosingBlock | SignaturesBlock): number {
  const [first] = measureBlock(w, block);
  return first ? first.before + first.height : 0;
}

function paragraph(
  w: TextWriter,
  runs: Run[],
  options: { size?: number; align?: TextAlign; indent?: boolean; bold?: boolean; italic?: boolean },
  margins: { before: number; after: number },
): Measured {
  const align = options.align ?? 'justify';
  const indent = (options.indent ?? align === 'justify') ? FIRST_LINE_INDENT_PT : 0;
  const box = w.wrap(runs, options.size ?? BODY_FONT_SIZE, w.width, align, {
    bold: options.bold,
    italic: options.italic,
    indent,
  });
  return { height: box.height, ...margins, draw: (y) => w.draw(box, w.left, y, w.width) };
}

function measureBlock(w: TextWriter, block: Block): Measured[] {
  switch (block.type) {
    case 'paragraph':
      return [paragraph(w, toRuns(block.text), block, { before: 0, after: PARAGRAPH_SPACING_PT })];
    case 'heading':
      return [
        paragraph(
          w,
          plain(block.text),
          { align: 'left', indent: false, bold: true },
          { before: 3, after: PARAGRAPH_SPACING_PT },
        ),
      ];
    case 'list':
      return block.items.map((item, i) =>
        paragraph(
          w,
          plain(`${block.numbered ? `${i + 1}.` : '-'} ${item}`),
          { align: 'justify', indent: true },
          { before: 0, after: PARAGRAPH_SPACING_PT },
        ),
      );
    case 'recipients': {
      const items = recipientsStack(w, block.items, w.width);
      return [
        {
          height: stackHeight(items),
          before: 6,
          after: 0,
          draw: (y) => drawStack(w, items, w.left, y, w.width),
        },
      ];
    }
    case 'closing':
      return [closing(w, block)];
    case 'signatures':
      return signatureRows(w, block);
    default:
      return [];
  }
}

function recipientsStack(w: TextWriter, items: readonly string[], width: number): StackItem[] {
  return [
    { box: w.wrap([{ text: 'Nơi nhận:', bold: true, italic: true }], 12, width, 'left') },
    ...recipientLines(items).map((line) => ({ box: w.wrap(plain(line), 11, width, 'left') })),
  ];
}

function signerStack(w: TextWriter, signer: Signer, size: number, width: number): StackItem[] {
  return [
    { box: w.wrap(plain(upper(signer.title)), size, width, 'center', { bold: true }) },
    ...(signer.position
      ? [{ box: w.wrap(plain(upper(signer.position)), size, width, 'center', { bold: true }) }]
      : []),
    ...(signer.note
      ? [{ box: w.wrap(plain(signer.note), size, width, 'center', { italic: true }) }]
      : []),
  ];
}

function signerName(w: TextWriter, signer: Signer, size: number, width: number): StackItem[] {
  const name = sanitizeText(signer.name ?? '') || ' ';
  return [
    { gap: SIGNATURE_GAP_PT },
    { box: w.wrap(plain(name), size, width, 'center', { bold: true }) },
  ];
}

function closing(w: TextWriter, block: ClosingBlock): Measured {
  const leftWidth = w.width * 0.45;
  const rightWidth = w.width - leftWidth;
  const left = block.recipients ? recipientsStack(w, block.recipients, leftWidth) : [];
  const right = [
    ...signerStack(w, block.signature, BODY_FONT_SIZE, rightWidth),
    ...signerName(w, block.signature, BODY_FONT_SIZE, rightWidth),
  ];
  return {
    height: Math.max(stackHeight(left), stackHeight(right)),
    before: 6,
    after: 0,
    draw: (y) => {
      drawStack(w, left, w.left, y, leftWidth);
      drawStack(w, right, w.left + leftWidth, y, rightWidth);
    },
  };
}

/** Signers in rows of `perRow` (see pdf-renderer's signatureRows): names aligned on one line. */
function signatureRows(w: TextWriter, block: SignaturesBlock): Measured[] {
  const perRow = Math.max(1, block.perRow ?? 2);
  const size = perRow >= 3 ? 12 : BODY_FONT_SIZE;
  const columnWidth = w.width / perRow - 6;
  const rows: Measured[] = [];
  for (let i = 0; i < block.columns.length; i += perRow) {
    const signers = block.columns.slice(i, i + perRow);
    const gap = block.columns.length === 1 ? perRow - 1 : (perRow - signers.length) / 2;
    const offset = gap > 0 ? gap * (columnWidth + 6) : 0;
    const titles = signers.map((s) => signerStack(w, s, size, columnWidth));
    const names = signers.map((s) => signerName(w, s, size, columnWidth));
    const titleHeight = Math.max(...titles.map(stackHeight));
    rows.push({
      height: titleHeight + Math.max(...names.map(stackHeight)),
      before: 6,
      after: 12,
      draw: (y) =>
        signers.forEach((_, s) => {
          const x = w.left + offset + s * (columnWidth + 6) + 3;
          drawStack(w, titles[s], x, y, columnWidth);
          drawStack(w, names[s], x, y + titleHeight, columnWidth);
        }),
    });
  }
  return rows;
}
