import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  type PdfPageBox,
  pdfLines,
  pdfWords,
} from '../../../../libs/shared/documents/src/testing/pdf-reading';
import { saveDownload } from '../support/downloads';
import {
  type Json,
  SECOND_HEAD,
  SECOND_PROFILE,
  apiAs,
  setUpSecondOrganisation,
} from '../support/second-organisation';
import { type TestApp, createTestApp, login } from '../support/test-app';
import { SUITE_YEARS } from '../support/years';

const MM = 72 / 25.4;
/** Nghị định 30/2020: margins of a page in mm (the smallest each side may have). */
const LETTER_MARGINS = { left: 30, right: 15, top: 20, bottom: 20 };
/** How far a glyph's box may stand beyond its line (pdftotext boxes take the font's ascent). */
const SLACK = 1.5;

/** What one kind of paper must show, read back from its PDF. */
interface Checklist {
  kind: string;
  path: string;
  /** The agency lines the profile gives, in capitals, each printed on one line. */
  header: string[];
  /** A bloc's name heading its papers: data, which may wrap. */
  blocHeader?: string;
  /** Quốc hiệu and tiêu ngữ (all but ballot papers, which carry the bloc's name only). */
  hasMotto?: boolean;
  number?: string;
  dateLine?: string;
  title: string;
  hasRecipients: boolean;
  signer: string;
  /** Certificates and ballot papers never carry page numbers; their margins are their design's. */
  isDesigned?: boolean;
}

const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';
const flat = (s: string) => s.replace(/\s+/g, ' ');
const lineTexts = (page: PdfPageBox) => pdfLines(page).map((l) => l.map((w) => w.text).join(' '));

/**
 * A format checklist of every kind of paper the app issues, for the second organisation: header
 * lines (agency in capitals, Quốc hiệu and tiêu ngữ), fonts embedded and Times New Roman's
 * metrics (Tinos), margins, number and symbol, place and date, title, Nơi nhận, a signer block
 * with a name, and no page numbers on certificates and ballot papers.
 */
describe('the format of every document kind (Nghị định 30/2020)', () => {
  let t: TestApp;
  let admin: string;
  let original: Json;
  const [year] = SUITE_YEARS.formatChecklist;
  const dir = mkdtempSync(join(tmpdir(), 'format-checklist-'));
  const checklists: Checklist[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    admin = await login(t.http, 'admin');
    const api = apiAs(t, admin);
    original = await api('get', '/organisation/profile');
    await api('put', '/organisation/profile', { ...SECOND_PROFILE, version: original.version });
    const gk = (await api('get', '/award-types')).find((a: Json) => a.code === 'GK').id;
    // The cover letter's and the decision's numbers come from the register.
    const taken = async (documentKind: string, documentDate: string) =>
      (
        await api('post', '/outgoing-numbers', {
          documentKind,
          documentDate,
          subject: 'Khen thưởng',
        })
      ).symbol as string;
    const letterNumber = await taken('coverLetter', `${year}-12-22`);
    const decisionNumber = await taken('decision', `${year}-12-30`);
    const o = await setUpSecondOrganisation(api, year, gk, {
      coverLetter: letterNumber,
      decision: decisionNumber,
    });
    const province = ['ỦY BAN NHÂN DÂN TỈNH SƠN LÂM', 'SỞ NỘI VỤ'];
    const bloc = o.bloc.name.toLocaleUpperCase('vi-VN');
    checklists.push(
      {
        kind: 'cover letter',
        path: `/award-lists/${o.provinceList.id}/cover-letter?format=pdf`,
        header: province,
        number: `Số: ${letterNumber}`,
        dateLine: `Sơn Lâm, ngày 22 tháng 12 năm ${year}`,
        title: 'TỜ TRÌNH',
        hasRecipients: true,
        signer: 'Đinh Thị Lan',
      },
      {
        kind: "bloc's cover letter",
        path: `/award-lists/${o.blocList.id}/cover-letter?format=pdf`,
        header: [],
        blocHeader: bloc,
        number: `Số: ${o.blocNumbers.coverLetter}`,
        dateLine: `Sơn Lâm, ngày 20 tháng 12 năm ${year}`,
        title: 'TỜ TRÌNH',
        hasRecipients: true,
        signer: SECOND_HEAD.headName,
      },
      {
        kind: 'decision',
        path: `/award-lists/${o.provinceList.id}/decision?format=pdf`,
        header: ['ỦY BAN NHÂN DÂN', 'TỈNH SƠN LÂM'],
        number: `Số: ${decisionNumber}`,
        dateLine: `Sơn Lâm, ngày 30 tháng 12 năm ${year}`,
        title: 'QUYẾT ĐỊNH',
        hasRecipients: true,
        signer: 'Bùi Văn Khánh',
      },
      {
        kind: 'list',
        path: `/award-lists/${o.blocList.id}/export?format=pdf`,
        header: [],
        blocHeader: bloc,
        dateLine: `Sơn Lâm, ngày 20 tháng 12 năm ${year}`,
        title: 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
        hasRecipients: false,
        signer: SECOND_HEAD.headName,
      },
      {
        kind: 'minutes',
        path: `/ballots/${o.ballot.id}/minutes?format=pdf`,
        header: [],
        blocHeader: bloc,
        number: `Số: ${o.blocNumbers.minutes}`,
        dateLine: `Sơn Lâm, ngày 18 tháng 12 năm ${year}`,
        title: 'BIÊN BẢN KIỂM PHIẾU',
        hasRecipients: false,
        signer: SECOND_HEAD.headName,
      },
      {
        kind: 'certificate',
        path: `/award-lists/${o.provinceList.id}/certificates?layout=design`,
        header: ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LÂM'],
        dateLine: `Sơn Lâm, ngày 30 tháng 12 năm ${year}`,
        title: 'GIẤY KHEN',
        hasRecipients: false,
        signer: 'Bùi Văn Khánh',
        isDesigned: true,
      },
      {
        kind: 'ranking',
        path: `${o.blocPath}/ranking?format=pdf`,
        header: [],
        blocHeader: bloc,
        title: 'BẢNG TỔNG HỢP',
        hasRecipients: true,
        signer: SECOND_HEAD.headName,
      },
      {
        kind: 'report',
        path: `/reports/awards/export?year=${year}&format=pdf`,
        header: province,
        title: 'BÁO CÁO KẾT QUẢ KHEN THƯỞNG',
        hasRecipients: true,
        signer: 'Tạ Quang Vinh',
      },
      {
        kind: 'pledge',
        path: `${o.blocPath}/pledge/document?format=pdf`,
        header: [],
        title: 'BẢN GIAO ƯỚC THI ĐUA',
        hasRecipients: false,
        signer: SECOND_HEAD.headName,
      },
      {
        kind: 'ballot papers',
        path: `/ballots/${o.ballot.id}/papers`,
        header: [],
        blocHeader: bloc,
        title: 'PHIẾU BẦU',
        hasRecipients: false,
        signer: '',
        hasMotto: false,
        isDesigned: true,
      },
    );
  }, 180_000);

  afterAll(async () => {
    // The suites share one database: the demo profile goes back as it was.
    const api = apiAs(t, admin);
    const now = await api('get', '/organisation/profile');
    const { version: _v, updatedAt: _u, warnings: _w, ...profile } = original;
    await api('put', '/organisation/profile', { ...profile, version: now.version });
    await t.close();
  });

  it('should check every kind of paper against the checklist', async () => {
    const problems: string[] = [];
    for (const c of checklists) {
      const file = join(dir, `${c.kind}.pdf`);
      await saveDownload(t, admin, c.path, file);
      problems.push(...checkPaper(file, c).map((p) => `${c.kind}: ${p}`));
    }
    expect(problems).toEqual([]);
  }, 120_000);
});

/** What a paper lacks or does wrong, as sentences; none for a paper that passes. */
function checkPaper(file: string, c: Checklist): string[] {
  const problems: string[] = [];
  const pages = pdfWords(file);
  const lines = pages.map(lineTexts);
  const text = flat(lines.flat().join('\n'));
  const first = lines[0];

  for (const line of [
    ...c.header,
    ...(c.hasMotto === false ? [] : [QUOC_HIEU, TIEU_NGU]),
    c.title,
    ...(c.number ? [c.number] : []),
    ...(c.dateLine ? [c.dateLine] : []),
  ]) {
    if (!first.some((l) => flat(l).includes(line))) problems.push(`page 1 lacks "${line}"`);
  }
  // The agency column: the left part of the first page, line by line.
  const agencyColumn = pdfLines(pages[0])
    .map((l) => l.filter((w) => w.xMax < pages[0].width * 0.45).map((w) => w.text))
    .flat()
    .join(' ');
  const headed = (name: string) =>
    agencyColumn.includes(name) || first.some((l) => flat(l).includes(name));
  if (c.blocHeader && !headed(c.blocHeader))
    problems.push(`page 1 lacks the bloc "${c.blocHeader}" in capitals`);
  for (const line of c.header)
    if (line !== line.toLocaleUpperCase('vi-VN')) problems.push(`"${line}" is not in capitals`);
  if (!c.number && /\bSố:\s/.test(first.slice(0, 6).join(' ')))
    problems.push('has a number it should not');
  if (c.hasRecipients !== text.includes('Nơi nhận:'))
    problems.push(c.hasRecipients ? 'lacks "Nơi nhận:"' : 'has "Nơi nhận:"');
  if (c.signer && !text.includes(c.signer)) problems.push(`lacks the signer "${c.signer}"`);

  problems.push(...fontProblems(file));
  problems.push(...(c.isDesigned ? pageNumberProblems(pages) : marginProblems(pages)));
  return problems;
}

/** Every font embedded, and each a Times New Roman-compatible serif (Tinos or Times). */
function fontProblems(file: string): string[] {
  const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2);
  const fonts = rows.filter((r) => r.trim()).map((r) => r.split(/\s+/));
  if (!fonts.length) return ['has no fonts'];
  return fonts.flatMap((f) => {
    const name = f[0];
    // name type encoding emb sub uni object ID: 'emb' is the fourth column from the right.
    const embedded = f.at(-5) === 'yes';
    return [
      ...(embedded ? [] : [`font ${name} is not embedded`]),
      ...(/Tinos|Times/i.test(name) ? [] : [`font ${name} is not Times New Roman-compatible`]),
    ];
  });
}

/** A lone number in the top margin: the page number, top centre from page 2. */
const pageNumberLines = (page: PdfPageBox) =>
  pdfLines(page).filter(
    (l) => l.length === 1 && /^\d+$/.test(l[0].text) && l[0].yMax < LETTER_MARGINS.top * MM,
  );

/**
 * Text boxes within Nghị định 30/2020's margins (the page number aside, in the top margin), and
 * from page 2 the page's number centred over the text.
 */
function marginProblems(pages: PdfPageBox[]): string[] {
  const m = LETTER_MARGINS;
  const problems: string[] = [];
  pages.forEach((page, i) => {
    const numbers = pageNumberLines(page).flat();
    const words = page.words.filter((w) => !numbers.includes(w));
    if (!words.length) return;
    if (i > 0) {
      const centre = (m.left * MM + page.width - m.right * MM) / 2;
      const n = numbers[0];
      if (n?.text !== String(i + 1) || Math.abs((n.xMin + n.xMax) / 2 - centre) > 10)
        problems.push(`page ${i + 1}: no page number top centre`);
    }
    const left = Math.min(...words.map((w) => w.xMin)) / MM;
    const right = (page.width - Math.max(...words.map((w) => w.xMax))) / MM;
    const top = Math.min(...words.map((w) => w.yMin)) / MM;
    const bottom = (page.height - Math.max(...words.map((w) => w.yMax))) / MM;
    const where = `page ${i + 1}`;
    if (left < m.left - SLACK) problems.push(`${where}: left margin ${left.toFixed(1)} mm`);
    if (right < m.right - SLACK) problems.push(`${where}: right margin ${right.toFixed(1)} mm`);
    if (top < m.top - SLACK) problems.push(`${where}: top margin ${top.toFixed(1)} mm`);
    if (bottom < m.bottom - SLACK) problems.push(`${where}: bottom margin ${bottom.toFixed(1)} mm`);
    // The first page's header starts at the top margin, its text at the left one.
    if (i === 0 && top > m.top + 5 + SLACK)
      problems.push(`${where}: top margin ${top.toFixed(1)} mm`);
    if (i === 0 && left > m.left + 5 + SLACK)
      problems.push(`${where}: left margin ${left.toFixed(1)} mm`);
  });
  return problems;
}

/** A line that is only a number near the top or bottom edge of a page: a page number. */
function pageNumberProblems(pages: PdfPageBox[]): string[] {
  return pages.flatMap((page, i) =>
    pdfLines(page)
      .filter(
        (l) =>
          l.length === 1 &&
          /^\d+$/.test(l[0].text) &&
          (l[0].yMax < 30 * MM || l[0].yMin > page.height - 30 * MM),
      )
      .map((l) => `page ${i + 1} is numbered "${l[0].text}"`),
  );
}
