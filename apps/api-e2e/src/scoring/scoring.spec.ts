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
  createTestApp,
  login,
  uniqueName,
  unitId,
  yearVersion,
} from '../support/test-app';
import { scratchYear } from '../support/years';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a0b7e5c30000000049454e44ae426082',
  'hex',
);

interface Sheet {
  version: number;
  groups: Array<{ id: string; criteria: Array<{ id: string; maxPoints: number }> }>;
  bonusItems: Array<{ id: string }>;
  penaltyItems: Array<{ id: string }>;
}

describe('scoring units against the bloc criteria, and ranking', () => {
  let t: TestApp;
  let admin: string;
  let thuky: string;
  let donvi: string;
  let xem: string;
  let party: string;
  let award: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, thuky, donvi, xem] = await Promise.all(
      ['admin', 'thuky', 'donvi', 'xem'].map((u) => login(t.http, u)),
    );
    party = await blocId(t, PARTY_BLOC);
    const types = await t.http.get('/api/v1/award-types').set(bearer(donvi)).expect(200);
    award = Object.fromEntries(types.body.map((a: { code: string; id: string }) => [a.code, a.id]));
  });

  afterAll(() => t.close());

  /** A fresh bloc of Báo Lào Cai (head: thuky), Ban Tuyên giáo (deputy: donvi) and Sở Nội vụ. */
  async function freshBloc(): Promise<{ id: string; year: number; units: string[] }> {
    const bloc = await t.http
      .post('/api/v1/blocs')
      .set(bearer(admin))
      .send({ name: `Khối chấm điểm ${uniqueName('s')}`, kind: 'khoi' })
      .expect(201);
    const units = [await unitId(t, 'BLC'), await unitId(t, 'BTGTU'), await unitId(t, 'SNV')];
    const year = await scratchYear(t, units);
    await t.http
      .put(`/api/v1/blocs/${bloc.body.id}/years/${year}/members`)
      .set(bearer(admin))
      .send({ unitIds: units, version: 0 })
      .expect(200);
    await t.http
      .put(`/api/v1/blocs/${bloc.body.id}/years/${year}/leadership`)
      .set(bearer(admin))
      .send({
        headUnitId: units[0],
        deputyUnitId: units[1],
        version: await yearVersion(t, bloc.body.id, year),
      })
      .expect(200);
    return { id: bloc.body.id, year, units };
  }

  const SHEET = {
    scale: 100,
    groups: [
      {
        title: 'I. Thực hiện nhiệm vụ chính trị',
        criteria: [
          { content: 'Hoàn thành chương trình công tác năm', maxPoints: 60 },
          { content: 'Chất lượng tham mưu', maxPoints: 20 },
        ],
      },
      {
        title: 'II. Công tác thi đua, khen thưởng',
        criteria: [{ content: 'Báo cáo đúng hạn', maxPoints: 20 }],
      },
    ],
    bonusItems: [{ content: 'Sáng kiến được công nhận', maxPoints: 5 }],
    penaltyItems: [{ content: 'Chậm báo cáo', maxPoints: 5 }],
    bonusCap: 5,
    penaltyCap: 5,
    tieBreaks: ['firstGroup', 'fewerPenalties'],
  };

  const entries = (sheet: Sheet, a: number, b: number, c: number, bonus = 0, penalty = 0) => [
    { itemId: sheet.groups[0].criteria[0].id, points: a, explanation: 'Theo báo cáo tổng kết' },
    { itemId: sheet.groups[0].criteria[1].id, points: b },
    { itemId: sheet.groups[1].criteria[0].id, points: c },
    { itemId: sheet.bonusItems[0].id, points: bonus },
    { itemId: sheet.penaltyItems[0].id, points: penalty },
  ];

  it('should show the locked 2023 table of the Lào Cai bloc: Trường Chính trị tỉnh 1st, Văn phòng Tỉnh ủy 2nd', async () => {
    const res = await t.http
      .get(`/api/v1/blocs/${party}/years/2023/ranking`)
      .set(bearer(xem))
      .expect(200);
    expect(res.body).toEqual(
      expect.objectContaining({ isFinal: true, status: 'locked', scale: 100 }),
    );
    expect(
      res.body.items.map((i: { rank: number; unit: { code: string }; total: number }) => [
        i.rank,
        i.unit.code,
        i.total,
      ]),
    ).toEqual([
      [1, 'TCT', 99.5],
      [2, 'VPTU', 98.5],
      [3, 'BTCTU', 98],
      [4, 'BNCTU', 97],
      [5, 'UBKTTU', 96.5],
      [6, 'BTGTU', 96],
      [7, 'BDVTU', 95.5],
      [8, 'DUKCQDN', 95],
      [9, 'BLC', 94.5],
    ]);
    expect(res.body.items[0].leadsBloc).toBe(true);
    expect(res.body.items[1].leadsBloc).toBe(false);
    const [row] = await t.dataSource.query(
      `SELECT u.code, r.total FROM score_rankings r JOIN units u ON u.id = r.unit_id
        WHERE r.bloc_id = $1 AND r.term_year = 2023 AND r.rank = 1`,
      [party],
    );
    expect(row).toEqual({ code: 'TCT', total: '99.50' });
    // The ballot shows each candidate's rank beside it.
    const [ballot] = await t.dataSource.query(
      `SELECT b.id FROM ballots b JOIN meetings m ON m.id = b.meeting_id
        WHERE m.bloc_id = $1 AND m.term_year = 2023`,
      [party],
    );
    const shown = await t.http.get(`/api/v1/ballots/${ballot.id}`).set(bearer(thuky)).expect(200);
    expect(
      shown.body.candidates.map((c: { name: string; rank: number | null }) => [c.name, c.rank]),
    ).toEqual([
      ['Trường Chính trị tỉnh', 1],
      ['Văn phòng Tỉnh ủy', 2],
    ]);
  });

  it('should let the 2023 Cờ thi đua nomination of the first unit pass the leadsBloc check', async () => {
    const list = await t.http
      .get(`/api/v1/nominations?year=2023&awardTypeId=${award['CTDT']}`)
      .set(bearer(admin))
      .expect(200);
    const byName = Object.fromEntries(
      list.body.items.map((n: { beneficiary: { name: string }; id: string }) => [
        n.beneficiary.name,
        n.id,
      ]),
    );
    const rule = async (id: string) =>
      (
        await t.http.get(`/api/v1/nominations/${id}/eligibility`).set(bearer(admin)).expect(200)
      ).body.find((r: { rule: string }) => r.rule === 'leadsBloc').status;
    expect(await rule(byName['Trường Chính trị tỉnh'])).toBe('pass');
    expect(await rule(byName['Văn phòng Tỉnh ủy'])).toBe('blocker');
  });

  it('should refuse changes to the locked 2023 table with 409', async () => {
    const tct = await unitId(t, 'TCT');
    const card = await t.http
      .get(`/api/v1/blocs/${party}/years/2023/scores/${tct}`)
      .set(bearer(thuky))
      .expect(200);
    expect(card.body.status).toBe('locked');
    await t.http
      .put(`/api/v1/blocs/${party}/years/2023/scores/${tct}`)
      .set(bearer(admin))
      .send({
        entries: [{ itemId: card.body.entries[0].itemId, points: 1 }],
        version: card.body.version,
      })
      .expect(409);
    await t.http
      .put(`/api/v1/blocs/${party}/years/2023/scores/${tct}/adjustments`)
      .set(bearer(admin))
      .send({
        adjustments: [{ itemId: card.body.entries[0].itemId, points: 1, reason: 'x' }],
        version: card.body.version,
      })
      .expect(409);
    const sheet = await t.http
      .get(`/api/v1/blocs/${party}/years/2023/score-sheet`)
      .set(bearer(thuky))
      .expect(200);
    expect(sheet.body).toEqual(expect.objectContaining({ status: 'locked', isEditable: false }));
    await t.http
      .put(`/api/v1/blocs/${party}/years/2023/score-sheet`)
      .set(bearer(thuky))
      .send({ ...SHEET, version: sheet.body.version })
      .expect(409);
    // The database refuses it too.
    await expect(
      t.dataSource.query(`UPDATE unit_scores SET status = 'draft' WHERE id = $1`, [card.body.id]),
    ).rejects.toThrow(/locked/);
  });

  it('should run the flow: sheet, self-assessment, check with reasons, agreement, lock, ranking', async () => {
    const bloc = await freshBloc();
    const [blc, btg, snv] = bloc.units;
    const base = `/api/v1/blocs/${bloc.id}/years/${bloc.year}`;
    // A unit's card: save the self-assessment, adjust it, move it on (submit, return, check).
    const save = (user: string, unit: string, body: object) =>
      t.http.put(`${base}/scores/${unit}`).set(bearer(user)).send(body);
    const adjust = (user: string, unit: string, body: object) =>
      t.http.put(`${base}/scores/${unit}/adjustments`).set(bearer(user)).send(body);
    const move = (user: string, unit: string, body: object) =>
      t.http.post(`${base}/scores/${unit}/transitions`).set(bearer(user)).send(body);

    // The sheet: the secretariat only; the criteria add up to the scale.
    // No sheet yet: a first save goes with version 0.
    await t.http
      .put(`${base}/score-sheet`)
      .set(bearer(donvi))
      .send({ ...SHEET, version: 0 })
      .expect(403);
    const wrong = await t.http
      .put(`${base}/score-sheet`)
      .set(bearer(thuky))
      .send({ ...SHEET, scale: 1000, version: 0 })
      .expect(422);
    expect(wrong.body.fieldErrors.groups[0]).toContain('(100)');
    const created = await t.http
      .put(`${base}/score-sheet`)
      .set(bearer(thuky))
      .send({ ...SHEET, version: 0 })
      .expect(200);
    const sheet = created.body as Sheet;
    expect(created.body).toEqual(
      expect.objectContaining({
        status: 'draft',
        isEditable: true,
        canManage: true,
        source: 'blank',
      }),
    );
    expect(created.body.groups.map((g: { maxPoints: number }) => g.maxPoints)).toEqual([80, 20]);
    await t.http.post(`${base}/score-sheet/copy-previous`).set(bearer(thuky)).expect(409);

    // A unit scores only itself; points above a maximum are refused field by field.
    await save(donvi, snv, { entries: entries(sheet, 50, 10, 10), version: 1 }).expect(403);
    const above = await save(donvi, btg, {
      entries: entries(sheet, 61, 10, 10, 6),
      version: 1,
    }).expect(422);
    expect(above.body.code).toBe('scoring.invalidPoints');
    expect(Object.keys(above.body.fieldErrors).sort()).toEqual([
      'entries.0.points',
      'entries.3.points',
    ]);
    expect(above.body.fieldErrors['entries.0.points'][0]).toMatch(/vượt quá điểm tối đa/);
    const untouched = await t.http.get(`${base}/scores/${btg}`).set(bearer(donvi)).expect(200);
    expect(untouched.body.entries.every((e: { selfPoints: null }) => e.selfPoints === null)).toBe(
      true,
    );

    // Incomplete cards are not submitted.
    let card = (
      await save(donvi, btg, {
        entries: entries(sheet, 55, 18, 19, 2).filter((_, i) => i !== 2),
        version: untouched.body.version,
      }).expect(200)
    ).body;
    const incomplete = await move(donvi, btg, { action: 'submit', version: card.version }).expect(
      422,
    );
    expect(incomplete.body.code).toBe('scoring.incomplete');
    card = (
      await save(donvi, btg, {
        entries: entries(sheet, 55, 18, 19, 2),
        version: card.version,
      }).expect(200)
    ).body;
    expect(card.selfTotals).toEqual(
      expect.objectContaining({ total: 94, groups: [73, 19], bonus: 2, penalty: 0 }),
    );
    // Evidence: type sniffed from the bytes.
    card = (
      await t.http
        .post(`${base}/scores/${btg}/evidence?itemId=${sheet.groups[0].criteria[0].id}`)
        .set(bearer(donvi))
        .attach('file', PNG, 'minh-chung.png')
        .expect(201)
    ).body;
    expect(card.entries[0].evidence).toEqual([
      expect.objectContaining({ fileName: 'minh-chung.png' }),
    ]);
    await t.http
      .post(`${base}/scores/${btg}/evidence?itemId=${sheet.groups[0].criteria[0].id}`)
      .set(bearer(donvi))
      .attach('file', Buffer.from('not a pdf'), 'gia.pdf')
      .expect(415);
    card = (await move(donvi, btg, { action: 'submit', version: card.version }).expect(200)).body;
    expect(card.status).toBe('submitted');
    await save(donvi, btg, { entries: entries(sheet, 1, 1, 1), version: card.version }).expect(409);
    // Submitted: the criteria no longer change.
    await t.http
      .put(`${base}/score-sheet`)
      .set(bearer(thuky))
      .send({ ...SHEET, version: sheet.version })
      .expect(409);

    // The head adjusts with a reason; the unit sees it.
    const noReason = await adjust(thuky, btg, {
      adjustments: [{ itemId: sheet.groups[0].criteria[0].id, points: 50 }],
      version: card.version,
    }).expect(422);
    expect(Object.keys(noReason.body.fieldErrors)).toEqual(['adjustments.0.reason']);
    await adjust(thuky, btg, {
      adjustments: [{ itemId: sheet.groups[0].criteria[0].id, points: 70, reason: 'Quá mức' }],
      version: card.version,
    }).expect(422);
    await adjust(donvi, btg, {
      adjustments: [{ itemId: sheet.groups[0].criteria[0].id, points: 50, reason: 'x' }],
      version: card.version,
    }).expect(403);
    card = (
      await adjust(thuky, btg, {
        adjustments: [
          {
            itemId: sheet.groups[0].criteria[0].id,
            points: 50,
            reason: 'Chưa hoàn thành chỉ tiêu thứ hai',
          },
        ],
        version: card.version,
      }).expect(200)
    ).body;
    const seen = (await t.http.get(`${base}/scores/${btg}`).set(bearer(donvi)).expect(200)).body;
    expect(seen.entries[0]).toEqual(
      expect.objectContaining({
        selfPoints: 55,
        checkedPoints: 50,
        finalPoints: 50,
        adjustReason: 'Chưa hoàn thành chỉ tiêu thứ hai',
        adjustedBy: 'thuky',
      }),
    );
    expect(seen.finalTotals.total).toBe(89);
    expect(seen.checker).toEqual(expect.objectContaining({ id: blc }));

    // Returned with a reason, submitted again, checked.
    await move(thuky, btg, { action: 'return', version: card.version }).expect(422);
    card = (
      await move(thuky, btg, {
        action: 'return',
        reason: 'Bổ sung minh chứng tiêu chí 2',
        version: card.version,
      }).expect(200)
    ).body;
    expect(card).toEqual(
      expect.objectContaining({
        status: 'returned',
        returnReason: 'Bổ sung minh chứng tiêu chí 2',
      }),
    );
    card = (await move(donvi, btg, { action: 'submit', version: card.version }).expect(200)).body;
    card = (await move(thuky, btg, { action: 'check', version: card.version }).expect(200)).body;
    expect(card.status).toBe('checked');
    expect(card.checkedBy).toEqual(expect.objectContaining({ id: blc }));

    // The others: Sở Nội vụ (entered by the admin) and the head's own card.
    let other = (
      await save(admin, snv, { entries: entries(sheet, 58, 20, 18), version: 1 }).expect(200)
    ).body;
    other = (await move(admin, snv, { action: 'submit', version: other.version }).expect(200)).body;
    let own = (
      await save(thuky, blc, { entries: entries(sheet, 50, 15, 15), version: 1 }).expect(200)
    ).body;
    expect(own.checker).toEqual(expect.objectContaining({ id: btg }));
    own = (await move(thuky, blc, { action: 'submit', version: own.version }).expect(200)).body;
    // A unit never checks its own card.
    const ownCheck = await move(thuky, blc, { action: 'check', version: own.version }).expect(403);
    expect(ownCheck.body.code).toBe('scoring.ownSheet');

    // Not every card is checked yet: no agreement, and no lock before it.
    let current = (await t.http.get(`${base}/score-sheet`).set(bearer(thuky)).expect(200)).body;
    const early = await t.http
      .post(`${base}/score-sheet/agree`)
      .set(bearer(thuky))
      .send({ version: current.version })
      .expect(409);
    expect(early.body.code).toBe('scoring.notAllChecked');
    await t.http
      .post(`${base}/score-sheet/lock`)
      .set(bearer(thuky))
      .send({ version: current.version })
      .expect(409);

    await move(thuky, snv, { action: 'check', version: other.version }).expect(200);
    await move(admin, blc, { action: 'check', version: own.version }).expect(200);

    const board = (await t.http.get(`${base}/scores`).set(bearer(thuky)).expect(200)).body;
    expect(board.counts.checked).toBe(3);
    expect(board.canAgree).toBe(true);
    await t.http
      .post(`${base}/score-sheet/agree`)
      .set(bearer(donvi))
      .send({ version: current.version })
      .expect(403);
    current = (
      await t.http
        .post(`${base}/score-sheet/agree`)
        .set(bearer(thuky))
        .send({ version: current.version })
        .expect(200)
    ).body;
    expect(current.status).toBe('agreed');
    const provisional = (await t.http.get(`${base}/ranking`).set(bearer(donvi)).expect(200)).body;
    expect(provisional.isFinal).toBe(false);
    current = (
      await t.http
        .post(`${base}/score-sheet/lock`)
        .set(bearer(thuky))
        .send({ version: current.version })
        .expect(200)
    ).body;
    expect(current.status).toBe('locked');

    const ranking = (await t.http.get(`${base}/ranking`).set(bearer(donvi)).expect(200)).body;
    expect(
      ranking.items.map(
        (i: { rank: number; unit: { id: string }; total: number; leadsBloc: boolean }) => [
          i.rank,
          i.unit.id,
          i.total,
          i.leadsBloc,
        ],
      ),
    ).toEqual([
      [1, snv, 96, true],
      [2, btg, 89, false],
      [3, blc, 80, false],
    ]);

    // After the lock nothing changes.
    await save(donvi, btg, { entries: entries(sheet, 1, 1, 1), version: card.version }).expect(409);
    await adjust(thuky, btg, {
      adjustments: [{ itemId: sheet.groups[0].criteria[0].id, points: 1, reason: 'x' }],
      version: card.version,
    }).expect(409);
    await move(thuky, btg, { action: 'return', reason: 'x', version: card.version }).expect(409);

    // Every change before it is in the audit log with the old and new value.
    const audit: Array<{
      entity: string;
      action: string;
      before: unknown;
      after: unknown;
      reason: string | null;
    }> = await t.dataSource.query(
      `SELECT entity, action, before, after, reason FROM audit_log WHERE entity_id = $1 ORDER BY at, id`,
      [card.id],
    );
    const adjustment = audit.find((a) => a.entity === 'scoreAdjustment');
    expect(adjustment?.before).toEqual({
      [sheet.groups[0].criteria[0].id]: { selfPoints: 55, checkedPoints: null, reason: null },
    });
    expect(adjustment?.after).toEqual({
      [sheet.groups[0].criteria[0].id]: {
        checkedPoints: 50,
        reason: 'Chưa hoàn thành chỉ tiêu thứ hai',
      },
    });
    const selfChange = audit.filter((a) => a.entity === 'unitScore' && a.action === 'update')[1];
    expect(
      (selfChange.before as Record<string, unknown>)[sheet.groups[1].criteria[0].id],
    ).toBeNull();
    expect((selfChange.after as Record<string, unknown>)[sheet.groups[1].criteria[0].id]).toEqual({
      points: 19,
      explanation: null,
    });
    expect(
      audit
        .filter((a) => a.action === 'transition')
        .map((a) => (a.after as { status: string }).status),
    ).toEqual(['submitted', 'returned', 'submitted', 'checked']);
    expect(audit.find((a) => (a.after as { status?: string }).status === 'returned')?.reason).toBe(
      'Bổ sung minh chứng tiêu chí 2',
    );

    // The first unit leads the bloc: its Cờ thi đua nomination passes leadsBloc; the second does not.
    const nominate = async (unit: string) =>
      (
        await t.http
          .post('/api/v1/nominations')
          .set(bearer(admin))
          .send({
            year: bloc.year,
            awardTypeId: award['CTDT'],
            beneficiaryKind: 'collective',
            beneficiaryId: unit,
            proposingUnitId: blc,
            summary: 'Dẫn đầu Khối thi đua',
          })
          .expect(201)
      ).body.eligibility.find((r: { rule: string }) => r.rule === 'leadsBloc').status;
    expect(await nominate(snv)).toBe('pass');
    expect(await nominate(btg)).toBe('blocker');

    // The table as XLSX and as an official PDF.
    const xlsx = await t.http
      .get(`${base}/ranking?format=xlsx`)
      .set(bearer(xem))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    expect(workbook.worksheets[0].getRow(2).values).toEqual(
      expect.arrayContaining([1, 'Sở Nội vụ', 96, 'x']),
    );
    const pdf = await t.http
      .get(`${base}/ranking?format=pdf`)
      .set(bearer(xem))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const dir = mkdtempSync(join(tmpdir(), 'ranking-'));
    writeFileSync(join(dir, 'r.pdf'), pdf.body);
    const text = execFileSync('pdftotext', [join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    for (const phrase of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'BẢNG TỔNG HỢP',
      `Kết quả chấm điểm, xếp hạng thi đua năm ${bloc.year}`,
      'Sở Nội vụ (dẫn đầu Khối)',
      'Ban Tuyên giáo Tỉnh ủy',
      // The head unit signs for the bloc, with its head's name (signer block complete).
      'TM. KHỐI THI ĐUA TRƯỞNG KHỐI Lưu Thị Nụ',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it('should start a sheet from the pledge, and copy last year’s in one action', async () => {
    const bloc = await freshBloc();
    const base = `/api/v1/blocs/${bloc.id}/years/${bloc.year}`;
    await t.http.post(`${base}/score-sheet/from-pledge`).set(bearer(thuky)).send({}).expect(404);
    await t.http
      .put(`${base}/pledge`)
      .set(bearer(thuky))
      .send({
        title: `Bản giao ước thi đua năm ${bloc.year}`,
        place: 'Lào Cai',
        commitments: [
          'Hoàn thành xuất sắc nhiệm vụ chính trị',
          'Tham gia đầy đủ hoạt động của Khối',
          'Không có vi phạm',
        ],
      })
      .expect(200);
    const fromPledge = await t.http
      .post(`${base}/score-sheet/from-pledge`)
      .set(bearer(thuky))
      .send({ scale: 100 })
      .expect(201);
    expect(fromPledge.body.source).toBe('pledge');
    expect(
      fromPledge.body.groups[0].criteria.map((c: { content: string; maxPoints: number }) => [
        c.content,
        c.maxPoints,
      ]),
    ).toEqual([
      ['Hoàn thành xuất sắc nhiệm vụ chính trị', 34],
      ['Tham gia đầy đủ hoạt động của Khối', 33],
      ['Không có vi phạm', 33],
    ]);
    const comparison = await t.http.get(`${base}/target-comparison`).set(bearer(donvi)).expect(200);
    expect(comparison.body.criteria).toHaveLength(3);
    expect(comparison.body.rows).toHaveLength(3);

    // Next year (same members): copied in one action, last year's content kept. Scratch years go
    // out lowest first, so the one after this bloc's is still free.
    const next = bloc.year + 1;
    await t.http
      .put(`/api/v1/blocs/${bloc.id}/years/${next}/members`)
      .set(bearer(admin))
      .send({ unitIds: bloc.units, version: await yearVersion(t, bloc.id, next) })
      .expect(200);
    await t.http
      .put(`/api/v1/blocs/${bloc.id}/years/${next}/leadership`)
      .set(bearer(admin))
      .send({
        headUnitId: bloc.units[0],
        deputyUnitId: bloc.units[1],
        version: await yearVersion(t, bloc.id, next),
      })
      .expect(200);
    const copied = await t.http
      .post(`/api/v1/blocs/${bloc.id}/years/${next}/score-sheet/copy-previous`)
      .set(bearer(thuky))
      .expect(201);
    expect(copied.body).toEqual(expect.objectContaining({ source: 'previousYear', year: next }));
    expect(copied.body.groups[0].criteria.map((c: { maxPoints: number }) => c.maxPoints)).toEqual([
      34, 33, 33,
    ]);
    expect(copied.body.groups[0].criteria[0].id).not.toBe(fromPledge.body.groups[0].criteria[0].id);
  });
});
