import { unzipSync, strFromU8 } from 'fflate';
import { SAMPLE_UNITS, sampleList, samplePledge } from '../testing/sample-documents';
import { renderDocx } from './docx-renderer';
import type { TableBlock } from './official-document';
import { tablePageBreaks } from './pdf-renderer';

/** The XML parts of a DOCX (docx packs with fflate, which the test reuses to unpack). */
function parts(docx: Buffer): Record<string, string> {
  const files = unzipSync(new Uint8Array(docx));
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
}

/** Checks XML 1.0 well-formedness: balanced tags, escaped text, and only allowed characters. */
function expectWellFormed(xml: string): void {
  // eslint-disable-next-line no-control-regex
  expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  const stack: string[] = [];
  const tag =
    /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<\?[^?]*\?>|<!--[\s\S]*?-->/g;
  let position = 0;
  for (let match = tag.exec(xml); match; match = tag.exec(xml)) {
    const text = xml.slice(position, match.index);
    expect(text).not.toMatch(/[<>]|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/);
    position = tag.lastIndex;
    const [, closing, name, , selfClosing] = match;
    if (!name || selfClosing) continue;
    if (closing) expect(stack.pop()).toBe(name);
    else stack.push(name);
  }
  expect(xml.slice(position).trim()).toBe('');
  expect(stack).toEqual([]);
}

describe('renderDocx', () => {
  it('should render a pledge as well-formed WordprocessingML with the names intact', async () => {
    const xml = parts(await renderDocx(samplePledge()));
    const body = xml['word/document.xml'];

    Object.values(xml).forEach(expectWellFormed);
    expect(body).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(body).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(body).toContain('TM. ỦY BAN KIỂM TRA TỈNH ỦY');
    expect(body).toContain('TM. ĐẢNG ỦY KHỐI CƠ QUAN - DOANH NGHIỆP');
    for (let i = 1; i <= SAMPLE_UNITS.length; i++)
      expect(body).toContain(`Nguyễn Thị Ngọc Ánh ${i}`);
    // A4 portrait, Nghị định 30/2020 margins, first page without a page number.
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(body).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(body).toContain('<w:titlePg/>');
    expect(xml['word/styles.xml']).toContain('w:ascii="Times New Roman"');
    expect(xml['word/styles.xml']).toContain('<w:sz w:val="26"/>');
    // The last paragraph is kept with the signature table.
    expect(body).toMatch(/<w:keepNext\/>(?:(?!<\/w:p>).)*Bản giao ước được lập thành 10 bản/);
  });

  it('should render a 1,000-row landscape list with a repeated header row', async () => {
    const xml = parts(await renderDocx(sampleList(1000)));
    const body = xml['word/document.xml'];

    expectWellFormed(body);
    expect(body).toContain('w:tblHeader');
    expect(body).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    expect(body).toContain('Ủy ban Kiểm tra Tỉnh ủy');
    expect(body).toContain('Đảng ủy Khối Cơ quan - Doanh nghiệp');
    expect(body).toContain('Lào Cai, ngày 05 tháng 01 năm 2024');
    expect(body).toContain('Hoàng Thị Thủy 1000');
    expect(body).toContain('- Lưu: VT.');
    const headers = Object.entries(xml).filter(([name]) => /^word\/header\d+\.xml$/.test(name));
    expect(headers.map(([, text]) => text).join()).toContain('PAGE');
  });

  it('should drop control characters from stored text', async () => {
    const doc = samplePledge();
    doc.blocks.unshift({ type: 'paragraph', text: 'Báo\u0000 cáo\u0007 năm\u001b 2024' });
    const body = parts(await renderDocx(doc))['word/document.xml'];

    expectWellFormed(body);
    expect(body).toContain('Báo cáo năm 2024');
  });

  it('should turn line feeds in table cells into line breaks', async () => {
    const body = parts(
      await renderDocx({
        blocks: [{ type: 'table', columns: [{ header: 'Chỉ tiêu' }], rows: [['- Một\n- Hai']] }],
      }),
    )['word/document.xml'];

    expect(body).toMatch(
      /- Một<\/w:t><\/w:r><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:br\/><w:t[^>]*>- Hai</,
    );
  });

  it('should write every row of a long table, section rows spanning it and text escaped', async () => {
    const doc = sampleList(1000);
    const table = doc.blocks.find((block) => block.type === 'table');
    if (table?.type !== 'table') throw new Error('no table');
    table.rows[999][1] = 'Hộ ông A & bà B <Xóm 1>';
    const body = parts(await renderDocx(doc))['word/document.xml'];
    // The parts of the table (cut where the PDF's pages start), each with the header row.
    const tables = body
      .split('<w:tbl>')
      .slice(1)
      .map((table) => table.slice(0, table.indexOf('</w:tbl>')))
      .filter((table) => table.includes('<w:tblHeader/>'));
    const rows = tables.join('');

    expectWellFormed(body);
    expect(body).not.toContain('thidua-table-rows');
    // A header row per part, two section rows and 1,000 rows, each kept whole on a page.
    expect(rows.match(/<w:tr>/g)).toHaveLength(1002 + tables.length);
    expect(rows.match(/<w:cantSplit\/>/g)).toHaveLength(1002 + tables.length);
    expect(rows).toMatch(/<w:gridSpan w:val="6"\/>(?:(?!<\/w:tc>).)*II\. CÁ NHÂN/);
    for (const i of [1, 10, 500, 999])
      expect(rows).toContain(`<w:t xml:space="preserve">${i}</w:t>`);
    expect(rows).toContain('Hoàng Thị Thủy 998</w:t>');
    expect(body).toContain('Hộ ông A &amp; bà B &lt;Xóm 1&gt;');
  });

  it('should keep the last row with the total and the total with the signature, as the PDF does', async () => {
    const body = parts(await renderDocx(sampleList(40)))['word/document.xml'];
    // The table's last part (it is cut where the PDF's pages start).
    const table = body.slice(body.lastIndexOf('<w:tbl>', body.lastIndexOf('<w:tblHeader/>')));
    const rows = table.slice(0, table.indexOf('</w:tbl>')).split('<w:tr>').slice(1);
    const after = body.slice(body.indexOf('</w:tbl>', body.lastIndexOf('<w:tblHeader/>')));
    const paragraphs = after.split('<w:p>').slice(1);
    const total = paragraphs.findIndex((p) => p.includes('Danh sách gồm 9 tập thể'));

    // Body rows are kept whole; a section row and the last row go with what follows them.
    expect(rows.slice(1).every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
    expect(body.slice(body.lastIndexOf('<w:tr>', body.indexOf('II. CÁ NHÂN')))).toMatch(
      /^(?:(?!<\/w:tr>).)*<w:keepNext\/>/s,
    );
    expect(rows[rows.length - 1]).toContain('Hoàng Thị Thủy 40');
    expect(rows[rows.length - 1].match(/<w:keepNext\/>/g)).toHaveLength(6);
    expect(rows[rows.length - 2]).not.toContain('<w:keepNext/>');
    // The gap under the table (6 pt, as in the PDF) and the total keep with the signature.
    expect(total).toBeGreaterThan(0);
    for (const paragraph of paragraphs.slice(0, total + 1)) {
      expect(paragraph).toContain('<w:keepNext/>');
    }
    expect(paragraphs[0]).toContain('w:line="120" w:lineRule="exact"');
    // Cells padded as in the PDF (3 pt left and right, 2 pt top and bottom).
    expect(table).toMatch(
      /<w:tblCellMar>.*<w:top w:type="dxa" w:w="40"\/>.*<w:left w:type="dxa" w:w="60"\/>/,
    );
  });

  it('should not keep the last row with paragraphs that no signature follows', async () => {
    const doc = sampleList(20);
    doc.blocks = doc.blocks.filter((block) => block.type !== 'closing');
    const body = parts(await renderDocx(doc))['word/document.xml'];
    const last = body.slice(body.lastIndexOf('<w:tr>', body.indexOf('Hoàng Thị Thủy 20')));

    expect(last.slice(0, last.indexOf('</w:tr>'))).not.toContain('<w:keepNext/>');
  });

  it('should cut the table where the PDF starts its pages, each part on a new page with the header row', async () => {
    const doc = sampleList(120);
    const breaks = tablePageBreaks(doc).get(doc.blocks[0] as TableBlock) ?? [];
    const body = parts(await renderDocx(doc))['word/document.xml'];
    const tables = body.split('<w:tbl>').slice(1);
    const dataParts = tables.filter((table) => table.includes('<w:tblHeader/>'));

    expect(breaks.length).toBeGreaterThan(3);
    expect(dataParts).toHaveLength(breaks.length + 1);
    // Each part after the first opens on a page break, with the header row, at the PDF's row.
    const firstRow = (table: string) => {
      const rows = table.slice(0, table.indexOf('</w:tbl>')).split('<w:tr>').slice(2);
      return /<w:t xml:space="preserve">([^<]*)<\/w:t>/.exec(rows[0])?.[1];
    };
    breaks.forEach((at, i) => expect(firstRow(dataParts[i + 1])).toBe(String(at - 1)));
    expect(body.match(/<w:pageBreakBefore\/>/g)).toHaveLength(breaks.length);
    // Table lines as tall as the PDF's (Tinos ascender to descender at 12 pt: 13.29 pt).
    const styles = parts(await renderDocx(doc))['word/styles.xml'];
    expect(styles).toMatch(/w:styleId="TableText24".*?w:line="266" w:lineRule="exact"/s);
  });
});
