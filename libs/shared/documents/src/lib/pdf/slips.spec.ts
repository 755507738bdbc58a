import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleBallotPapers } from '../../testing/sample-documents';
import { pdfLines, pdfPageGrey, pdfPageTexts, pdfWords } from '../../testing/pdf-reading';
import { renderPdf } from '../pdf-renderer';

describe('renderPdf of ballot papers (slips)', () => {
  let dir: string;
  let written = 0;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'thidua-slips-'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function write(candidates: number, copies: number): Promise<string> {
    const file = join(dir, `slips-${++written}.pdf`);
    writeFileSync(file, await renderPdf(sampleBallotPapers(candidates, copies)));
    return file;
  }

  const count = (text: string, phrase: string) => text.split(phrase).length - 1;

  it('should put four short papers to a portrait sheet, without page numbers', async () => {
    const file = await write(3, 9);
    const texts = pdfPageTexts(file);

    expect(texts.map((page) => count(page, 'PHIẾU BẦU'))).toEqual([4, 4, 1]);
    for (const page of pdfWords(file)) {
      expect([page.width, page.height]).toEqual([595.28, 841.89]);
      for (const line of pdfLines(page)) {
        expect(line.map((word) => word.text).join(' ')).not.toMatch(/^\d+$/);
      }
    }
  });

  it('should draw dashed cut lines between the papers of a sheet', async () => {
    const file = await write(3, 9);
    const full = pdfPageGrey(file, 1);
    /** Dark runs along a pixel row: a dashed line has many, an empty row none. */
    const dashes = (grey: typeof full, y: number) => {
      let runs = 0;
      for (let x = 1; x < grey.width; x++) {
        if (grey.at(x, y) < 160 && grey.at(x - 1, y) >= 160) runs += 1;
      }
      return runs;
    };
    const near = (grey: typeof full, y: number) =>
      Math.max(...[-1, 0, 1].map((d) => dashes(grey, y + d)));
    for (const quarter of [1, 2, 3]) {
      expect(near(full, Math.round((full.height * quarter) / 4))).toBeGreaterThan(40);
    }
    // The last sheet has one paper: no cut line under it.
    const last = pdfPageGrey(file, 3);
    expect(near(last, Math.round(last.height / 4))).toBe(0);
  });

  it('should put a long paper two to a landscape sheet (A5 halves) and cut it in the middle', async () => {
    const file = await write(20, 5);
    const pages = pdfWords(file);

    expect(pages).toHaveLength(3);
    expect([pages[0].width, pages[0].height]).toEqual([841.89, 595.28]);
    expect(pdfPageTexts(file).map((page) => count(page, 'PHIẾU BẦU'))).toEqual([2, 2, 1]);
    // Each half holds a whole paper: the names of one half stay left of the middle.
    const titles = pages[0].words.filter((w) => w.text === 'PHIẾU');
    expect(titles.map((w) => w.xMax < pages[0].width / 2)).toEqual([true, false]);
  });

  it('should print a paper longer than half a sheet one to a sheet, every name kept', async () => {
    const file = await write(40, 2);
    const all = pdfPageTexts(file).join('\n');

    expect(count(all, 'PHIẾU BẦU')).toBe(2);
    expect(all).toMatch(/40\s+Ban Nội chính Tỉnh ủy/);
  });
});
