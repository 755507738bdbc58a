import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CAMPAIGN_LIST_2021, FLAG_LIST_2023 } from '../../../api/src/public-api';
import { downloadNames, saveDownload } from '../support/downloads';
import { type TestApp, bearer, createTestApp, login } from '../support/test-app';

/**
 * The decision (quyết định khen thưởng) of the demo's decided 2021 list: what it prints comes from
 * the recorded decision, the profile's decision signer and the law in force on its date; who may
 * download it; the audit log.
 */
describe('the decision of an award list', () => {
  let t: TestApp;
  let xem: string;
  let decidedId: string;
  let draftId: string;
  /** The suites share one database: this suite's audit entries are the ones after this. */
  let startedAt: Date;
  const dir = mkdtempSync(join(tmpdir(), 'decision-'));
  const flat = (s: string) => s.replace(/\s+/g, ' ');

  beforeAll(async () => {
    t = await createTestApp();
    [{ now: startedAt }] = await t.dataSource.query(`SELECT now() AS now`);
    xem = await login(t.http, 'xem');
    const idOf = async (title: string) =>
      (await t.dataSource.query(`SELECT id FROM award_lists WHERE title = $1`, [title]))[0].id;
    decidedId = await idOf(CAMPAIGN_LIST_2021.title);
    draftId = await idOf(FLAG_LIST_2023.title);
  });

  afterAll(() => t.close());

  it('should print the recorded number, date and signer, citing the law of its date', async () => {
    const file = join(dir, 'decision.pdf');
    await saveDownload(t, xem, `/award-lists/${decidedId}/decision?format=pdf`, file);
    const text = flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    const { number, date, signer } = CAMPAIGN_LIST_2021.decision;
    for (const line of [
      `Số: ${number}`,
      'ngày 05 tháng 10 năm 2021',
      'QUYẾT ĐỊNH Về việc tặng Bằng khen của Chủ tịch UBND tỉnh năm 2021',
      'Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003;',
      `tại Tờ trình số ${CAMPAIGN_LIST_2021.number} ngày 20/09/2021.`,
      'cho 15 (mười lăm) tập thể, 36 (ba mươi sáu) cá nhân và 8 (tám) hộ gia đình',
      'Điều 2.',
      'Điều 3.',
      'Nơi nhận: - Như Điều 3; - Lưu: VT.',
      `KT. CHỦ TỊCH PHÓ CHỦ TỊCH ${signer}`,
      `(Kèm theo Quyết định số ${number} ngày ${date.split('-').reverse().join('/')}`,
      'III. HỘ GIA ĐÌNH',
    ])
      expect(text).toContain(line);
    // A 2021 decision cites neither the 2022 Law nor its decrees.
    expect(text).not.toMatch(/15 tháng 6 năm 2022|98\/2023|152\/2025/);
  });

  it('should give the same decision as DOCX, under a Vietnamese file name', async () => {
    const file = join(dir, 'decision.docx');
    await saveDownload(t, xem, `/award-lists/${decidedId}/decision?format=docx`, file);
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
    const text = flat(xml.replace(/<\/w:p>/g, ' ').replace(/<[^>]+>/g, ''));
    expect(text).toContain(`Số: ${CAMPAIGN_LIST_2021.decision.number}`);
    expect(text).toContain(CAMPAIGN_LIST_2021.decision.signer);
    expect(text).toContain('Kèm theo Quyết định số');
    const res = await t.http
      .get(`/api/v1/award-lists/${decidedId}/decision`)
      .set(bearer(xem))
      .expect(200);
    expect(downloadNames(res).utf8).toBe('Quyết định khen thưởng năm 2021.pdf');
  });

  it('should refuse a list not yet sent, and bad formats, in Vietnamese', async () => {
    const draft = await t.http
      .get(`/api/v1/award-lists/${draftId}/decision`)
      .set(bearer(xem))
      .expect(409);
    expect(draft.body).toMatchObject({
      code: 'awardLists.notSent',
      message: 'Danh sách chưa gửi lên tỉnh.',
    });
    const bad = await t.http
      .get(`/api/v1/award-lists/${decidedId}/decision?format=xlsx`)
      .set(bearer(xem))
      .expect(422);
    expect(Object.keys(bad.body.fieldErrors)).toEqual(['format']);
    await t.http.get(`/api/v1/award-lists/${decidedId}/decision`).expect(401);
  });

  it('should record each decision issued in the audit log', async () => {
    const rows = await t.dataSource.query(
      `SELECT actor_username, after FROM audit_log
        WHERE entity = 'awardList' AND entity_id = $1 AND action = 'export' AND at >= $2`,
      [decidedId, startedAt],
    );
    // Two PDFs and a DOCX, each with what it printed.
    expect(rows.map((r: { after: { format: string } }) => r.after.format).sort()).toEqual([
      'docx',
      'pdf',
      'pdf',
    ]);
    expect(rows).toContainEqual({
      actor_username: 'xem',
      after: {
        paper: 'decision',
        format: 'pdf',
        number: CAMPAIGN_LIST_2021.decision.number,
        date: CAMPAIGN_LIST_2021.decision.date,
      },
    });
  });
});
