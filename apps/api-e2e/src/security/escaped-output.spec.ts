import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import { SaxesParser } from 'saxes';

import {
  type TestApp,
  bearer,
  binaryParser,
  createTestApp,
  login,
  uniqueName,
  unitId,
  yearVersion,
} from '../support/test-app';
import { scratchYear } from '../support/years';

/** Names that break HTML, XML or a template when not escaped; stored and printed literally. */
const HOSTILE_UNIT = `<script>alert("x")</script> Ban 'Tuyên' & "giáo" <b>đậm</b> ]]> {{1+1}}`;
const HOSTILE_COMMITMENT = `Cam kết <img src=x onerror=alert(1)> & <w:t>chèn</w:t> "trích dẫn"`;

/** Throws when the XML is not well-formed. */
function assertWellFormed(xml: string): void {
  const parser = new SaxesParser();
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
}

const unzipText = (file: string, entry: string) =>
  execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8', maxBuffer: 50 * 1024 * 1024 });

describe('stored text is printed escaped', () => {
  let t: TestApp;
  let admin: string;
  let dir: string;
  let unit: { id: string; code: string };
  let bloc: string;
  let year: number;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await login(t.http, 'admin');
    dir = mkdtempSync(join(tmpdir(), 'escaped-'));
    const created = await t.http
      .post('/api/v1/units')
      .set(bearer(admin))
      .send({ code: uniqueName('XSS').toUpperCase().slice(0, 20), name: HOSTILE_UNIT })
      .expect(201);
    unit = created.body;
    bloc = (
      await t.http
        .post('/api/v1/blocs')
        .set(bearer(admin))
        .send({ name: `Khối <i>thử</i> & "kiểm tra" ${uniqueName('')}`, kind: 'khoi' })
        .expect(201)
    ).body.id;
    const blc = await unitId(t, 'BLC');
    year = await scratchYear(t, [unit.id, blc]);
    await t.http
      .put(`/api/v1/blocs/${bloc}/years/${year}/members`)
      .set(bearer(admin))
      .send({ unitIds: [unit.id, blc], version: await yearVersion(t, bloc, year) })
      .expect(200);
    await t.http
      .put(`/api/v1/blocs/${bloc}/years/${year}/leadership`)
      .set(bearer(admin))
      .send({
        headUnitId: unit.id,
        deputyUnitId: blc,
        version: await yearVersion(t, bloc, year),
      })
      .expect(200);
    await t.http
      .put(`/api/v1/blocs/${bloc}/years/${year}/pledge`)
      .set(bearer(admin))
      .send({
        title: `Giao ước <năm> ${year}`,
        place: 'Lào Cai',
        commitments: [HOSTILE_COMMITMENT],
      })
      .expect(200);
  }, 120_000);

  afterAll(() => t.close());

  const download = async (path: string, name: string): Promise<string> => {
    const res = await t.http
      .get(path)
      .set(bearer(admin))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const file = join(dir, name);
    writeFileSync(file, res.body);
    return file;
  };

  it('should store the names literally and refuse control characters', async () => {
    const res = await t.http.get(`/api/v1/units/${unit.id}`).set(bearer(admin)).expect(200);
    expect(res.body.name).toBe(HOSTILE_UNIT);
    const bad = await t.http
      .post('/api/v1/units')
      .set(bearer(admin))
      .send({
        code: uniqueName('CTL').toUpperCase().slice(0, 20),
        name: 'Ban\u0007Tuyên\u0000giáo',
      })
      .expect(422);
    expect(Object.keys(bad.body.fieldErrors)).toEqual(['name']);
  });

  it('should print them literally in the PDF', async () => {
    const file = await download(
      `/api/v1/blocs/${bloc}/years/${year}/pledge/document?format=pdf`,
      'p.pdf',
    );
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    // Signature titles are upper-cased and wrap inside their column: compare without spaces.
    const flat = (s: string) => s.replace(/\s+/g, '').toUpperCase();
    expect(flat(text)).toContain(flat(HOSTILE_UNIT));
    expect(text.replace(/\s+/g, ' ')).toContain(HOSTILE_COMMITMENT);
  });

  it('should escape them in the DOCX, whose XML stays well-formed', async () => {
    const file = await download(
      `/api/v1/blocs/${bloc}/years/${year}/pledge/document?format=docx`,
      'p.docx',
    );
    const xml = unzipText(file, 'word/document.xml');
    expect(() => assertWellFormed(xml)).not.toThrow();
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<w:t>chèn</w:t>');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
    expect(text.toUpperCase()).toContain(HOSTILE_UNIT.toUpperCase());
    expect(text).toContain(HOSTILE_COMMITMENT);
  });

  it('should keep them as plain text cells in the XLSX export', async () => {
    const file = await download('/api/v1/units/export', 'u.xlsx');
    for (const entry of ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml']) {
      const xml = (() => {
        try {
          return unzipText(file, entry);
        } catch {
          return '';
        }
      })();
      if (xml) expect(() => assertWellFormed(xml)).not.toThrow();
    }
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const values: string[] = [];
    book.worksheets[0].eachRow((row) => row.eachCell((cell) => values.push(cell.text)));
    expect(values).toContain(HOSTILE_UNIT);
    const formulas: unknown[] = [];
    book.worksheets[0].eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) formulas.push(cell.formula);
      }),
    );
    expect(formulas).toEqual([]);
  });
});
