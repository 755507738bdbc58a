import { execFileSync } from 'node:child_process';

// Reads a rendered PDF back with poppler-utils (pdftotext, pdfinfo, pdftoppm): text per page,
// each word with its box, and pages as grey pixels, for tests of what a page really shows.

/** A word on a page, its box in points from the page's top left (pdftotext -bbox). */
export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPageBox {
  width: number;
  height: number;
  words: PdfWord[];
}

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Every page's size and words, in reading order. */
export function pdfWords(file: string): PdfPageBox[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .map((chunk, index) => {
      const size = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk);
      const words = [
        ...chunk.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({
        page: index + 1,
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: unescape(m[5]),
      }));
      return { width: Number(size?.[1]), height: Number(size?.[2]), words };
    });
}

/** The words of a page grouped into lines (same baseline within a point), top to bottom. */
export function pdfLines(page: PdfPageBox): PdfWord[][] {
  const lines: PdfWord[][] = [];
  for (const word of [...page.words].sort((a, b) => a.yMax - b.yMax || a.xMin - b.xMin)) {
    const line = lines.find((l) => Math.abs(l[0].yMax - word.yMax) < 1);
    if (line) line.push(word);
    else lines.push([word]);
  }
  return lines.map((line) => line.sort((a, b) => a.xMin - b.xMin));
}

/** The text of every page in layout (pdftotext -layout), split at its form feeds. */
export function pdfPageTexts(file: string): string[] {
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1],
  );
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .slice(0, pages);
}

/** A page as grey pixels (0 black … 255 white) at `dpi`, from pdftoppm's PGM. */
export interface GreyPage {
  width: number;
  height: number;
  /** Points per pixel. */
  scale: number;
  at(x: number, y: number): number;
}

export function pdfPageGrey(file: string, page: number, dpi = 72): GreyPage {
  const pgm = execFileSync(
    'pdftoppm',
    ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), file],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  // P5 header: magic, width, height, maximum, each followed by white space.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not answer a PGM image');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  return { width, height, scale: 72 / dpi, at: (x, y) => pixels[y * width + x] };
}
