import PDFDocument from 'pdfkit';
import { documentFontPaths, type FontStyle } from '../document-fonts';
import { sanitizeText } from '../document-text';
import type { OfficialDocument } from '../official-document';
import {
  A4,
  MARGINS_MM,
  PDF_GRID_LINE,
  PDF_RULE_LINE,
  PT_PER_MM,
  contentWidth,
} from '../page-layout';

/** A glyph's advance and offsets in 1/1000 em, as pdfkit's fonts lay them out. */
export interface PdfKitPosition {
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

/** Numbers as written in cells ('1.234', '98,75'): encoded character by character. */
const DIGITS = /^[0-9][0-9.,]*$/;

/** A glyph run as TJ array items: hex glyph strings, each kerning adjustment between them. */
function tjItems(encoded: string[], positions: PdfKitPosition[]): string | null {
  if (positions.some((p) => p.xOffset || p.yOffset)) return null;
  const items: string[] = [];
  let last = 0;
  positions.forEach((position, i) => {
    const adjust = position.xAdvance - position.advanceWidth;
    if (adjust === 0 && i < positions.length - 1) return;
    items.push(`<${encoded.slice(last, i + 1).join('')}>`);
    if (adjust !== 0) items.push(pdfNumber(-adjust));
    last = i + 1;
  });
  return items.join(' ');
}

const pdfNumber = (value: number) => String(Math.round(value * 1000) / 1000);

/**
 * A pdfkit document with the Tinos family: pages with a cursor, cached word widths, and text and
 * grid strokes batched per page.
 */
export class PageWriter {
  readonly pdf: PDFKit.PDFDocument;
  readonly pageWidth: number;
  readonly pageHeight: number;
  /** The area blocks are drawn in: the page's margins, or a part of the page (see `setArea`). */
  width: number;
  left: number;
  top: number;
  bottom: number;
  y: number;
  /** While measuring nothing is drawn, and a new page only counts and moves the cursor up. */
  protected measuring = false;
  /**
   * When set, each table drawn records the body rows (indexes into `tableBody`) that start a new
   * page, so the DOCX can break its tables where the PDF does.
   */
  tableBreaks: Map<object, number[]> | null = null;
  private measuredPages = 0;
  private readonly widths = new Map<string, number>();
  private readonly lineHeights = new Map<FontStyle, number>();
  /** Font files by style; pdfkit keeps each file open under its path once it is used. */
  private readonly fonts: Record<FontStyle, string>;
  protected font: FontStyle | null = null;
  private fontSize = 0;
  /** Grid strokes of the current page, written as one path when the page is done. */
  private path: string[] = [];
  /** Text operators of the current page, written in one piece when the page is done. */
  private texts: string[] = [];
  /** TJ items of each word per font (its glyphs are in the subset from the first encoding). */
  private readonly fragments = new Map<string, string | null>();
  /** The font and size the page's text object last selected. */
  private textFont = '';

  constructor(doc: Pick<OfficialDocument, 'orientation' | 'title' | 'subtitle'>) {
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
    this.pageWidth = landscape ? A4.height : A4.width;
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
    if (this.measuring) {
      this.measuredPages += 1;
      this.y = this.top;
      return;
    }
    this.flushPage();
    this.pdf.addPage();
    this.font = null;
    this.y = this.top;
  }

  /** Draws from now on in the given part of the page (points from its top left). */
  setArea(area: { left: number; top: number; width: number; bottom: number }): void {
    Object.assign(this, area);
    this.y = area.top;
  }

  /**
   * Runs `draw` without drawing: answers where the cursor would end and how many pages it would
   * add, and leaves the cursor where it was.
   */
  measure(draw: () => void): { y: number; pages: number } {
    const [y, measuring] = [this.y, this.measuring];
    this.measuring = true;
    this.measuredPages = 0;
    try {
      draw();
      return { y: this.y, pages: this.measuredPages };
    } finally {
      this.measuring = measuring;
      this.y = y;
    }
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
  protected unitWidth(text: string, style: FontStyle): number {
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
  protected pairKerning(a: string, b: string, style: FontStyle): number {
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

  /** A horizontal or vertical stroke, written with the page's other strokes. */
  stroke(x1: number, y1: number, x2: number, y2: number): void {
    if (this.measuring) return;
    this.path.push(`${x1.toFixed(2)} ${y1.toFixed(2)} m ${x2.toFixed(2)} ${y2.toFixed(2)} l`);
  }

  /**
   * One line of text at (x, y), its top. Like pdfkit's `text(…, { lineBreak: false })`, whose
   * glyph encoding (subset and ToUnicode map included) it uses, but the operators go to the
   * page's batch: pdfkit writes eight small content pieces for each call, which for the
   * hundred thousand lines of a long list costs more than the layout itself.
   */
  protected showText(words: readonly string[], x: number, y: number, size: number): void {
    if (this.measuring) return;
    const internals = this.pdf as unknown as PdfKitInternals;
    const font = internals._font;
    const fragments: string[] = [];
    for (let w = 0; w < words.length; w++) {
      const fragment = this.fragment(words[w], w + 1 < words.length);
      // Positioned marks (text pdfkit must place glyph by glyph) go through pdfkit itself.
      if (fragment === null) {
        this.pdf.text(words.join(' '), x, y, { lineBreak: false });
        return;
      }
      fragments.push(fragment);
    }
    internals.page.fonts[font.id] ??= font.ref();
    const fontSelection = `/${font.id} ${pdfNumber(size)} Tf `;
    const baseline = this.pageHeight - y - (font.ascender / 1000) * size;
    this.texts.push(
      `${fontSelection === this.textFont ? '' : fontSelection}1 0 0 1 ${pdfNumber(x)} ${pdfNumber(baseline)} Tm [${fragments.join(' ')}] TJ`,
    );
    this.textFont = fontSelection;
  }

  /**
   * The TJ array items of one word of the current font (a space after it when `spaced`), from
   * pdfkit's glyph encoding as pdfkit caches it, word by word, and kept per font; null when a
   * glyph is offset. Numbers are encoded digit by digit with their pairs' kerning: a list of
   * thousands of rows has thousands of different numbers (its STT), and shaping each one costs
   * more than its row.
   */
  private fragment(word: string, spaced: boolean): string | null {
    const font = (this.pdf as unknown as PdfKitInternals)._font;
    const key = `${font.id}\u0000${word}${spaced ? ' ' : ''}`;
    const cached = this.fragments.get(key);
    if (cached !== undefined) return cached;
    let fragment: string | null;
    if (DIGITS.test(word) && word.length > 1) {
      const style = this.font ?? 'normal';
      const parts: string[] = [];
      for (let i = 0; i < word.length; i++) {
        parts.push(this.fragment(word[i], false) ?? '');
        const kerning = i + 1 < word.length ? this.pairKerning(word[i], word[i + 1], style) : 0;
        if (kerning !== 0) parts.push(pdfNumber(-kerning));
      }
      if (spaced) parts.push(this.fragment(' ', false) ?? '');
      fragment = parts.join(' ');
    } else {
      fragment = tjItems(...font.encode(spaced ? `${word} ` : word));
    }
    // Numbers are rarely met twice; words are.
    if (!DIGITS.test(word)) this.fragments.set(key, fragment);
    return fragment;
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
    this.pdf.lineWidth(PDF_GRID_LINE);
    this.pdf.addContent(this.path.join('\n'));
    this.pdf.stroke();
    this.pdf.restore();
    this.path = [];
  }

  /** A solid rule of `length` centred in [x, x + width], `marginTop` below the cursor. */
  rule(length: number, x: number, width: number, y: number): void {
    if (this.measuring) return;
    const x1 = x + Math.max(0, (width - length) / 2);
    this.pdf.save();
    this.pdf.lineWidth(PDF_RULE_LINE);
    this.pdf
      .moveTo(x1, y)
      .lineTo(x1 + Math.min(length, width), y)
      .stroke();
    this.pdf.restore();
  }

  /** A rectangle's outline, `lineWidth` thick, in `color` ('#rrggbb'). */
  rectangle(
    box: { x: number; y: number; width: number; height: number },
    lineWidth: number,
    color: string,
  ): void {
    if (this.measuring) return;
    this.pdf.save();
    this.pdf.lineWidth(lineWidth).rect(box.x, box.y, box.width, box.height).stroke(color);
    this.pdf.restore();
  }

  /** A circle's outline, dashed when `dash` is given (dash and gap lengths). */
  circle(cx: number, cy: number, radius: number, color: string, dash?: number): void {
    if (this.measuring) return;
    this.pdf.save();
    this.pdf.lineWidth(0.75);
    if (dash) this.pdf.dash(dash, { space: dash });
    this.pdf.circle(cx, cy, radius).stroke(color);
    this.pdf.restore();
  }

  /** A dashed line, e.g. where papers printed on one sheet are cut apart. */
  dashedLine(x1: number, y1: number, x2: number, y2: number): void {
    if (this.measuring) return;
    this.pdf.save();
    this.pdf.lineWidth(0.5).dash(4, { space: 3 });
    this.pdf.moveTo(x1, y1).lineTo(x2, y2).stroke('#000000');
    this.pdf.restore();
  }

  /** An underline of `width` whose bottom is `bottom` (the line's), as pdfkit draws it. */
  protected underline(x: number, bottom: number, width: number, size: number): void {
    if (this.measuring) return;
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

  /** Switches to an earlier page (of a buffered document) to draw on it. */
  switchToPage(index: number): void {
    this.pdf.switchToPage(index);
    this.font = null;
  }

  /** Ends the document and answers its bytes. */
  protected end(): Promise<Buffer> {
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
