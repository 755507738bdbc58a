import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import ExcelJS from 'exceljs';

import { saveDownload } from '../support/downloads';
import {
  type Api,
  type Json,
  SECOND_HEAD,
  SECOND_PROFILE,
  apiAs,
  setUpSecondOrganisation,
} from '../support/second-organisation';
import { type TestApp, bearer, createTestApp, login, uniqueName } from '../support/test-app';
import { SUITE_YEARS } from '../support/years';

const LAO_CAI = /l[àa]o\s*cai/i;
const PROFILE = SECOND_PROFILE;
const HEAD = SECOND_HEAD;

describe('a second organisation: another province on its own install', () => {
  let t: TestApp;
  let admin: string;
  let original: Json;
  let gk: string;
  const [year] = SUITE_YEARS.secondOrganisation;
  const dir = mkdtempSync(join(tmpdir(), 'second-org-'));
  const api: Api = (method, path, body) => apiAs(t, admin)(method, path, body);

  /** The file's text: PDF through pdftotext, DOCX from its XML, XLSX from its cells. */
  async function text(path: string, name: string): Promise<string> {
    const file = join(dir, name);
    const bytes = await saveDownload(t, admin, path, file);
    if (name.endsWith('.pdf')) return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    if (name.endsWith('.docx'))
      return execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' })
        .replace(/<w:br\/>|<\/w:p>/g, '\n')
        .replace(/<[^>]+>/g, '');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => cells.push(String(row.values))));
    return cells.join('\n');
  }

  const flat = (s: string) => s.replace(/\s+/g, ' ');

  beforeAll(async () => {
    t = await createTestApp();
    admin = await login(t.http, 'admin');
    original = await api('get', '/organisation/profile');
    const types = await api('get', '/award-types');
    gk = types.find((a: Json) => a.code === 'GK').id;
  });

  afterAll(async () => {
    // The suites share one database: the demo profile goes back as it was.
    const now = await api('get', '/organisation/profile');
    const { version: _v, updatedAt: _u, warnings: _w, ...profile } = original;
    await api('put', '/organisation/profile', { ...profile, version: now.version });
    await t.close();
  });

  it('should refuse an inconsistent profile field by field, in Vietnamese, and change nothing', async () => {
    const before = await api('get', '/organisation/profile');
    const res = await t.http
      .put('/api/v1/organisation/profile')
      .set(bearer(admin))
      .send({
        ...PROFILE,
        place: '',
        signers: [{ ...PROFILE.signers[0], issuingBodyCode: 'khong-co' }],
        version: before.version,
      })
      .expect(422);
    expect(res.body.code).toBe('common.validation');
    expect(res.body.fieldErrors.place).toEqual(['Không được để trống.']);
    const again = await t.http
      .put('/api/v1/organisation/profile')
      .set(bearer(admin))
      .send({
        ...PROFILE,
        signers: [
          { ...PROFILE.signers[0], issuingBodyCode: 'khong-co' },
          { ...PROFILE.signers[1], capacity: 'KT.', authority: '' },
        ],
        version: before.version,
      })
      .expect(422);
    expect(again.body.fieldErrors).toEqual({
      'signers.0.issuingBodyCode': ['Cơ quan ban hành không có trong danh sách cơ quan ban hành.'],
      'signers.1.authority': [
        'Ký thay, thay mặt, quyền, thừa lệnh, thừa ủy quyền cần ghi rõ chức danh được ký thay (ví dụ: CHỦ TỊCH).',
      ],
    });
    const viewer = await login(t.http, 'xem');
    await t.http
      .put('/api/v1/organisation/profile')
      .set(bearer(viewer))
      .send({ ...PROFILE, version: before.version })
      .expect(403);
    // Everyone signed in reads what documents need.
    await t.http.get('/api/v1/organisation/profile').set(bearer(viewer)).expect(200);
    expect(await api('get', '/organisation/profile')).toEqual(before);
  });

  it('should head, date and sign every paper of its bloc from its profile, never with Lào Cai', async () => {
    const current = await api('get', '/organisation/profile');
    const saved = await api('put', '/organisation/profile', {
      ...PROFILE,
      version: current.version,
    });
    expect(saved.warnings).toEqual([]);
    const audit = await api('get', '/audit-log?entity=organisationProfile');
    expect(audit.items[0].after.place).toBe('Sơn Lâm');
    expect(audit.items[0].before.place).toBe(original.place);

    const { bloc, blocPath, pledge, ballot, blocList, provinceList } =
      await setUpSecondOrganisation(api, year, gk);
    expect(pledge.place).toBe('Sơn Lâm');
    expect(blocList.coverLetter.signerName).toBe(HEAD.headName);
    // From Sở Nội vụ, to the chairman only: never to itself.
    expect(provinceList.coverLetter.recipients).toEqual(['Chủ tịch Ủy ban nhân dân tỉnh Sơn Lâm']);
    expect(provinceList.coverLetter.number).toBe('…/TTr-SNV');
    expect(provinceList.coverLetter.issuerName).toBe('Sở Nội vụ tỉnh Sơn Lâm');
    expect(blocList.coverLetter.issuerName).toBe(bloc.name);

    const papers: Array<[string, string, string[]]> = [
      [`${blocPath}/pledge/document?format=pdf`, 'pledge.pdf', ['Sơn Lâm, ngày']],
      [`${blocPath}/pledge/document?format=docx`, 'pledge.docx', ['Sơn Lâm, ngày']],
      [
        `/ballots/${ballot.id}/minutes?format=pdf`,
        'minutes.pdf',
        ['Sơn Lâm, ngày 18 tháng 12', 'tại Hội trường Sở Tài chính', 'Luật Thi đua, khen thưởng'],
      ],
      [`/ballots/${ballot.id}/minutes?format=docx`, 'minutes.docx', ['Sơn Lâm, ngày 18 tháng 12']],
      [`/ballots/${ballot.id}/papers`, 'papers.pdf', ['PHIẾU BẦU']],
      [
        `/award-lists/${blocList.id}/cover-letter?format=pdf`,
        'bloc-letter.pdf',
        ['Sơn Lâm, ngày 20 tháng 12', 'TM. KHỐI THI ĐUA', HEAD.headName],
      ],
      [
        `/award-lists/${provinceList.id}/cover-letter?format=pdf`,
        'letter.pdf',
        [
          'ỦY BAN NHÂN DÂN TỈNH SƠN LÂM',
          'SỞ NỘI VỤ',
          'Sơn Lâm, ngày 22 tháng 12',
          'Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Sơn Lâm',
          'KT. GIÁM ĐỐC',
          'PHÓ GIÁM ĐỐC',
          'Đinh Thị Lan',
          // The proposer in running text, not the capitalised header line.
          'Sở Nội vụ tỉnh Sơn Lâm kính đề nghị',
        ],
      ],
      [
        `/award-lists/${provinceList.id}/cover-letter?format=docx`,
        'letter.docx',
        ['Sơn Lâm, ngày 22 tháng 12', 'Đinh Thị Lan', 'Sở Nội vụ tỉnh Sơn Lâm kính đề nghị'],
      ],
      [
        `/award-lists/${blocList.id}/export?format=pdf`,
        'list.pdf',
        ['Sơn Lâm, ngày', HEAD.headName],
      ],
      [`/award-lists/${blocList.id}/export?format=docx`, 'list.docx', [HEAD.headName]],
      [`/award-lists/${blocList.id}/export?format=xlsx`, 'list.xlsx', [HEAD.name]],
      [
        `/award-lists/${provinceList.id}/decision?format=pdf`,
        'decision.pdf',
        [
          'ỦY BAN NHÂN DÂN',
          'TỈNH SƠN LÂM',
          'Số: 45/QĐ-UBND',
          'Sơn Lâm, ngày 30 tháng 12',
          'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LÂM',
          'Theo đề nghị của Giám đốc Sở Nội vụ tỉnh Sơn Lâm',
          'KT. CHỦ TỊCH',
          'Bùi Văn Khánh',
          `(Kèm theo Quyết định số 45/QĐ-UBND ngày 30/12/${year} của Chủ tịch Ủy ban nhân dân tỉnh Sơn Lâm)`,
        ],
      ],
      [
        `/award-lists/${provinceList.id}/decision?format=docx`,
        'decision.docx',
        ['Sơn Lâm, ngày 30 tháng 12', 'Số: 45/QĐ-UBND', 'Bùi Văn Khánh'],
      ],
      [
        `/award-lists/${provinceList.id}/certificates?layout=design`,
        'certificates.pdf',
        [
          'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LÂM',
          'Sơn Lâm, ngày 30 tháng 12',
          'KT. CHỦ TỊCH',
          'PHÓ CHỦ TỊCH',
          'Bùi Văn Khánh',
        ],
      ],
      [
        `/award-lists/${provinceList.id}/certificates?layout=blank`,
        'blank.pdf',
        ['Sơn Lâm, ngày 30 tháng 12', 'Bùi Văn Khánh'],
      ],
      [
        `${blocPath}/ranking?format=pdf`,
        'ranking.pdf',
        [
          'Sơn Lâm, ngày',
          'TRƯỞNG KHỐI',
          HEAD.headName,
          'Hội đồng Thi đua - Khen thưởng tỉnh Sơn Lâm',
        ],
      ],
      [
        `/reports/awards/export?year=${year}&format=pdf`,
        'report.pdf',
        ['toàn tỉnh Sơn Lâm', 'SỞ NỘI VỤ', 'Sơn Lâm, ngày', 'GIÁM ĐỐC', 'Tạ Quang Vinh'],
      ],
      [
        `/reports/awards/export?year=${year}&blocId=${bloc.id}&format=pdf`,
        'bloc-report.pdf',
        ['TM. KHỐI THI ĐUA', HEAD.headName],
      ],
      [`/reports/awards/export?year=${year}&format=xlsx`, 'report.xlsx', ['toàn tỉnh Sơn Lâm']],
    ];
    const problems: string[] = [];
    for (const [path, name, expected] of papers) {
      const content = flat(await text(path, name));
      if (LAO_CAI.test(content)) problems.push(`${name} names Lào Cai`);
      for (const phrase of expected)
        if (!content.includes(phrase)) problems.push(`${name} lacks "${phrase}"`);
    }
    expect(problems).toEqual([]);
  }, 120_000); // nineteen papers rendered and read back

  it("should send the demo's 2021 cover letter from Sở Nội vụ to the chairman only, citing the 2003 Law", async () => {
    const [row] = await t.dataSource.query(
      `SELECT cover_letter FROM award_lists WHERE cover_letter->>'number' = '112/TTr-SNV'`,
    );
    expect(row.cover_letter.issuingAgency).toBe('SỞ NỘI VỤ');
    expect(row.cover_letter.recipients).toEqual(['Chủ tịch Ủy ban nhân dân tỉnh Lào Cai']);
    expect(row.cover_letter.bases[0]).toBe('Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003;');
    expect(row.cover_letter.bases.join(' ')).not.toMatch(/2022|98\/2023/);
    expect(row.cover_letter.signerName).toBe('Trần Thị Mai');
  });

  it("should cite the law in force on a cover letter's date, and follow a change of date", async () => {
    const created = await api('post', '/award-lists', {
      title: `Danh sách năm 2021 ${uniqueName('')}`,
      year: 2021,
      order: 'units',
      nominationIds: [],
      coverLetter: { date: '2021-09-20' },
    });
    const bases = created.coverLetter.bases.join(' ');
    expect(bases).toContain('Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003');
    expect(bases).toContain('ngày 16 tháng 11 năm 2013');
    expect(bases).not.toContain('15 tháng 6 năm 2022');
    expect(bases).not.toContain('98/2023');
    const letter = flat(
      await text(`/award-lists/${created.id}/cover-letter?format=pdf`, '2021.pdf'),
    );
    expect(letter).toContain('Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003');
    expect(letter).not.toContain('2022');

    const moved = await api('put', `/award-lists/${created.id}`, {
      title: created.title,
      year: 2021,
      order: 'units',
      nominationIds: [],
      coverLetter: { date: '2025-08-01', parentAgency: ' ỦY BAN  NHÂN DÂN \n\n TỈNH SƠN LÂM' },
      version: created.version,
    });
    // Header lines stay lines (never broken inside the province's name), tidied.
    expect(moved.coverLetter.parentAgency).toBe('ỦY BAN NHÂN DÂN\nTỈNH SƠN LÂM');
    expect(moved.coverLetter.bases.slice(0, 2)).toEqual([
      'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành Luật Thi đua, khen thưởng;',
    ]);
    expect(moved.coverLetter.bases.join(' ')).not.toContain('2003');
    // The letter's own line (the conference's minutes) stays.
    expect(moved.coverLetter.bases.at(-1)).toMatch(/^Biên bản hội nghị/);
    // The demo's 2021 lists stay as other specs expect them.
    await t.http
      .delete(`/api/v1/award-lists/${created.id}`)
      .set(bearer(admin))
      .send({ version: moved.version })
      .expect(204);
  });

  it('should print a placeholder and tell the admin when a signer is missing', async () => {
    const current = await api('get', '/organisation/profile');
    const saved = await api('put', '/organisation/profile', {
      ...PROFILE,
      signers: PROFILE.signers.filter((s) => s.documentKind !== 'report'),
      version: current.version,
    });
    expect(saved.warnings).toEqual([
      { code: 'organisation.signerMissing', documentKind: 'report' },
    ]);
    const report = flat(await text(`/reports/awards/export?year=${year}&format=pdf`, 'r2.pdf'));
    expect(report).toContain('[CHỨC VỤ NGƯỜI KÝ]');
    expect(report).toContain('[Họ và tên người ký]');
    expect(report).not.toMatch(LAO_CAI);
  });
});
