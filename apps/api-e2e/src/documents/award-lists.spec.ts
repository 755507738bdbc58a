import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import ExcelJS from 'exceljs';

import {
  PARTY_BLOC,
  type TestApp,
  bearer,
  binaryParser,
  blocId,
  carryYear,
  createTestApp,
  login,
  uniqueName,
  unitId,
  versionOf,
} from '../support/test-app';
import { SUITE_YEARS } from '../support/years';
import { downloadNames } from '../support/downloads';

describe('award lists, cover letters, decisions and certificates', () => {
  let t: TestApp;
  let admin: string;
  let thuky: string;
  let donvi: string;
  let party: string;
  let award: Record<string, string>;
  const [year] = SUITE_YEARS.awardLists;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, thuky, donvi] = await Promise.all(
      ['admin', 'thuky', 'donvi'].map((u) => login(t.http, u)),
    );
    party = await blocId(t, PARTY_BLOC);
    const types = await t.http.get('/api/v1/award-types').set(bearer(admin)).expect(200);
    award = Object.fromEntries(types.body.map((a: { code: string; id: string }) => [a.code, a.id]));
    await carryYear(t, party, year);
  });

  afterAll(() => t.close());

  /** A nomination that passed its vote, for a unit (collective) or a new person of it. */
  async function passed(
    kind: 'collective' | 'individual',
    code: string,
    name?: string,
  ): Promise<string> {
    const unit = await unitId(t, code);
    let beneficiary = unit;
    if (kind === 'individual') {
      const person = await t.http
        .post('/api/v1/people')
        .set(bearer(admin))
        .send({
          fullName: name ?? `Nguyễn Thị ${uniqueName('p')}`,
          sex: 'female',
          birthYear: 1982,
          position: 'Trưởng phòng',
          unitId: unit,
        })
        .expect(201);
      beneficiary = person.body.id;
    }
    const n = await t.http
      .post('/api/v1/nominations')
      .set(bearer(admin))
      .send({
        year,
        awardTypeId: award['GK'],
        beneficiaryKind: kind,
        beneficiaryId: beneficiary,
        proposingUnitId: unit,
        summary: `Hoàn thành xuất sắc nhiệm vụ năm ${year}; có nhiều sáng kiến`,
      })
      .expect(201);
    let v = n.body.version;
    for (const body of [
      { action: 'submit' },
      { action: 'accept' },
      { action: 'recordVote', vote: { votes: 8, denominator: 9, passed: true } },
    ]) {
      v = (
        await t.http
          .post(`/api/v1/nominations/${n.body.id}/transitions`)
          .set(bearer(admin))
          .send({ ...body, version: v })
          .expect(200)
      ).body.version;
    }
    return n.body.id;
  }

  it('should group, number, print and decide a list', async () => {
    const ids = [
      await passed('collective', 'VPTU'),
      await passed('collective', 'TCT'),
      await passed('individual', 'BTGTU', 'Hoàng Thị Hiên'),
      await passed('individual', 'BLC', 'Đặng Văn Hữu'),
    ];
    await t.http
      .post('/api/v1/award-lists')
      .set(bearer(donvi))
      .send({ title: 'x', year, blocId: party, order: 'units', nominationIds: ids })
      .expect(403);
    const created = await t.http
      .post('/api/v1/award-lists')
      .set(bearer(thuky))
      .send({
        title: `Danh sách đề nghị Giấy khen năm ${year}`,
        year,
        blocId: party,
        order: 'units',
        nominationIds: ids,
        coverLetter: { number: '15/TTr-KTĐ', date: `${year}-12-20` },
      })
      .expect(201);
    const list = created.body;
    expect(list.counts).toEqual({ collective: 2, individual: 2, household: 0 });
    expect(
      list.sections.map(
        (s: { numeral: string; groups: Array<{ rows: Array<{ stt: number; name: string }> }> }) => [
          s.numeral,
          s.groups[0].rows.map((r) => [r.stt, r.name]),
        ],
      ),
    ).toEqual([
      [
        'I',
        [
          [1, 'Văn phòng Tỉnh ủy'],
          [2, 'Trường Chính trị tỉnh'],
        ],
      ],
      [
        'II',
        [
          [1, 'Hoàng Thị Hiên'],
          [2, 'Đặng Văn Hữu'],
        ],
      ],
    ]);
    expect(list.coverLetter.issuingAgency).toBe('BÁO LÀO CAI');
    // A nomination is on one list at most.
    await t.http
      .post('/api/v1/award-lists')
      .set(bearer(thuky))
      .send({ title: 'Trùng', year, blocId: party, order: 'names', nominationIds: [ids[0]] })
      .expect(422);

    const dir = mkdtempSync(join(tmpdir(), 'list-'));
    const pdf = await t.http
      .get(`/api/v1/award-lists/${list.id}/export?format=pdf`)
      .set(bearer(donvi))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    writeFileSync(join(dir, 'l.pdf'), pdf.body);
    expect(downloadNames(pdf).utf8).toBe(`Danh sách đề nghị khen thưởng năm ${year}.pdf`);
    const text = execFileSync('pdftotext', [join(dir, 'l.pdf'), '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    for (const phrase of [
      'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
      'I. TẬP THỂ',
      'II. CÁ NHÂN',
      'Văn phòng Tỉnh ủy',
      'Trường Chính trị tỉnh',
      'Hoàng Thị Hiên',
      'Đặng Văn Hữu',
      '15/TTr-KTĐ',
    ]) {
      expect(text).toContain(phrase);
    }
    expect(execFileSync('pdfinfo', [join(dir, 'l.pdf')], { encoding: 'utf8' })).toMatch(
      /Page size:\s+841.89 x 595.28/,
    );
    const xlsx = await t.http
      .get(`/api/v1/award-lists/${list.id}/export?format=xlsx`)
      .set(bearer(donvi))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    const names = workbook.worksheets[0].getColumn(2).values;
    expect(names).toEqual(
      expect.arrayContaining([
        'Văn phòng Tỉnh ủy',
        'Hoàng Thị Hiên',
        'Đặng Văn Hữu',
        'Trường Chính trị tỉnh',
      ]),
    );
    const docx = await t.http
      .get(`/api/v1/award-lists/${list.id}/export?format=docx`)
      .set(bearer(donvi))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    writeFileSync(join(dir, 'l.docx'), docx.body);
    const xml = execFileSync('unzip', ['-p', join(dir, 'l.docx'), 'word/document.xml'], {
      encoding: 'utf8',
    });
    expect(xml).toContain('Hoàng Thị Hiên');
    expect(xml).toContain('w:tblHeader');
    const letter = await t.http
      .get(`/api/v1/award-lists/${list.id}/cover-letter?format=pdf`)
      .set(bearer(donvi))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    writeFileSync(join(dir, 'c.pdf'), letter.body);
    expect(downloadNames(letter).utf8).toBe(`Tờ trình đề nghị khen thưởng năm ${year}.pdf`);
    const letterText = execFileSync('pdftotext', [join(dir, 'c.pdf'), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    expect(letterText).toContain('TỜ TRÌNH');
    expect(letterText).toContain('2 (hai) tập thể và 2 (hai) cá nhân');

    await t.http
      .post(`/api/v1/award-lists/${list.id}/decision`)
      .set(bearer(admin))
      .send({
        number: '1/QĐ',
        date: `${year}-12-30`,
        signer: 'x',
        rejectedNominationIds: [],
        version: list.version,
      })
      .expect(409);
    const sent = await t.http
      .post(`/api/v1/award-lists/${list.id}/send`)
      .set(bearer(thuky))
      .send({ version: await versionOf(t, 'award_lists', list.id) })
      .expect(200);
    expect(sent.body.status).toBe('sent');
    expect((await t.http.get(`/api/v1/nominations/${ids[0]}`).set(bearer(admin))).body.status).toBe(
      'sent',
    );
    await t.http
      .post(`/api/v1/award-lists/${list.id}/decision`)
      .set(bearer(thuky))
      .send({
        number: '1/QĐ',
        date: `${year}-12-30`,
        signer: 'x',
        rejectedNominationIds: [],
        version: sent.body.version,
      })
      .expect(403);
    const decided = await t.http
      .post(`/api/v1/award-lists/${list.id}/decision`)
      .set(bearer(admin))
      .send({
        number: '2150/QĐ-UBND',
        date: `${year}-12-30`,
        signer: 'Trịnh Xuân Trường',
        rejectedNominationIds: [ids[1]],
        version: sent.body.version,
      })
      .expect(200);
    expect(decided.body.status).toBe('decided');
    expect((await t.http.get(`/api/v1/nominations/${ids[1]}`).set(bearer(admin))).body.status).toBe(
      'rejected',
    );
    const approved = (await t.http.get(`/api/v1/nominations/${ids[0]}`).set(bearer(admin))).body;
    expect(approved).toEqual(
      expect.objectContaining({ status: 'decided', decisionNumber: '2150/QĐ-UBND' }),
    );
    // The approved row went through "approved" to "decided", each step on its timeline.
    expect(approved.timeline.slice(-2)).toEqual([
      expect.objectContaining({ action: 'approve', from: 'sent', to: 'approved', actor: 'admin' }),
      expect.objectContaining({
        action: 'decide',
        from: 'approved',
        to: 'decided',
        reason: 'Quyết định số 2150/QĐ-UBND',
      }),
    ]);
    const history = await t.http
      .get(`/api/v1/award-history?year=${year}&awardTypeId=${award['GK']}`)
      .set(bearer(admin))
      .expect(200);
    expect(history.body.total).toBe(3);

    const certificates = await t.http
      .get(`/api/v1/award-lists/${list.id}/certificates?layout=design`)
      .set(bearer(admin))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    writeFileSync(join(dir, 'b.pdf'), certificates.body);
    expect(downloadNames(certificates).utf8).toMatch(/^Bằng khen năm \d{4}\.pdf$/);
    expect(execFileSync('pdfinfo', [join(dir, 'b.pdf')], { encoding: 'utf8' })).toMatch(
      /Pages:\s+3/,
    );
    const certText = execFileSync('pdftotext', [join(dir, 'b.pdf'), '-'], { encoding: 'utf8' });
    expect(certText).toContain('Hoàng Thị Hiên');
    expect(certText).toContain('2150/QĐ-UBND');
    const layout = await t.http
      .get(`/api/v1/certificate-layouts/${award['GK']}`)
      .set(bearer(admin))
      .expect(200);
    await t.http
      .put(`/api/v1/certificate-layouts/${award['GK']}`)
      .set(bearer(admin))
      .send({
        orientation: 'landscape',
        fields: {
          ...layout.body.fields,
          name: { ...layout.body.fields.name, y: 100, fontSize: 24 },
        },
        version: layout.body.version,
      })
      .expect(200);
    await t.http
      .put(`/api/v1/certificate-layouts/${award['GK']}`)
      .set(bearer(admin))
      .send({
        orientation: 'landscape',
        fields: { ...layout.body.fields, name: { x: -5 } },
        version: layout.body.version + 1,
      })
      .expect(422);
    const blank = await t.http
      .get(`/api/v1/award-lists/${list.id}/certificates?layout=blank`)
      .set(bearer(admin))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    writeFileSync(join(dir, 'blank.pdf'), blank.body);
    expect(
      execFileSync('pdftotext', [join(dir, 'blank.pdf'), '-'], { encoding: 'utf8' }),
    ).toContain('Đặng Văn Hữu');
  });

  it('should refuse a decision giving someone an award they already have that year, and change nothing', async () => {
    const ids = [
      await passed('individual', 'BTGTU', `Lý Thị ${uniqueName('a')}`),
      await passed('individual', 'BTGTU', `Lò Văn ${uniqueName('b')}`),
    ];
    const created = await t.http
      .post('/api/v1/award-lists')
      .set(bearer(thuky))
      .send({ title: 'Danh sách trùng', year, blocId: party, order: 'units', nominationIds: ids })
      .expect(201);
    const sent = await t.http
      .post(`/api/v1/award-lists/${created.body.id}/send`)
      .set(bearer(thuky))
      .send({ version: created.body.version })
      .expect(200);
    // Meanwhile the second person's award was recorded by hand.
    const [{ person_id: person }] = await t.dataSource.query(
      `SELECT person_id FROM nominations WHERE id = $1`,
      [ids[1]],
    );
    await t.http
      .post('/api/v1/award-history')
      .set(bearer(admin))
      .send({
        year,
        awardTypeId: award['GK'],
        beneficiaryKind: 'individual',
        beneficiaryId: person,
      })
      .expect(201);
    const snapshot = () =>
      t.dataSource.query(
        `SELECT n.id, n.status, n.version, n.timeline, n.decision_number,
                (SELECT count(*)::int FROM award_history h WHERE h.nomination_id = n.id) AS recorded
           FROM nominations n WHERE n.id = ANY($1::uuid[]) ORDER BY n.id`,
        [ids],
      );
    const before = await snapshot();

    const refused = await t.http
      .post(`/api/v1/award-lists/${created.body.id}/decision`)
      .set(bearer(admin))
      .send({
        number: '77/QĐ-UBND',
        date: `${year}-12-30`,
        signer: 'Trịnh Xuân Trường',
        rejectedNominationIds: [],
        version: sent.body.version,
      })
      .expect(409);
    expect(refused.body).toMatchObject({ code: 'history.duplicate' });
    expect(refused.body.message).toContain(`năm ${year}`);
    expect(await snapshot()).toEqual(before);
    const list = await t.http
      .get(`/api/v1/award-lists/${created.body.id}`)
      .set(bearer(admin))
      .expect(200);
    expect(list.body).toMatchObject({ status: 'sent', version: sent.body.version });

    // Rejecting the duplicate lets the rest be decided.
    await t.http
      .post(`/api/v1/award-lists/${created.body.id}/decision`)
      .set(bearer(admin))
      .send({
        number: '77/QĐ-UBND',
        date: `${year}-12-30`,
        signer: 'Trịnh Xuân Trường',
        rejectedNominationIds: [ids[1]],
        version: sent.body.version,
      })
      .expect(200);
    const after = await snapshot();
    expect(after.map((n: { status: string }) => n.status).sort()).toEqual(['decided', 'rejected']);
    expect(after.find((n: { id: string }) => n.id === ids[0])).toMatchObject({
      decision_number: '77/QĐ-UBND',
      recorded: 1,
    });
  });

  it('should export a long list in the background and report its progress', async () => {
    const ids = [await passed('collective', 'BDVTU')];
    const list = await t.http
      .post('/api/v1/award-lists')
      .set(bearer(admin))
      .send({ title: 'Xuất nền', year, blocId: party, order: 'names', nominationIds: ids })
      .expect(201);
    const job = await t.http
      .post(`/api/v1/award-lists/${list.body.id}/exports`)
      .set(bearer(admin))
      .send({ kind: 'list', format: 'docx' })
      .expect(201);
    expect(['queued', 'running', 'done']).toContain(job.body.status);
    let state = job.body;
    for (let i = 0; i < 50 && state.status !== 'done'; i += 1) {
      await new Promise((r) => setTimeout(r, 100));
      state = (
        await t.http.get(`/api/v1/export-jobs/${job.body.id}`).set(bearer(admin)).expect(200)
      ).body;
    }
    expect(state).toEqual(
      expect.objectContaining({
        status: 'done',
        progress: 100,
        url: `/api/v1/export-jobs/${job.body.id}/file`,
      }),
    );
    const file = await t.http
      .get(state.url)
      .set(bearer(admin))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(file.body.subarray(0, 2).toString()).toBe('PK');
  });

  it('should print every name of a long list exactly in PDF, DOCX and XLSX', async () => {
    // 400 awardees (more than the kit's long-list threshold) with every kind of diacritic.
    const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng', 'Vũ', 'Bùi'];
    const middle = ['Thị', 'Văn', 'Đức', 'Ngọc', 'Hữu'];
    const given = ['Ánh', 'Hằng', 'Thủy', 'Hiếu', 'Dũng', 'Quỳnh', 'Ước', 'Ỷ', 'Ơn'];
    const names = Array.from(
      { length: 400 },
      (_, i) => `${family[i % 8]} ${middle[i % 5]} ${given[i % 9]} ${i + 1}`,
    );
    const [{ id: gk }] = await t.dataSource.query(`SELECT id FROM award_types WHERE code = 'GK'`);
    const unit = await unitId(t, 'BLC');
    const people: Array<{ id: string }> = await t.dataSource.query(
      `INSERT INTO people (full_name, birth_year, sex, position, unit_id)
       SELECT n, 1980, 'female', 'Chuyên viên', $2 FROM unnest($1::text[]) AS n RETURNING id`,
      [names, unit],
    );
    const nominations: Array<{ id: string }> = await t.dataSource.query(
      `INSERT INTO nominations (term_year, award_type_id, beneficiary_kind, person_id, proposing_unit_id, summary, status, votes, vote_denominator, vote_passed)
       SELECT $4::int, $1, 'individual', p, $3, 'Hoàn thành xuất sắc nhiệm vụ năm ' || $4::int, 'voted', 8, 9, true
         FROM unnest($2::uuid[]) AS p RETURNING id`,
      [gk, people.map((p) => p.id), unit, year],
    );
    const list = (
      await t.http
        .post('/api/v1/award-lists')
        .set(bearer(admin))
        .send({
          title: 'Danh sách dài',
          year,
          order: 'names',
          nominationIds: nominations.map((n) => n.id),
        })
        .expect(201)
    ).body;
    const dir = mkdtempSync(join(tmpdir(), 'long-list-'));
    const exported = (format: 'pdf' | 'docx' | 'xlsx') =>
      t.http
        .get(`/api/v1/award-lists/${list.id}/export?format=${format}`)
        .set(bearer(admin))
        .buffer(true)
        .parse(binaryParser)
        .expect(200);
    /** How often `name` stands on its own (not as the start of a longer number) in `text`. */
    const count = (text: string, name: string) =>
      text.split(new RegExp(`${name}(?!\\d)`, 'u')).length - 1;

    writeFileSync(join(dir, 'l.pdf'), (await exported('pdf')).body);
    const pdf = execFileSync('pdftotext', ['-layout', join(dir, 'l.pdf'), '-'], {
      encoding: 'utf8',
    });
    const pages = pdf.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) expect(page).toMatch(/STT\s+Tên tập thể \/ Họ và/);
    expect(pages[pages.length - 1]).toContain('400 (bốn trăm) cá nhân');
    // Read in reading order with the line breaks of wrapped cells folded.
    const read = execFileSync('pdftotext', [join(dir, 'l.pdf'), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    for (const name of names) expect([name, count(read, name)]).toEqual([name, 1]);

    writeFileSync(join(dir, 'l.docx'), (await exported('docx')).body);
    const xml = execFileSync('unzip', ['-p', join(dir, 'l.docx'), 'word/document.xml'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    for (const name of names) expect([name, count(xml, `>${name}<`)]).toEqual([name, 1]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exported('xlsx')).body);
    const cells = workbook.worksheets[0].getColumn(2).values.filter((v) => typeof v === 'string');
    expect(cells).toEqual(expect.arrayContaining(names));
    // The header, the names and the section row (merged across the table, so it reads in B too).
    expect(cells).toHaveLength(names.length + 2);
    expect(cells).toContain('II. CÁ NHÂN');
  });
});
