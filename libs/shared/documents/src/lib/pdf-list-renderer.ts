import PDFDocument from 'pdfkit';
import { documentFontPaths, type FontStyle } from './document-fonts';
import { formatDocumentDate, sanitizeText } from './document-text';
import type {
  Block,
  ClosingBlock,
  OfficialDocument,
  Run,
  Signer,
  SignaturesBlock,
  TableBlock,
  TextAlign,
} from './official-document';
import {
  A4,
  AGENCY_SIZE,
  BODY_FONT_SIZE,
  FIRST_LINE_INDENT_PT,
  HEADER_LEFT_SHARE,
  KEEP_WITH_SHARE,
  MARGINS_MM,
  PARAGRAPH_SPACING_PT,
  PDF_CELL_PADDING,
  PDF_CELL_PADDING_Y,
  PDF_GRID_LINE,
  PDF_RULE_LINE,
  PT_PER_MM,
  QUOC_HIEU,
  QUOC_HIEU_SIZE,
  SIGNATURE_GAP_PT,
  TABLE_FONT_SIZE,
  TIEU_NGU,
  TIEU_NGU_SIZE,
  contentWidth,
  estimateTextHeight,
  recipientLines,
  shortRuleWidth,
  tableColumnWidths,
  toRuns,
  upper,
} from './page-layout';

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

const CELL_PADDING = PDF_CELL_PADDING;
const CELL_PADDING_Y = PDF_CELL_PADDING_Y;
const GRID_LINE = PDF_GRID_LINE;

/** Whether `renderPdf` draws `doc` with pdfkit: a long table and only blocks this renderer knows. */
export function isLongListDocument(doc: OfficialDocument): boolean {
  return (
    doc.blocks.some((block) => block.type === 'table' && block.rows.length > LONG_LIST_ROWS) &&
    doc.blocks.every((block) => LIST_BLOCKS.has(block.type))
  );
}

interface Word {
  text: string;
  style: FontStyle;
  underline: boolean;
  width: number;
}

interface Line {
  words: Word[];
  width: number;
  /** Indent of the line (the first line of an indented paragraph). */
  indent: number;
  /** The paragraph's last line: never justified. */
  last: boolean;
}

interface TextBox {
  lines: Line[];
  size: number;
  align: TextAlign;
  lineHeight: number;
  height: number;
}

/** A glyph's advance and offsets in 1/1000 em, as pdfkit's fonts lay them out. */
interface PdfKitPosition {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}

/** The parts of pdfkit 0.19 that `showText` uses beyond its typed API. */
interface PdfKitInternals {
  _font: {
    id: string;
    ascender: number;
    encode(text: string): [string[], PdfKitPosition[]];
    ref(): unknown;
  };
  page: { fonts: Record<string, unknown> };
}

const DIGITS = /^[0-9]+$/;

const pdfNumber = (value: number) => String(Math.round(value * 1000) / 1000);

const styleOf = (bold?: boolean, italic?: boolean): FontStyle =>
  bold ? (italic ? 'bolditalics' : 'bold') : italic ? 'italics' : 'normal';

/** A pdfkit document with the Tinos family, cached word widths and line wrapping. */
class ListWriter {
  readonly pdf: PDFKit.PDFDocument;
  readonly width: number;
  readonly left: number;
  readonly top: number;
  readonly bottom: number;
  readonly pageHeight: number;
  y: number;
  private readonly widths = new Map<string, number>();
  private readonly lineHeights = new Map<FontStyle, number>();
  /** Font files by style; pdfkit keeps each file open under its path once it is used. */
  private readonly fonts: Record<FontStyle, string>;
  private font: FontStyle | null = null;
  private fontSize = 0;
  /** Grid strokes of the current page, written as one path when the page is done. */
  private path: string[] = [];
  /** Text operators of the current page, written in one piece when the page is done. */
  private texts: string[] = [];
  /** pdfkit's encoding of each word per font (its glyphs are in the subset from the first). */
  private readonly encodings = new Map<string, [string[], PdfKitPosition[]]>();
  /** The font and size the page's text object last selected. */
  private textFont = '';

  constructor(doc: OfficialDocument) {
    const landscape = doc.orientation === 'landscape';
    const fonts = documentFontPaths();
    this.pdf = new PDFDocument({
      size: 'A4',
      // Not pdfkit's default Helvetica, whose metrics files a bundle may not carry.
      font: fonts.normal,
      layout: landscape ? 'landscape' : 'portrait',
      margins: {
        top: MARGINS_MM.top * PT_PER_MM,
        bottom: MARGINS_MM.bottom * PT_PER_MM,
        left: MARGINS_MM.left * PT_PER_MM,
        right: MARGINS_MM.right * PT_PER_MM,
      },
      autoFirstPage: false,
      bufferPages: true,
      info: { Title: sanitizeText(doc.title ?? doc.subtitle ?? ''), Creator: 'Thi đua' },
    });
    this.fonts = fonts;
    this.width = contentWidth(doc);
    this.left = MARGINS_MM.left * PT_PER_MM;
    this.top = MARGINS_MM.top * PT_PER_MM;
    this.pageHeight = landscape ? A4.width : A4.height;
    this.bottom = this.pageHeight - MARGINS_MM.bottom * PT_PER_MM;
    this.y = this.top;
    this.addPage();
  }

  get bodyHeight(): number {
    return this.bottom - this.top;
  }

  get remaining(): number {
    return this.bottom - this.y;
  }

  addPage(): void {
    this.flushPage();
    this.pdf.addPage();
    this.font = null;
    this.y = this.top;
  }

  /** A new page unless `height` fits below the cursor (or the page is still empty). */
  ensure(height: number): boolean {
    if (height <= this.remaining || this.y <= this.top) return false;
    this.addPage();
    return true;
  }

  setFont(style: FontStyle, size: number): void {
    if (this.font !== style) {
      this.pdf.font(this.fonts[style]);
      this.font = style;
      this.fontSize = 0;
    }
    if (this.fontSize !== size) {
      this.pdf.fontSize(size);
      this.fontSize = size;
    }
  }

  lineHeight(style: FontStyle, size: number): number {
    let height = this.lineHeights.get(style);
    if (height === undefined) {
      this.setFont(style, 1);
      height = this.pdf.currentLineHeight();
      this.lineHeights.set(style, height);
    }
    return height * size;
  }

  /** Width of `text` at 1 pt; kerned by pdfkit (as pdfmake measures), cached per word. */
  private unitWidth(text: string, style: FontStyle): number {
    const key = `${style}\u0000${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      if (DIGITS.test(text) && text.length > 1) {
        // Numbers as their digits and the kerning of each pair (see `encodeWords`).
        width = 0;
        for (let i = 0; i < text.length; i++) {
          width += this.unitWidth(text[i], style);
          if (i > 0) width += this.pairKerning(text[i - 1], text[i], style) / 1000;
        }
      } else {
        this.setFont(style, 1);
        width = this.pdf.widthOfString(text);
      }
      this.widths.set(key, width);
    }
    return width;
  }

  /** The kerning of a pair of characters in 1/1000 em (e.g. '11' in Tinos), cached. */
  private pairKerning(a: string, b: string, style: FontStyle): number {
    const key = `${style}\u0001${a}${b}`;
    let kerning = this.widths.get(key);
    if (kerning === undefined) {
      this.setFont(style, 1);
      const pair = this.pdf.widthOfString(a + b);
      kerning = (pair - this.pdf.widthOfString(a) - this.pdf.widthOfString(b)) * 1000;
      this.widths.set(key, kerning);
    }
    return kerning;
  }

  /** Greedy line breaking of `runs` at `width`; a word wider than the line is cut by characters. */
  wrap(
    runs: readonly Run[],
    size: number,
    width: number,
    align: TextAlign,
    options: { bold?: boolean; italic?: boolean; indent?: number } = {},
  ): TextBox {
    const lines: Line[] = [];
    let line: Line = { words: [], width: 0, indent: options.indent ?? 0, last: false };
    let lineStyle: FontStyle = 'normal';
    const breakLine = (last: boolean) => {
      line.last = last;
      lines.push(line);
      line = { words: [], width: 0, indent: 0, last: false };
    };
    const space = (style: FontStyle) => this.unitWidth(' ', style) * size;
    for (const run of runs) {
      const style = styleOf(run.bold ?? options.bold, run.italic ?? options.italic);
      lineStyle = style;
      const paragraphs = run.text.split('\n');
      paragraphs.forEach((paragraph, p) => {
        if (p > 0) breakLine(true);
        for (const text of paragraph.split(/[ \t]+/)) {
          if (!text) continue;
          let word: Word = {
            text,
            style,
            underline: !!run.underline,
            width: this.unitWidth(text, style) * size,
          };
          const gap = line.words.length > 0 ? space(style) : 0;
          const available = width - line.indent;
          if (line.width + gap + word.width <= available) {
            line.words.push(word);
            line.width += gap + word.width;
            continue;
          }
          if (line.words.length > 0) breakLine(false);
          while (word.width > width - line.indent && word.text.length > 1) {
            const [head, tail] = this.cut(word, size, width - line.indent);
            line.words.push(head);
            line.width = head.width;
            breakLine(false);
            word = tail;
          }
          line.words.push(word);
          line.width = word.width;
        }
      });
    }
    if (line.words.length > 0 || lines.length === 0) breakLine(true);
    else if (lines.length > 0) lines[lines.length - 1].last = true;
    const lineHeight = this.lineHeight(lineStyle, size);
    return { lines, size, align, lineHeight, height: lines.length * lineHeight };
  }

  private cut(word: Word, size: number, width: number): [Word, Word] {
    const chars = Array.from(word.text);
    let count = 1;
    while (
      count < chars.length &&
      this.unitWidth(chars.slice(0, count + 1).join(''), word.style) * size <= width
    ) {
      count += 1;
    }
    const make = (text: string): Word => ({
      ...word,
      text,
      width: this.unitWidth(text, word.style) * size,
    });
    return [make(chars.slice(0, count).join('')), make(chars.slice(count).join(''))];
  }

  /** Draws `box` with its top at `y`, within [x, x + width]; lines `from`..`to` only. */
  draw(box: TextBox, x: number, y: number, width: number, from = 0, to = box.lines.length): void {
    for (let i = from; i < to; i++) {
      const line = box.lines[i];
      const top = y + (i - from) * box.lineHeight;
      const free = width - line.indent - line.width;
      let left = x + line.indent;
      if (box.align === 'center') left += free / 2;
      else if (box.align === 'right') left += free;
      const justify = box.align === 'justify' && !line.last && line.words.length > 1;
      const spacing = justify ? free / (line.words.length - 1) : 0;
      let start = 0;
      // One text operator per run of words in the same style (per word when justified).
      for (let w = 1; w <= line.words.length; w++) {
        const first = line.words[start];
        const next = line.words[w];
        if (next && !justify && next.style === first.style && next.underline === first.underline) {
          continue;
        }
        const words = line.words.slice(start, w);
        const text = words.map((word) => word.text).join(' ');
        this.setFont(first.style, box.size);
        this.showText(text, left, top, box.size);
        const space = this.unitWidth(' ', first.style) * box.size;
        const textWidth =
          words.reduce((sum, word) => sum + word.width, 0) + space * (w - start - 1);
        // pdfkit's underline: below the line, 1/10 of the size thick.
        if (first.underline) this.underline(left, top + box.lineHeight, textWidth, box.size);
        left += textWidth + space;
        left += spacing;
        start = w;
      }
    }
  }

  /** A horizontal or vertical stroke, written with the page's other strokes. */
  stroke(x1: number, y1: number, x2: number, y2: number): void {
    this.path.push(`${x1.toFixed(2)} ${y1.toFixed(2)} m ${x2.toFixed(2)} ${y2.toFixed(2)} l`);
  }

  /**
   * One line of text at (x, y), its top. Like pdfkit's `text(…, { lineBreak: false })`, whose
   * glyph encoding (subset and ToUnicode map included) it uses, but the operators go to the
   * page's batch: pdfkit writes eight small content pieces for each call, which for the
   * hundred thousand lines of a long list costs more than the layout itself.
   */
  private showText(text: string, x: number, y: number, size: number): void {
    const internals = this.pdf as unknown as PdfKitInternals;
    const font = internals._font;
    const [encoded, positions] = this.encodeWords(text);
    // Positioned marks (text pdfkit must place glyph by glyph) go through pdfkit itself.
    if (positions.some((p) => p.xOffset || p.yOffset)) {
      this.pdf.text(text, x, y, { lineBreak: false });
      return;
    }
    internals.page.fonts[font.id] ??= font.ref();
    const commands: string[] = [];
    let last = 0;
    positions.forEach((position, i) => {
      const adjust = position.xAdvance - position.advanceWidth;
      if (adjust === 0 && i < positions.length - 1) return;
      const hex = `<${encoded.slice(last, i + 1).join('')}>`;
      commands.push(adjust === 0 ? hex : `${hex} ${pdfNumber(-adjust)}`);
      last = i + 1;
    });
    const fontSelection = `/${font.id} ${pdfNumber(size)} Tf `;
    const baseline = this.pageHeight - y - (font.ascender / 1000) * size;
    this.texts.push(
      `${fontSelection === this.textFont ? '' : fontSelection}1 0 0 1 ${pdfNumber(x)} ${pdfNumber(baseline)} Tm [${commands.join(' ')}] TJ`,
    );
    this.textFont = fontSelection;
  }

  /**
   * pdfkit's glyph encoding of `text`, word by word as pdfkit caches it, except that numbers
   * are encoded digit by digit with their pairs' kerning: a list of thousands of rows has
   * thousands of different numbers (its STT), and shaping each one costs more than its row.
   */
  private encodeWords(text: string): [string[], PdfKitPosition[]] {
    const font = (this.pdf as unknown as PdfKitInternals)._font;
    const encoded: string[] = [];
    const positions: PdfKitPosition[] = [];
    const add = (piece: string) => {
      const key = `${font.id}\u0000${piece}`;
      let glyphs = this.encodings.get(key);
      if (!glyphs) {
        glyphs = font.encode(piece);
        this.encodings.set(key, glyphs);
      }
      for (let i = 0; i < glyphs[0].length; i++) {
        encoded.push(glyphs[0][i]);
        positions.push(glyphs[1][i]);
      }
    };
    const words = text.split(' ');
    words.forEach((word, w) => {
      if (DIGITS.test(word) && word.length > 1) {
        const style = this.font ?? 'normal';
        for (let i = 0; i < word.length; i++) {
          add(word[i]);
          if (i + 1 < word.length) {
            const kerning = this.pairKerning(word[i], word[i + 1], style);
            const place = positions[positions.length - 1];
            if (kerning !== 0) {
              positions[positions.length - 1] = { ...place, xAdvance: place.xAdvance + kerning };
            }
          }
        }
        if (w + 1 < words.length) add(' ');
      } else {
        add(w + 1 < words.length ? `${word} ` : word);
      }
    });
    return [encoded, positions];
  }

  /** Writes the page's batched text and grid strokes. */
  flushPage(): void {
    if (this.texts.length > 0) {
      // pdfkit's pages draw top-down; text operators take PDF's own, bottom-up coordinates.
      this.pdf.addContent(
        `q 1 0 0 -1 0 ${pdfNumber(this.pageHeight)} cm BT\n${this.texts.join('\n')}\nET Q`,
      );
      this.texts = [];
      this.textFont = '';
    }
    if (this.path.length === 0) return;
    this.pdf.save();
    this.pdf.lineWidth(GRID_LINE);
    this.pdf.addContent(this.path.join('\n'));
    this.pdf.stroke();
    this.pdf.restore();
    this.path = [];
  }

  /** A solid rule of `length` centred in [x, x + width], `marginTop` below the cursor. */
  rule(length: number, x: number, width: number, y: number): void {
    const x1 = x + Math.max(0, (width - length) / 2);
    this.pdf.save();
    this.pdf.lineWidth(PDF_RULE_LINE);
    this.pdf
      .moveTo(x1, y)
      .lineTo(x1 + Math.min(length, width), y)
      .stroke();
    this.pdf.restore();
  }

  /** An underline of `width` whose bottom is `bottom` (the line's), as pdfkit draws it. */
  private underline(x: number, bottom: number, width: number, size: number): void {
    const thickness = size < 10 ? 0.5 : Math.floor(size / 10);
    const y = bottom - thickness;
    this.pdf.save();
    this.pdf.lineWidth(thickness);
    this.pdf
      .moveTo(x, y)
      .lineTo(x + width, y)
      .stroke();
    this.pdf.restore();
  }

  async finish(): Promise<Buffer> {
    this.flushPage();
    // Page numbers top centre, from page 2 (Nghị định 30/2020).
    const range = this.pdf.bufferedPageRange();
    for (let i = range.start + 1; i < range.start + range.count; i++) {
      this.pdf.switchToPage(i);
      this.font = null;
      const box = this.wrap([{ text: String(i + 1) }], BODY_FONT_SIZE, this.width, 'center');
      this.draw(box, this.left, 9 * PT_PER_MM, this.width);
      this.flushPage();
    }
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.pdf.on('end', () => resolve(Buffer.concat(chunks)));
      this.pdf.on('error', reject);
    });
    this.pdf.end();
    return done;
  }
}

/** Renders a long list (see `isLongListDocument`) with pdfkit, in the look of `renderPdf`. */
export async function renderListPdf(doc: OfficialDocument): Promise<Buffer> {
  const writer = new ListWriter(doc);
  drawHeader(writer, doc);
  drawTitle(writer, doc);
  drawBlocks(writer, doc.blocks);
  return writer.finish();
}

function plain(text: string): Run[] {
  return [{ text: sanitizeText(text) }];
}

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
  w: ListWriter,
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

function mottoStack(w: ListWriter, width: number): StackItem[] {
  const tieuNgu = w.wrap(plain(TIEU_NGU), TIEU_NGU_SIZE, width, 'center', { bold: true });
  return [
    { box: w.wrap(plain(QUOC_HIEU), QUOC_HIEU_SIZE, width, 'center', { bold: true }) },
    { box: tieuNgu },
    { rule: tieuNgu.lines[0]?.width ?? 0, marginTop: 3 },
  ];
}

function drawHeader(w: ListWriter, doc: OfficialDocument): void {
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
  const left: StackItem[] = [
    ...(header.parentAgency
      ? [{ box: w.wrap([{ text: upper(header.parentAgency) }], AGENCY_SIZE, leftWidth, 'center') }]
      : []),
    { box: w.wrap([{ text: issuing }], AGENCY_SIZE, leftWidth, 'center', { bold: true }) },
    { rule: shortRuleWidth(issuing, AGENCY_SIZE, leftWidth), marginTop: 3 },
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

function drawTitle(w: ListWriter, doc: OfficialDocument): void {
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

function drawBlocks(w: ListWriter, blocks: readonly Block[]): void {
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

function isShort(w: ListWriter, block: Block): boolean {
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
function keptWithNext(w: ListWriter, blocks: readonly Block[], index: number): number {
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

function firstRowHeight(w: ListWriter, block: ClosingBlock | SignaturesBlock): number {
  const [first] = measureBlock(w, block);
  return first ? first.before + first.height : 0;
}

function paragraph(
  w: ListWriter,
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

function measureBlock(w: ListWriter, block: Block): Measured[] {
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

function recipientsStack(w: ListWriter, items: readonly string[], width: number): StackItem[] {
  return [
    { box: w.wrap([{ text: 'Nơi nhận:', bold: true, italic: true }], 12, width, 'left') },
    ...recipientLines(items).map((line) => ({ box: w.wrap(plain(line), 11, width, 'left') })),
  ];
}

function signerStack(w: ListWriter, signer: Signer, size: number, width: number): StackItem[] {
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

function signerName(w: ListWriter, signer: Signer, size: number, width: number): StackItem[] {
  const name = sanitizeText(signer.name ?? '') || ' ';
  return [
    { gap: SIGNATURE_GAP_PT },
    { box: w.wrap(plain(name), size, width, 'center', { bold: true }) },
  ];
}

function closing(w: ListWriter, block: ClosingBlock): Measured {
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
function signatureRows(w: ListWriter, block: SignaturesBlock): Measured[] {
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
function drawTable(w: ListWriter, block: TableBlock, keepLast: number): void {
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
  const makeRow = (texts: Array<string | number>): TableRow => {
    const cells = block.columns.map((column, c) =>
      w.wrap(plain(String(texts[c] ?? '')), size, inner[c], column.align ?? 'left'),
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

  const groups = new Map<number, string[]>();
  for (const group of block.groupRows ?? []) {
    groups.set(group.beforeRow, [...(groups.get(group.beforeRow) ?? []), group.text]);
  }
  const rows: TableRow[] = [];
  block.rows.forEach((row, index) => {
    for (const text of groups.get(index) ?? []) rows.push(groupRow(text));
    rows.push(makeRow(row));
  });
  for (const [index, texts] of groups) {
    if (index >= block.rows.length) texts.forEach((text) => rows.push(groupRow(text)));
  }

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

  // The header with the first rows (a section row and its first row) or none of them.
  w.ensure(header.height + rows.slice(0, 2).reduce((sum, row) => sum + row.height, 0));
  tableTop = w.y;
  runTop = w.y;
  drawRow(header);
  rows.forEach((row, index) => {
    // Section rows go with the row after them, the last row with what follows the table.
    let end = index;
    while (rows[end].group && end + 1 < rows.length) end += 1;
    let needed = 0;
    for (let r = index; r <= end; r++) needed += rows[r].height;
    if (end === rows.length - 1 && keepLast > 0) {
      needed += GRID_LINE + PARAGRAPH_SPACING_PT + keepLast;
    }
    const fresh = w.bodyHeight - (repeat ? header.height : 0);
    if (needed > w.remaining && needed <= fresh) newPage();
    else if (row.height > w.remaining && row.height <= fresh) newPage();
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
        newPage();
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
