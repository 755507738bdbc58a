import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The Tinos files (Times New Roman metrics, full Vietnamese) shipped in `src/assets/fonts`. */
export const DOCUMENT_FONT_FILES = {
  normal: 'Tinos-Regular.ttf',
  bold: 'Tinos-Bold.ttf',
  italics: 'Tinos-Italic.ttf',
  bolditalics: 'Tinos-BoldItalic.ttf',
} as const;

export type FontStyle = keyof typeof DOCUMENT_FONT_FILES;

let configuredDirectory: string | undefined;

/**
 * Points the renderers at a folder holding the four Tinos TTFs. Without a call, the library uses
 * `<dir of the running bundle>/assets/fonts` (apps/api copies them there) or, from source,
 * `libs/shared/documents/src/assets/fonts`.
 */
export function configureDocumentFonts(dir: string): void {
  const directory = resolve(dir);
  const missing = Object.values(DOCUMENT_FONT_FILES).filter(
    (file) => !existsSync(join(directory, file)),
  );
  if (missing.length > 0) {
    throw new Error(`Document fonts missing in ${directory}: ${missing.join(', ')}`);
  }
  configuredDirectory = directory;
  metricsCache.clear();
}

/** The folder the renderers read fonts from (configured or found by default). */
export function documentFontDirectory(): string {
  if (configuredDirectory) return configuredDirectory;
  const candidates = [
    join(__dirname, 'assets/fonts'),
    join(__dirname, '../assets/fonts'),
    join(process.cwd(), 'libs/shared/documents/src/assets/fonts'),
  ];
  const found = candidates.find((dir) => existsSync(join(dir, DOCUMENT_FONT_FILES.normal)));
  if (!found) {
    throw new Error(
      `Document fonts not found (tried ${candidates.join(', ')}); call configureDocumentFonts(dir)`,
    );
  }
  configureDocumentFonts(found);
  return resolve(found);
}

export function documentFontPaths(): Record<FontStyle, string> {
  const dir = documentFontDirectory();
  return {
    normal: join(dir, DOCUMENT_FONT_FILES.normal),
    bold: join(dir, DOCUMENT_FONT_FILES.bold),
    italics: join(dir, DOCUMENT_FONT_FILES.italics),
    bolditalics: join(dir, DOCUMENT_FONT_FILES.bolditalics),
  };
}

/** Advance widths read from a TTF (`cmap` format 4 and `hmtx`): enough to size rules and columns. */
class FontMetrics {
  private readonly widths = new Map<number, number>();
  private readonly defaultWidth: number;
  /** Ascender less descender (hhea), per unit of size: the line height the PDF engine uses. */
  readonly lineHeight: number;

  constructor(file: string) {
    const data = readFileSync(file);
    const tables = new Map<string, number>();
    const numTables = data.readUInt16BE(4);
    for (let i = 0; i < numTables; i++) {
      const record = 12 + i * 16;
      tables.set(data.toString('latin1', record, record + 4), data.readUInt32BE(record + 8));
    }
    const table = (tag: string): number => {
      const offset = tables.get(tag);
      if (offset === undefined) throw new Error(`${file}: no '${tag}' table`);
      return offset;
    };
    const unitsPerEm = data.readUInt16BE(table('head') + 18);
    const hhea = table('hhea');
    this.lineHeight = (data.readInt16BE(hhea + 4) - data.readInt16BE(hhea + 6)) / unitsPerEm;
    const numberOfHMetrics = data.readUInt16BE(table('hhea') + 34);
    const hmtx = table('hmtx');
    const advance = (glyph: number): number =>
      data.readUInt16BE(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1)) / unitsPerEm;
    this.defaultWidth = advance(0);

    const cmap = table('cmap');
    let subtable = -1;
    for (let i = 0; i < data.readUInt16BE(cmap + 2); i++) {
      const record = cmap + 4 + i * 8;
      const platform = data.readUInt16BE(record);
      const encoding = data.readUInt16BE(record + 2);
      const offset = cmap + data.readUInt32BE(record + 4);
      if (platform === 3 && encoding === 1 && data.readUInt16BE(offset) === 4) subtable = offset;
    }
    if (subtable < 0) throw new Error(`${file}: no Unicode BMP cmap`);
    const segCount = data.readUInt16BE(subtable + 6) / 2;
    const ends = subtable + 14;
    const starts = ends + segCount * 2 + 2;
    const deltas = starts + segCount * 2;
    const rangeOffsets = deltas + segCount * 2;
    for (let s = 0; s < segCount; s++) {
      const start = data.readUInt16BE(starts + s * 2);
      const end = data.readUInt16BE(ends + s * 2);
      const delta = data.readInt16BE(deltas + s * 2);
      const rangeOffsetAt = rangeOffsets + s * 2;
      const rangeOffset = data.readUInt16BE(rangeOffsetAt);
      for (let code = start; code <= end && code !== 0xffff; code++) {
        let glyph: number;
        if (rangeOffset === 0) {
          glyph = (code + delta) & 0xffff;
        } else {
          glyph = data.readUInt16BE(rangeOffsetAt + rangeOffset + 2 * (code - start));
          if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
        }
        if (glyph !== 0) this.widths.set(code, advance(glyph));
      }
    }
  }

  /** Width in points of `text` at `size` points (no kerning). */
  measure(text: string, size: number): number {
    let total = 0;
    for (const char of text)
      total += this.widths.get(char.codePointAt(0) ?? 0) ?? this.defaultWidth;
    return total * size;
  }
}

const metricsCache = new Map<FontStyle, FontMetrics>();

function metricsOf(style: FontStyle): FontMetrics {
  let metrics = metricsCache.get(style);
  if (!metrics) {
    metrics = new FontMetrics(documentFontPaths()[style]);
    metricsCache.set(style, metrics);
  }
  return metrics;
}

/**
 * The height in points of a line of Tinos at `size` as the PDF engine sets it (ascender to
 * descender, no line gap): a DOCX table sets its lines to it, so its rows are as tall as the PDF's.
 */
export function lineHeight(size: number, style: FontStyle = 'normal'): number {
  return metricsOf(style).lineHeight * size;
}

/** Width in points of one line of `text` in Tinos (≈ Times New Roman). */
export function measureText(text: string, size: number, style: FontStyle = 'normal'): number {
  return metricsOf(style).measure(text, size);
}
