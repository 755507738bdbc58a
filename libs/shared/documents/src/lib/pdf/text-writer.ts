import type { FontStyle } from '../document-fonts';
import { sanitizeText } from '../document-text';
import type { Run, TextAlign } from '../official-document';
import { BODY_FONT_SIZE, PAGE_NUMBER_TOP_MM, PT_PER_MM } from '../page-layout';
import { PageWriter } from './page-writer';

export interface Word {
  text: string;
  style: FontStyle;
  underline: boolean;
  width: number;
}

export interface Line {
  words: Word[];
  width: number;
  /** Indent of the line (the first line of an indented paragraph). */
  indent: number;
  /** The paragraph's last line: never justified. */
  last: boolean;
}

export interface TextBox {
  lines: Line[];
  size: number;
  align: TextAlign;
  lineHeight: number;
  height: number;
}

const styleOf = (bold?: boolean, italic?: boolean): FontStyle =>
  bold ? (italic ? 'bolditalics' : 'bold') : italic ? 'italics' : 'normal';

/** `text` sanitised, as one run. */
export function plain(text: string): Run[] {
  return [{ text: sanitizeText(text) }];
}

/** The page writer with line wrapping and aligned, justified and underlined drawing. */
export class TextWriter extends PageWriter {
  /** Words are immutable: one object per text, style and size serves every line that has it. */
  private readonly words = new Map<string, Word>();

  private word(text: string, style: FontStyle, underline: boolean, size: number): Word {
    const key = `${style}\u0000${underline ? 'u' : ''}${size}\u0000${text}`;
    let word = this.words.get(key);
    if (!word) {
      word = { text, style, underline, width: this.unitWidth(text, style) * size };
      this.words.set(key, word);
    }
    return word;
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
          let word = this.word(text, style, !!run.underline, size);
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
    if (this.measuring) return;
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
        this.setFont(first.style, box.size);
        this.showText(
          words.map((word) => word.text),
          left,
          top,
          box.size,
        );
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

  /** Ends the document, with page numbers top centre from page 2 (Nghị định 30/2020) or none. */
  async finish(pageNumbers = true): Promise<Buffer> {
    this.flushPage();
    const range = this.pdf.bufferedPageRange();
    for (let i = range.start + 1; pageNumbers && i < range.start + range.count; i++) {
      this.switchToPage(i);
      const box = this.wrap([{ text: String(i + 1) }], BODY_FONT_SIZE, this.width, 'center');
      this.draw(box, this.left, PAGE_NUMBER_TOP_MM * PT_PER_MM, this.width);
      this.flushPage();
    }
    return this.end();
  }
}
