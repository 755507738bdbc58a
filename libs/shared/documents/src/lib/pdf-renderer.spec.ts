import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_UNITS, sampleList, samplePledge } from '../testing/sample-documents';
import type { TableBlock } from './official-document';
import { tableBody } from './page-layout';
import { renderPdf, tablePageBreaks } from './pdf-renderer';

describe('renderPdf', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'thidua-pdf-'));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  async function write(name: string, pdf: Promise<Buffer>): Promise<string> {
    const file = join(dir, name);
    writeFileSync(file, await pdf);
    return file;
  }

  const text = (file: string, ...range: string[]) =>
    execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' });
  const info = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const firstLine = (page: string) =>
    page
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim();
  /** Text with the layout's runs of spaces and line breaks folded, for phrases that may wrap. */
  const folded = (page: string) => page.replace(/\s+/g, ' ');

  it('should render a pledge with every Vietnamese name intact', async () => {
    const file = await write('pledge.pdf', renderPdf(samplePledge()));
    const all = text(file);

    expect(info(file)).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(all).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(all).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(all).toContain('BẢN GIAO ƯỚC THI ĐUA NĂM 2024');
    expect(all).toContain('Khối thi đua các cơ quan Đảng tỉnh');
    expect(all).toContain('Luật Thi đua, Khen thưởng ngày 15 tháng 6 năm 2022');
    for (const unit of SAMPLE_UNITS) expect(all).toContain(unit);
    for (let i = 1; i <= SAMPLE_UNITS.length; i++) {
      expect(all).toContain(`Nguyễn Thị Ngọc Ánh ${i}`);
    }
    // Signer titles wrap inside their cells: read them in reading order (no -layout).
    const titles = folded(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    for (const unit of SAMPLE_UNITS) {
      expect(titles).toContain(`TM. ${unit.toLocaleUpperCase('vi-VN')}`);
    }
  });

  it('should keep the last paragraph with the signatures after a page break', async () => {
    const file = await write('pledge-pages.pdf', renderPdf(samplePledge()));
    const pages = Number(/Pages:\s+(\d+)/.exec(info(file))?.[1]);
    const last = text(file, '-f', String(pages), '-l', String(pages));

    expect(pages).toBeGreaterThanOrEqual(2);
    expect(last).toContain('Bản giao ước được lập thành 10 bản');
    expect(last).toContain('Nguyễn Thị Ngọc Ánh 1');
    expect(last).toContain('Nguyễn Thị Ngọc Ánh 9');
  });

  it('should render a 1,000-row landscape list with page numbers from page 2', async () => {
    const file = await write('list.pdf', renderPdf(sampleList(1000)));
    const all = text(file);

    expect(info(file)).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
    expect(all).toContain('TỈNH ỦY LÀO CAI');
    expect(folded(all)).toContain('ĐẢNG ỦY KHỐI CƠ QUAN - DOANH NGHIỆP');
    expect(all).toContain('Lào Cai, ngày 05 tháng 01 năm 2024');
    expect(all).toContain('Số: 15/TTr-KTĐ');
    expect(all).toContain('Ủy ban Kiểm tra Tỉnh ủy');
    expect(all).toContain('II. CÁ NHÂN');
    // Numbers in cells as vi-VN writes them; words stay as they are.
    expect(all).toMatch(/1\.000\s+Hoàng Thị Thủy 1000/);
    expect(all).toContain('Nơi nhận:');
    expect(all).toContain('- Lưu: VT.');
    expect(all).toContain('Lương Đức Hùng');

    const first = text(file, '-f', '1', '-l', '1');
    const second = text(file, '-f', '2', '-l', '2');
    // Page 1 starts with the header, not a page number.
    expect(firstLine(first)).toMatch(/^TỈNH ỦY LÀO CAI\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
    expect(first).not.toMatch(/^\s*1\s*$/m);
    expect(firstLine(second)).toBe('2');
    // The header row repeats on the following pages.
    expect(second).toContain('Tên tập thể / Họ và tên');
  });

  it('should report the rows that open each page, as the PDF draws them', async () => {
    const doc = sampleList(120);
    const table = doc.blocks[0] as TableBlock;
    const breaks = tablePageBreaks(doc).get(table) ?? [];
    const file = await write('breaks.pdf', renderPdf(doc));
    const pages = Number(/Pages:\s+(\d+)/.exec(info(file))?.[1]);
    const items = tableBody(table);
    const name = (at: number) => {
      const item = items[at];
      return 'group' in item ? item.group : String(item.cells[1]);
    };
    const has = (page: string, at: number) => new RegExp(`${name(at)}(?!\\d)`).test(folded(page));

    // One break per page after the first; the total and the signatures share the last page.
    expect(breaks.length).toBe(pages - 1);
    expect(breaks).toEqual([...breaks].sort((a, b) => a - b));
    breaks.forEach((at, i) => {
      const before = text(file, '-f', String(i + 1), '-l', String(i + 1));
      const after = text(file, '-f', String(i + 2), '-l', String(i + 2));
      expect(has(before, at - 1)).toBe(true);
      expect(has(before, at)).toBe(false);
      expect(has(after, at)).toBe(true);
    });
    expect(text(file, '-f', String(pages))).toContain('Lương Đức Hùng');
  });

  it('should report no breaks for a document without tables, nor for ballot papers', () => {
    expect(tablePageBreaks(samplePledge()).size).toBe(0);
  });
});
