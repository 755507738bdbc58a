import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { AwardListResponse } from '@thidua/documents/contracts';

import { type TestApp, bearer, binaryParser, createTestApp, login } from '../support/test-app';

/**
 * The Word and Excel files open in LibreOffice (headless, from Debian): each is converted to PDF
 * there and its text read back, so a file LibreOffice cannot open, or opens with text missing,
 * fails. The list is the demo's decided Bằng khen batch (15 collectives, 36 individuals, 8
 * households).
 */
describe('DOCX and XLSX open in LibreOffice', () => {
  let t: TestApp;
  let token: string;
  let list: AwardListResponse;
  const dir = mkdtempSync(join(tmpdir(), 'office-'));

  beforeAll(async () => {
    t = await createTestApp();
    token = await login(t.http, 'xem');
    const lists = await t.http.get('/api/v1/award-lists?year=2021').set(bearer(token)).expect(200);
    list = (await t.http.get(`/api/v1/award-lists/${lists.body[0].id}`).set(bearer(token)))
      .body as AwardListResponse;
  });

  afterAll(() => t.close());

  async function download(path: string, file: string, as = token): Promise<string> {
    const res = await t.http.get(path).set(bearer(as)).buffer(true).parse(binaryParser).expect(200);
    writeFileSync(join(dir, file), res.body);
    return join(dir, file);
  }

  /** LibreOffice opens the file and prints it to PDF; answers the text of that PDF. */
  function openInLibreOffice(file: string): string {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        file,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    return fold(
      execFileSync('pdftotext', [file.replace(/\.(docx|xlsx)$/, '.pdf'), '-'], {
        encoding: 'utf8',
      }),
    );
  }

  /**
   * Spaces folded, and a spaced hyphen dropped: where a cell wraps after "Cơ quan -", pdftotext
   * joins the lines without the hyphen.
   */
  const fold = (text: string) => text.replace(/\s+-\s+/g, ' ').replace(/\s+/g, ' ');
  const names = () =>
    list.sections.flatMap((s) => s.groups.flatMap((g) => g.rows.map((r) => fold(r.name))));

  it('should open the list as DOCX with every row', async () => {
    expect(names()).toHaveLength(59);
    const text = openInLibreOffice(
      await download(`/api/v1/award-lists/${list.id}/export?format=docx`, 'list.docx'),
    );
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    for (const name of names()) expect(text).toContain(name);
  }, 180_000);

  it('should open the list as XLSX with every row', async () => {
    const text = openInLibreOffice(
      await download(`/api/v1/award-lists/${list.id}/export?format=xlsx`, 'list.xlsx'),
    );
    for (const name of names()) expect(text).toContain(name);
  }, 180_000);

  it('should open the cover letter as DOCX with its counts in words', async () => {
    const text = openInLibreOffice(
      await download(`/api/v1/award-lists/${list.id}/cover-letter?format=docx`, 'letter.docx'),
    );
    expect(text).toContain('TỜ TRÌNH');
    expect(text).toContain('15 (mười lăm) tập thể');
    expect(text).toContain('112/TTr-SNV');
  }, 180_000);

  it('should open the award history import template with its sheets and lists', async () => {
    const admin = await login(t.http, 'admin');
    const text = openInLibreOffice(
      await download('/api/v1/award-history/import/template', 'template.xlsx', admin),
    );
    for (const header of ['Mã danh hiệu', 'Loại đối tượng', 'Ngày quyết định']) {
      expect(text).toContain(header);
    }
    expect(text).toContain('Hoàng Thị Hiên');
    expect(text).toContain('Danh hiệu, hình thức khen thưởng');
  }, 180_000);
});
