import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { saveDownload } from '../support/downloads';
import {
  type Json,
  type SecondOrganisation,
  SECOND_PROFILE,
  apiAs,
  setUpSecondOrganisation,
} from '../support/second-organisation';
import { type TestApp, bearer, createTestApp, login } from '../support/test-app';
import { SUITE_YEARS } from '../support/years';

/**
 * A bloc numbers its own papers in its own register (sổ văn bản đi of the bloc, symbol KTĐ): its
 * cover letters and the vote-count minutes of its ballots, whose number the secretariat takes from
 * the register or types; the minutes print it in PDF and DOCX.
 */
describe("a bloc's numbered papers: cover letters and minutes", () => {
  let t: TestApp;
  let admin: string;
  let original: Json;
  let o: SecondOrganisation;
  const [year] = SUITE_YEARS.numberedBlocPapers;
  const dir = mkdtempSync(join(tmpdir(), 'numbered-papers-'));
  const take = (token: string, body: object) =>
    t.http.post('/api/v1/outgoing-numbers').set(bearer(token)).send(body);
  const setNumber = (token: string, body: object) =>
    t.http.put(`/api/v1/ballots/${o.ballot.id}/minutes-number`).set(bearer(token)).send(body);
  const ballot = async () => apiAs(t, admin)('get', `/ballots/${o.ballot.id}`);
  const stored = async () =>
    Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM outgoing_numbers`))[0].n);

  /** The paper's text: PDF through pdftotext, DOCX from its XML. */
  async function text(path: string, name: string): Promise<string> {
    const file = join(dir, name);
    await saveDownload(t, admin, path, file);
    const raw = name.endsWith('.pdf')
      ? execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
      : execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' })
          .replace(/<\/w:p>/g, '\n')
          .replace(/<[^>]+>/g, '');
    return raw.replace(/\s+/g, ' ');
  }

  beforeAll(async () => {
    t = await createTestApp();
    admin = await login(t.http, 'admin');
    const api = apiAs(t, admin);
    original = await api('get', '/organisation/profile');
    await api('put', '/organisation/profile', { ...SECOND_PROFILE, version: original.version });
    const gk = (await api('get', '/award-types')).find((a: Json) => a.code === 'GK').id;
    o = await setUpSecondOrganisation(api, year, gk);
  }, 180_000);

  afterAll(async () => {
    // The suites share one database: the demo profile goes back as it was.
    const api = apiAs(t, admin);
    const now = await api('get', '/organisation/profile');
    const { version: _v, updatedAt: _u, warnings: _w, ...profile } = original;
    await api('put', '/organisation/profile', { ...profile, version: now.version });
    await t.close();
  });

  it("should number the bloc's papers in the bloc's own register, from 1 each year", async () => {
    expect(o.blocNumbers).toEqual({ minutes: '1/BB-KTĐ', coverLetter: '2/TTr-KTĐ' });
    const next = await take(admin, {
      documentKind: 'coverLetter',
      documentDate: `${year}-12-28`,
      blocId: o.bloc.id,
      subject: 'Đề nghị tặng Cờ thi đua',
    }).expect(201);
    expect(next.body).toMatchObject({
      bodyCode: `bloc:${o.bloc.id}`,
      bodyName: o.bloc.name,
      number: 3,
      symbol: '3/TTr-KTĐ',
    });
    const page = await t.http
      .get('/api/v1/outgoing-numbers')
      .query({ bodyCode: `bloc:${o.bloc.id}`, year })
      .set(bearer(admin))
      .expect(200);
    expect(page.body.items.map((r: Json) => [r.symbol, r.bodyName])).toEqual([
      ['3/TTr-KTĐ', o.bloc.name],
      ['2/TTr-KTĐ', o.bloc.name],
      ['1/BB-KTĐ', o.bloc.name],
    ]);
    // The profile's bodies keep their own sequences.
    const snv = await take(admin, {
      documentKind: 'coverLetter',
      documentDate: `${year}-12-28`,
      subject: 'Đề nghị tặng Bằng khen',
    }).expect(201);
    expect(snv.body.symbol).toBe('1/TTr-SNV');
  });

  it('should refuse a bloc number field by field, to whoever does not manage the bloc, and store nothing', async () => {
    const before = await stored();
    const letter = {
      documentKind: 'coverLetter',
      documentDate: `${year}-12-28`,
      subject: 'Tờ trình',
    };
    const both = await take(admin, { ...letter, blocId: o.bloc.id, bodyCode: 'snv' }).expect(422);
    expect(both.body).toMatchObject({
      statusCode: 422,
      code: 'common.validation',
      fieldErrors: { bodyCode: ['Chọn cơ quan ban hành hoặc khối thi đua, không chọn cả hai.'] },
    });
    const unknown = await take(admin, {
      ...letter,
      blocId: '00000000-0000-4000-8000-000000000000',
    }).expect(422);
    expect(unknown.body.fieldErrors).toEqual({ blocId: ['Không tìm thấy khối, cụm thi đua.'] });
    const malformed = await take(admin, { ...letter, blocId: 'khoi-1' }).expect(422);
    expect(Object.keys(malformed.body.fieldErrors)).toEqual(['blocId']);
    // The demo secretariat manages other blocs, not this one; a unit has no register at all.
    await take(await login(t.http, 'thuky'), { ...letter, blocId: o.bloc.id }).expect(403);
    await take(await login(t.http, 'donvi'), { ...letter, blocId: o.bloc.id }).expect(403);
    expect(await stored()).toBe(before);
  });

  it("should print the cover letter's number from the bloc's register in PDF and DOCX, the bloc proposing", async () => {
    const path = `/award-lists/${o.blocList.id}/cover-letter`;
    for (const format of ['pdf', 'docx']) {
      const paper = await text(`${path}?format=${format}`, `letter.${format}`);
      expect(paper).toContain('Số: 2/TTr-KTĐ');
      // The bloc proposes, in running text (not its head unit's header line in capitals).
      expect(paper).toContain(`${o.bloc.name} kính đề nghị`);
    }
  });

  it('should print the minutes with the number given, and "…/BB-KTĐ" without one', async () => {
    const path = `/ballots/${o.ballot.id}/minutes`;
    for (const format of ['pdf', 'docx']) {
      const paper = await text(`${path}?format=${format}`, `minutes.${format}`);
      expect(paper).toContain('Số: 1/BB-KTĐ');
      expect(paper).toContain('BIÊN BẢN KIỂM PHIẾU');
    }
    const typed = await setNumber(admin, {
      minutesNumber: '  07/BB-KTĐ ',
      version: (await ballot()).version,
    }).expect(200);
    expect(typed.body.minutesNumber).toBe('07/BB-KTĐ');
    expect(await text(`${path}?format=pdf`, 'typed.pdf')).toContain('Số: 07/BB-KTĐ');
    const meeting = await apiAs(t, admin)('get', `/meetings/${typed.body.meetingId}`);
    expect(meeting.ballots[0].minutesNumber).toBe('07/BB-KTĐ');

    const cleared = await setNumber(admin, { minutesNumber: '', version: typed.body.version });
    expect(cleared.status).toBe(200);
    expect(cleared.body.minutesNumber).toBeNull();
    const blank = await text(`${path}?format=docx`, 'blank.docx');
    expect(blank).toContain('Số: …/BB-KTĐ');
    expect(blank).not.toContain('07/BB-KTĐ');

    const audit = await apiAs(t, admin)('get', `/audit-log?entity=ballot&pageSize=100`);
    const mine = audit.items.filter(
      (e: Json) => e.entityId === o.ballot.id && e.after && 'minutesNumber' in e.after,
    );
    expect(mine.map((e: Json) => [e.before.minutesNumber, e.after.minutesNumber])).toEqual([
      ['07/BB-KTĐ', null],
      ['1/BB-KTĐ', '07/BB-KTĐ'],
      [null, '1/BB-KTĐ'],
    ]);
  });

  it("should refuse a bad minutes number field by field, a stale version, someone else's bloc, and change nothing", async () => {
    const before = await ballot();
    const long = await setNumber(admin, {
      minutesNumber: `${'9'.repeat(75)}/BB-KTĐ`,
      version: before.version,
    }).expect(422);
    expect(long.body).toMatchObject({ statusCode: 422, code: 'common.validation' });
    expect(Object.keys(long.body.fieldErrors)).toEqual(['minutesNumber']);
    const missing = await setNumber(admin, { version: before.version }).expect(422);
    expect(Object.keys(missing.body.fieldErrors)).toEqual(['minutesNumber']);
    const control = await setNumber(admin, {
      minutesNumber: '5/BB\u0007-KTĐ',
      version: before.version,
    }).expect(422);
    expect(Object.keys(control.body.fieldErrors)).toEqual(['minutesNumber']);
    await setNumber(admin, { minutesNumber: '5/BB-KTĐ', version: before.version - 1 }).expect(409);
    await setNumber(await login(t.http, 'thuky'), {
      minutesNumber: '5/BB-KTĐ',
      version: before.version,
    }).expect(403);
    expect(await ballot()).toEqual(before);
  });
});
