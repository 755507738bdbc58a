import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleCertificates } from '../../testing/sample-documents';
import { pdfLines, pdfPageGrey, pdfPageTexts, pdfWords } from '../../testing/pdf-reading';
import { PT_PER_MM } from '../page-layout';
import { renderPdf } from '../pdf-renderer';

describe('renderPdf of designed certificates', () => {
  let dir: string;
  let file: string;
  const names = ['Nguyễn Thị Ngọc Ánh', 'Ban Bảo vệ chăm sóc sức khỏe cán bộ tỉnh'];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thidua-certificate-'));
    file = join(dir, 'certificates.pdf');
    writeFileSync(file, await renderPdf(sampleCertificates(names)));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('should give each awardee a landscape page without a page number', () => {
    const pages = pdfWords(file);

    expect(pages).toHaveLength(2);
    pages.forEach((page, index) => {
      expect([page.width, page.height]).toEqual([841.89, 595.28]);
      expect(pdfPageTexts(file)[index].replace(/\s+/g, ' ')).toContain(names[index]);
      // No line is a number alone (a page number, top centre, from page 2).
      for (const line of pdfLines(page)) {
        expect(line.map((word) => word.text).join(' ')).not.toMatch(/^\d+$/);
      }
    });
  });

  it('should centre the text between even margins, below the emblem and down the page', () => {
    const emblemBottom = (15 + 24) * PT_PER_MM;
    const frameBottom = 595.28 - 11 * PT_PER_MM;
    for (const page of pdfWords(file)) {
      const left = Math.min(...page.words.map((w) => w.xMin));
      const right = page.width - Math.max(...page.words.map((w) => w.xMax));
      expect(Math.abs(left - right)).toBeLessThan(3);
      // The title's line is centred on the page.
      const title = pdfLines(page).find(
        (line) => line.map((w) => w.text).join(' ') === 'BẰNG KHEN',
      );
      expect(title).toBeDefined();
      const middle = ((title?.[0].xMin ?? 0) + (title?.[title.length - 1].xMax ?? 0)) / 2;
      expect(Math.abs(middle - page.width / 2)).toBeLessThan(2);
      // Nothing in the emblem's place; the text fills the page down to the frame.
      const top = Math.min(...page.words.map((w) => w.yMin));
      const bottom = Math.max(...page.words.map((w) => w.yMax));
      expect(top).toBeGreaterThan(emblemBottom);
      expect(bottom).toBeLessThan(frameBottom);
      expect(Math.abs(top - emblemBottom - (frameBottom - bottom))).toBeLessThan(40);
    }
  });

  it('should draw a frame around the page and outline the emblem’s place', () => {
    const grey = pdfPageGrey(file, 1);
    /** Share of the pixels of a row (or column) that are dark, between two points. */
    const darkRow = (y: number, from: number, to: number) => {
      let dark = 0;
      for (let x = from; x < to; x++) if (grey.at(x, y) < 160) dark += 1;
      return dark / (to - from);
    };
    const darkColumn = (x: number, from: number, to: number) => {
      let dark = 0;
      for (let y = from; y < to; y++) if (grey.at(x, y) < 160) dark += 1;
      return dark / (to - from);
    };
    const outer = Math.round((8 * PT_PER_MM) / grey.scale);
    const near = (edge: number, line: (at: number) => number) =>
      Math.max(...[-1, 0, 1].map((d) => line(edge + d)));
    const [w, h] = [grey.width, grey.height];
    expect(near(outer, (y) => darkRow(y, outer, w - outer))).toBeGreaterThan(0.95);
    expect(near(h - 1 - outer, (y) => darkRow(y, outer, w - outer))).toBeGreaterThan(0.95);
    expect(near(outer, (x) => darkColumn(x, outer, h - outer))).toBeGreaterThan(0.95);
    expect(near(w - 1 - outer, (x) => darkColumn(x, outer, h - outer))).toBeGreaterThan(0.95);
    // The emblem's circle: marks at its top centre, paper at its middle.
    const centre = Math.round(w / 2);
    const emblemTop = Math.round((15 * PT_PER_MM) / grey.scale);
    const emblemMiddle = Math.round(((15 + 12) * PT_PER_MM) / grey.scale);
    let darkest = 255;
    for (let dx = -8; dx <= 8; dx++) {
      for (let dy = -2; dy <= 2; dy++)
        darkest = Math.min(darkest, grey.at(centre + dx, emblemTop + dy));
    }
    expect(darkest).toBeLessThan(200);
    expect(grey.at(centre, emblemMiddle)).toBe(255);
  });
});
