import PDFDocument from 'pdfkit';

import { documentFontPaths } from '../document-fonts';
import { sanitizeText } from '../document-text';
import { MARGINS_MM, PT_PER_MM } from '../page-layout';
import { PdfFile, type PdfPage } from './pdf-file';

/**
 * Where the visible signature goes, as Nghị định 30/2020 (Phụ lục I) places it on an electronic
 * document: `signer` — over the signer's block (its title and name) on the last page; `attachment`
 * — a document sent with a main one (the list with its cover letter): top right of the first page.
 */
export type StampPlacement = 'signer' | 'attachment';

export interface SignatureStamp {
  placement: StampPlacement;
  /** The stamp's lines, e.g. "Ký bởi: Sở Nội vụ" and "Thời gian ký: 05.01.2024 10:20:30 +07:00". */
  lines: string[];
  /**
   * The page (from 1) of the signer's block when it is not the last one, e.g. a decision followed
   * by its attached list.
   */
  page?: number;
}

/** A rectangle in PDF user space: [x1, y1, x2, y2]. */
export type Rect = [number, number, number, number];

const WIDTH = 210;
const PADDING = 4;
const MAX_SIZE = 10;
const MIN_SIZE = 6;
const LINE_HEIGHT = 1.2;
/** The stamp's frame: red, like the body's seal whose place it takes. */
const FRAME_COLOUR = '#c62828';

/** 'dd.MM.yyyy HH:mm:ss +07:00' in Vietnam time (UTC+7 all year, ISO 8601 offset). */
export function formatSigningTime(at: Date): string {
  const local = new Date(at.getTime() + 7 * 3_600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${two(local.getUTCDate())}.${two(local.getUTCMonth() + 1)}.${local.getUTCFullYear()} ` +
    `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())} +07:00`
  );
}

/** The stamp's size for its lines. */
export function stampSize(lines: string[]): { width: number; height: number } {
  return { width: WIDTH, height: lines.length * MAX_SIZE * LINE_HEIGHT + 2 * PADDING };
}

/**
 * Where the stamp goes on the page: for the signer, centred in the right half just above the
 * lowest line there (the signer's name, below the space left for the signature); for an
 * attachment, in the top margin at the right.
 */
export function stampRect(file: PdfFile, page: PdfPage, stamp: SignatureStamp): Rect {
  const { width, height } = stampSize(stamp.lines);
  const right = page.width - MARGINS_MM.right * PT_PER_MM;
  if (stamp.placement === 'attachment') {
    const top = page.height - 6;
    return [right - width, top - height, right, top];
  }
  const half = page.width / 2;
  const baselines = [...file.pageContent(page).matchAll(/1 0 0 1 ([-\d.]+) ([-\d.]+) Tm/g)]
    .filter((m) => Number(m[1]) >= half * 0.9)
    .map((m) => Number(m[2]));
  const nameBaseline = baselines.length
    ? Math.min(...baselines)
    : MARGINS_MM.bottom * PT_PER_MM + height;
  const centre = (half + right) / 2;
  const bottom = nameBaseline + MAX_SIZE * LINE_HEIGHT + 2;
  return [centre - width / 2, bottom, centre + width / 2, bottom + height];
}

/** Draws the stamp with pdfkit as a one-page PDF of its own size (Tinos, Vietnamese intact). */
export function renderStampPdf(lines: string[]): Promise<Buffer> {
  const { width, height } = stampSize(lines);
  const fonts = documentFontPaths();
  const pdf = new PDFDocument({ size: [width, height], margin: 0, font: fonts.normal });
  const texts = lines.map(sanitizeText);
  const widest = Math.max(...texts.map((t) => pdf.fontSize(MAX_SIZE).widthOfString(t)));
  const size = Math.max(MIN_SIZE, Math.min(MAX_SIZE, (MAX_SIZE * (width - 2 * PADDING)) / widest));
  pdf
    .lineWidth(1)
    .strokeColor(FRAME_COLOUR)
    .rect(0.5, 0.5, width - 1, height - 1)
    .stroke();
  pdf.fillColor('black').fontSize(size);
  texts.forEach((text, i) => {
    pdf.text(text, PADDING, PADDING + i * MAX_SIZE * LINE_HEIGHT, {
      width: width - 2 * PADDING,
      lineBreak: false,
    });
  });
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.end();
  });
}
