import { inflateSync } from 'node:zlib';

/** One object of a PDF: its dictionary (or other value) as text and its stream bytes, if any. */
export interface PdfObject {
  body: string;
  stream?: Buffer;
}

/** A page: its object number, its box and its dictionary text. */
export interface PdfPage {
  ref: number;
  width: number;
  height: number;
  body: string;
}

/**
 * Reads a PDF as pdfkit writes it (the renderers here and the signature stamp): one revision with a
 * classic cross-reference table, uncompressed dictionaries, streams with a direct `/Length`. Enough to
 * append an incremental update; any other file is refused rather than guessed at.
 */
export class PdfFile {
  readonly size: number;
  readonly rootRef: number;
  readonly trailer: string;
  readonly startXref: number;
  private readonly offsets = new Map<number, number>();
  private readonly text: string;

  constructor(readonly bytes: Buffer) {
    this.text = bytes.toString('latin1');
    const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(this.text.slice(-64));
    if (!start) throw new Error('not a PDF: no startxref at its end');
    this.startXref = Number(start[1]);
    const tail = this.text.slice(this.startXref);
    if (!tail.startsWith('xref')) throw new Error('PDF without a classic cross-reference table');
    const trailerAt = tail.indexOf('trailer');
    this.readXref(tail.slice(4, trailerAt));
    this.trailer = tail.slice(trailerAt + 7, tail.indexOf('startxref'));
    if (/\/Prev\s/.test(this.trailer)) throw new Error('PDF already has an incremental update');
    this.size = Number(/\/Size\s+(\d+)/.exec(this.trailer)?.[1]);
    this.rootRef = Number(/\/Root\s+(\d+)\s+0\s+R/.exec(this.trailer)?.[1]);
    if (!this.size || !this.rootRef) throw new Error('PDF trailer without /Size or /Root');
  }

  object(ref: number): PdfObject {
    const offset = this.offsets.get(ref);
    if (offset === undefined) throw new Error(`PDF object ${ref} is not in the table`);
    const header = `${ref} 0 obj`;
    if (this.text.slice(offset, offset + header.length) !== header)
      throw new Error(`PDF object ${ref} is not where the table says`);
    const from = offset + header.length;
    const end = this.text.indexOf('endobj', from);
    const streamAt = this.text.indexOf('stream', from);
    if (streamAt < 0 || streamAt > end) return { body: this.text.slice(from, end).trim() };
    const body = this.text.slice(from, streamAt).trim();
    const length = Number(/\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(body)?.[1]);
    if (!Number.isInteger(length)) throw new Error(`PDF stream ${ref} without a direct /Length`);
    const dataAt = streamAt + 'stream'.length + (this.text[streamAt + 6] === '\r' ? 2 : 1);
    return { body, stream: this.bytes.subarray(dataAt, dataAt + length) };
  }

  /** The pages in reading order (the page tree walked depth-first). */
  pages(): PdfPage[] {
    const root = this.object(this.rootRef).body;
    const pagesRef = Number(/\/Pages\s+(\d+)\s+0\s+R/.exec(root)?.[1]);
    const out: PdfPage[] = [];
    const walk = (ref: number): void => {
      const body = this.object(ref).body;
      if (/\/Type\s*\/Pages\b/.test(body)) {
        const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
        for (const kid of kids.matchAll(/(\d+)\s+0\s+R/g)) walk(Number(kid[1]));
        return;
      }
      const box = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(body);
      if (!box) throw new Error(`PDF page ${ref} without its own /MediaBox`);
      out.push({
        ref,
        width: Number(box[3]) - Number(box[1]),
        height: Number(box[4]) - Number(box[2]),
        body,
      });
    };
    walk(pagesRef);
    return out;
  }

  /** A page's content, inflated, as text (operators and operands are ASCII). */
  pageContent(page: PdfPage): string {
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+0\s+R)/.exec(page.body)?.[1] ?? '';
    return [...contents.matchAll(/(\d+)\s+0\s+R/g)]
      .map((m) => {
        const { body, stream } = this.object(Number(m[1]));
        if (!stream) return '';
        return (/\/FlateDecode/.test(body) ? inflateSync(stream) : stream).toString('latin1');
      })
      .join('\n');
  }

  private readXref(table: string): void {
    const lines = table.trim().split(/\r?\n/);
    for (let i = 0; i < lines.length; ) {
      const [first, count] = lines[i].trim().split(/\s+/).map(Number);
      for (let k = 0; k < count; k++) {
        const [offset, , kind] = lines[i + 1 + k].trim().split(/\s+/);
        if (kind === 'n') this.offsets.set(first + k, Number(offset));
      }
      i += count + 1;
    }
  }
}
