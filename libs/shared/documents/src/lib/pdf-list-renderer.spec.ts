import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleList } from '../testing/sample-documents';
import type { OfficialDocument, TableBlock } from './official-document';
import { LONG_LIST_ROWS, isLongListDocument } from './pdf-list-renderer';
import { renderPdf } from './pdf-renderer';

describe('renderPdf of long lists (pdfkit)', () => {
  let dir: string;
  let written = 0;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'thidua-pdf-list-'));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  async function write(doc: OfficialDocument): Promise<string> {
    const file = join(dir, `list-${++written}.pdf`);
    writeFileSync(file, await renderPdf(doc));
    return file;
  }

  const pageCount = (file: string) =>
    Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  /** The text of every page, in layout, split at pdftotext's form feeds. */
  const pages = (file: string) =>
    execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
      .split('\f')
      .slice(0, pageCount(file));
  const lines = (page: string) => page.split('\n').filter((line) => line.trim() !== '');
  const table = (doc: OfficialDocument) => doc.blocks.find((b) => b.type === 'table') as TableBlock;

  it('should take the pdfkit path only for long tables', () => {
    expect(isLongListDocument(sampleList(LONG_LIST_ROWS + 1))).toBe(true);
    expect(isLongListDocument(sampleList(LONG_LIST_ROWS))).toBe(false);
  });

  it('should repeat the header row on every page, number pages from 2 and sign on the last row’s page', async () => {
    const file = await write(sampleList(600));
    const texts = pages(file);

    expect(texts.length).toBeGreaterThan(5);
    texts.forEach((page, index) => {
      const first = lines(page)[0].trim();
      if (index === 0) {
        expect(first).toMatch(/^TỈNH ỦY LÀO CAI\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
        expect(page).not.toMatch(/^\s*1\s*$/m);
      } else {
        expect(first).toBe(String(index + 1));
      }
      // The header row: its first line holds STT and the name column's header.
      expect(page).toMatch(/STT\s+Tên tập thể \/ Họ và tên/);
    });
    const last = texts[texts.length - 1];
    expect(last).toMatch(/600\s+Hoàng Thị Thủy 600/);
    expect(last).toContain('Danh sách gồm 9 tập thể và 591 cá nhân.');
    expect(last).toContain('Nơi nhận:');
    expect(last).toContain('TM. BAN THƯỜNG VỤ');
    expect(last).toContain('Lương Đức Hùng');
    // Every row once, in order, across the pages.
    const all = texts.join('\n');
    let at = 0;
    for (let i = 10; i <= 600; i++) {
      const next = all.indexOf(`Hoàng Thị Thủy ${i}\u0020`, at);
      expect(next).toBeGreaterThan(at);
      at = next;
    }
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/Tinos/);
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).not.toMatch(/Helvetica/);
  });

  it('should move the last row to the signature’s page wherever the table ends', async () => {
    // Consecutive lengths end the table at every position on a page, the last rows included.
    for (let count = 170; count < 194; count++) {
      const texts = pages(await write(sampleList(count)));
      const last = texts[texts.length - 1];
      expect(last).toMatch(new RegExp(`${count}\\s+Hoàng Thị Thủy ${count}\\b`));
      expect(last).toContain('Lương Đức Hùng');
      expect(last).toMatch(/STT\s+Tên tập thể \/ Họ và tên/);
    }
  });

  it('should keep a section row with the row after it', async () => {
    for (let count = 170; count < 194; count++) {
      const doc = sampleList(count);
      table(doc).groupRows?.push({ beforeRow: count - 1, text: 'III. HỘ GIA ĐÌNH' });
      const texts = pages(await write(doc));
      const page = texts.find((text) => text.includes('III. HỘ GIA ĐÌNH')) ?? '';
      expect(page).toMatch(new RegExp(`${count}\\s+Hoàng Thị Thủy ${count}\\b`));
    }
  });

  it('should split a row taller than a page across pages without losing a word', async () => {
    const doc = sampleList(200);
    const words = Array.from({ length: 900 }, (_, i) => `mục${i + 1}đạt`);
    table(doc).rows[20][3] = words.join(' ');
    const texts = pages(await write(doc));
    const all = texts.join('\n');

    let at = 0;
    for (const word of words) {
      const next = all.indexOf(word, at);
      expect(next).toBeGreaterThanOrEqual(at);
      at = next;
    }
    expect(all).toMatch(/200\s+Hoàng Thị Thủy 200/);
    texts.forEach((page) => expect(page).toMatch(/STT\s+Tên tập thể \/ Họ và tên/));
  });
});
