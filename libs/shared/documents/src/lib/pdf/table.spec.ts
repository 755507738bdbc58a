import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleList } from '../../testing/sample-documents';
import type { OfficialDocument, TableBlock } from '../official-document';
import { renderPdf } from '../pdf-renderer';

describe('renderPdf of long lists', () => {
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
  const lastPage = (file: string) => {
    const last = String(pageCount(file));
    return execFileSync('pdftotext', ['-layout', '-f', last, '-l', last, file, '-'], {
      encoding: 'utf8',
    });
  };
  const lines = (page: string) => page.split('\n').filter((line) => line.trim() !== '');
  const table = (doc: OfficialDocument) => doc.blocks.find((b) => b.type === 'table') as TableBlock;

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
      const last = lastPage(await write(sampleList(count)));
      expect(last).toMatch(new RegExp(`${count}\\s+Hoàng Thị Thủy ${count}\\b`));
      expect(last).toContain('Lương Đức Hùng');
      expect(last).toMatch(/STT\s+Tên tập thể \/ Họ và tên/);
    }
  });

  it('should keep a section row with the row after it', async () => {
    // Consecutive places put the section row at every position on a page, the last included.
    for (let before = 100; before < 124; before++) {
      const doc = sampleList(200);
      table(doc).groupRows?.push({ beforeRow: before, text: 'III. HỘ GIA ĐÌNH' });
      const page = pages(await write(doc)).find((text) => text.includes('III. HỘ GIA ĐÌNH'));
      expect(page).toMatch(
        new RegExp(`III\\. HỘ GIA ĐÌNH\\s+${before + 1}\\s+Hoàng Thị Thủy ${before + 1}\\b`),
      );
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

  it('should draw the other blocks of a long document: headings, lists, runs and signers', async () => {
    const doc = sampleList(200);
    doc.blocks.splice(
      0,
      0,
      { type: 'heading', text: 'I. Căn cứ đề nghị' },
      { type: 'list', numbered: true, items: ['Luật Thi đua, Khen thưởng', 'Nghị định 152/2025'] },
      {
        type: 'paragraph',
        text: [
          { text: 'Đơn vị ' },
          { text: 'đề nghị', bold: true },
          { text: ' khen thưởng ', italic: true },
          { text: 'các cá nhân', underline: true },
          {
            text: ' có tên sau đây, theo đúng quy định hiện hành của Ủy ban nhân dân tỉnh, trên cơ sở kết quả bình xét của Hội đồng Thi đua - Khen thưởng và ý kiến thống nhất của các thành viên.',
          },
        ],
      },
      { type: 'pageBreak' },
    );
    doc.blocks.push({
      type: 'signatures',
      perRow: 3,
      columns: ['Ban Tổ chức', 'Văn phòng', 'Báo Lào Cai', 'Trường Chính trị'].map((unit, i) => ({
        title: `TM. ${unit}`,
        note: '(Ký, ghi rõ họ tên)',
        name: `Nguyễn Thị Ngọc Ánh ${i + 1}`,
      })),
    });
    const file = await write(doc);
    const texts = pages(file);
    const all = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

    expect(texts[0]).toContain('I. Căn cứ đề nghị');
    expect(texts[0]).toMatch(/1\. Luật Thi đua, Khen thưởng/);
    expect(texts[0]).toMatch(/2\. Nghị định 152\/2025/);
    // Justified over two lines: the words keep their spaces.
    expect(all).toContain(
      'Đơn vị đề nghị khen thưởng các cá nhân có tên sau đây, theo đúng quy định hiện hành của Ủy ban nhân dân tỉnh, trên cơ sở kết quả bình xét của Hội đồng',
    );
    // The page break puts the table on page 2, its header row first under the page number.
    expect(texts[0]).not.toContain('Tên tập thể / Họ và tên');
    expect(lines(texts[1])[1]).toMatch(/^\s*STT\s+Tên tập thể \/ Họ và tên/);
    for (const unit of ['BAN TỔ CHỨC', 'VĂN PHÒNG', 'BÁO LÀO CAI', 'TRƯỜNG CHÍNH TRỊ']) {
      expect(all).toContain(`TM. ${unit}`);
    }
    for (let i = 1; i <= 4; i++) expect(all).toContain(`Nguyễn Thị Ngọc Ánh ${i}`);
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/Tinos-BoldItalic/);
  });
});
