import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { ExportJobKind, ExportJobResponse } from '@thidua/documents/contracts';
import ExcelJS from 'exceljs';

import { type TestApp, bearer, binaryParser, createTestApp, login } from '../support/test-app';

/**
 * Background exports of every kind, on the demo's decided Bằng khen batch (2021), read back:
 * each is queued, finishes and downloads as the file it names.
 */
describe('background exports of lists, cover letters and certificates', () => {
  let t: TestApp;
  let admin: string;
  let listId: string;
  const dir = mkdtempSync(join(tmpdir(), 'exports-'));

  beforeAll(async () => {
    t = await createTestApp();
    admin = await login(t.http, 'admin');
    const lists = await t.http.get('/api/v1/award-lists?year=2021').set(bearer(admin)).expect(200);
    listId = lists.body[0].id;
  });

  afterAll(() => t.close());

  async function exported(kind: ExportJobKind, format: string): Promise<Buffer> {
    const job = await t.http
      .post(`/api/v1/award-lists/${listId}/exports`)
      .set(bearer(admin))
      .send({ kind, format })
      .expect(201);
    let state = job.body as ExportJobResponse;
    for (let i = 0; i < 300 && (state.status === 'queued' || state.status === 'running'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      state = (await t.http.get(`/api/v1/export-jobs/${state.id}`).set(bearer(admin)).expect(200))
        .body;
    }
    expect(state).toEqual(expect.objectContaining({ status: 'done', error: null }));
    const file = await t.http
      .get(state.url ?? '')
      .set(bearer(admin))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    return file.body;
  }

  it.each([
    ['list', 'pdf', '%PDF-'],
    ['list', 'docx', 'PK'],
    ['list', 'xlsx', 'PK'],
    ['coverLetter', 'pdf', '%PDF-'],
    ['coverLetter', 'docx', 'PK'],
    ['certificates', 'pdf', '%PDF-'],
  ] as const)(
    'should queue and download the %s as %s',
    async (kind, format, magic) => {
      const body = await exported(kind, format);
      expect(body.subarray(0, magic.length).toString()).toBe(magic);
    },
    120_000,
  );

  it('should print the certificates one page per awardee, framed and without page numbers', async () => {
    const file = join(dir, 'certificates.pdf');
    writeFileSync(file, await exported('certificates', 'pdf'));
    const list = (await t.http.get(`/api/v1/award-lists/${listId}`).set(bearer(admin))).body as {
      sections: Array<{ groups: Array<{ rows: unknown[] }> }>;
      decision: { rejected: string[] };
    };
    const awardees =
      list.sections.flatMap((s) => s.groups.flatMap((g) => g.rows)).length -
      list.decision.rejected.length;
    const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((page) => page.trim() !== '');
    expect(pages).toHaveLength(awardees);
    for (const page of pages) {
      expect(page).toContain('BẰNG KHEN');
      expect(page).not.toMatch(/^\s*\d+\s*$/m);
    }
  }, 120_000);

  it('should set the list and the registry export up to print (A4, header row on each page, Times New Roman)', async () => {
    for (const [path, orientation] of [
      [`/api/v1/award-lists/${listId}/export?format=xlsx`, 'landscape'],
      ['/api/v1/units/export', 'landscape'],
    ] as const) {
      const res = await t.http.get(path).set(bearer(admin)).buffer(true).parse(binaryParser);
      expect(res.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body);
      const sheet = workbook.worksheets[0];
      expect(sheet.pageSetup).toEqual(
        expect.objectContaining({
          paperSize: 9,
          orientation,
          fitToWidth: 1,
          printTitlesRow: '1:1',
        }),
      );
      expect(sheet.getCell('B2').font?.name).toBe('Times New Roman');
      expect(sheet.getCell('B2').border?.left?.style).toBe('thin');
    }
  });

  it('should keep the DOCX list’s last row with the total and the signature', async () => {
    const file = join(dir, 'list.docx');
    writeFileSync(file, await exported('list', 'docx'));
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
    // The table's last part (the DOCX cuts it where the PDF starts its pages).
    const end = xml.indexOf('</w:tbl>', xml.lastIndexOf('<w:tblHeader/>'));
    const lastRow = xml.slice(xml.lastIndexOf('<w:tr>', end), end);
    const total = xml.slice(end);

    expect(lastRow).toContain('<w:keepNext/>');
    expect(total.slice(0, total.indexOf('Tổng cộng'))).toContain('<w:keepNext/>');
  }, 120_000);

  it('should keep a kind the API does not render out of the table', async () => {
    await expect(
      t.dataSource.query(
        `INSERT INTO export_jobs (list_id, kind, format, file_name) VALUES ($1, 'minutes', 'pdf', '')`,
        [listId],
      ),
    ).rejects.toThrow(/ck_export_jobs_kind/);
  });
});
