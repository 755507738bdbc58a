import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { saveDownload } from '../support/downloads';
import {
  PARTY_BLOC,
  type TestApp,
  bearer,
  blocId,
  createReadyUser,
  createTestApp,
  login,
  uniqueName,
  unitId,
} from '../support/test-app';
import { SUITE_YEARS } from '../support/years';

/**
 * Clearance before any award (Nghị định 152/2025 Art. 4) and concurrence (hiệp y): the board asks
 * offices about a list's nominees; each office answers only what it was sent; an open objection or a
 * silence past the due date keeps a nominee out of the decision unless the council overrides.
 */
describe('clearance rounds and concurrence requests', () => {
  let t: TestApp;
  let admin: string;
  let party: string;
  /** The inspectorate's and the party inspection commission's accounts; one of an office not asked. */
  let inspectorate: string;
  let commission: string;
  let outsider: string;
  const offices: Record<'TTT' | 'UBKTTU' | 'STP', string> = { TTT: '', UBKTTU: '', STP: '' };
  const [year] = SUITE_YEARS.clearance;
  const far = `${year}-12-10`;
  const dir = mkdtempSync(join(tmpdir(), 'clearance-'));
  const flat = (text: string) => text.replace(/\s+/g, ' ');

  beforeAll(async () => {
    t = await createTestApp();
    admin = await login(t.http, 'admin');
    party = await blocId(t, PARTY_BLOC);
    for (const code of Object.keys(offices) as Array<keyof typeof offices>)
      offices[code] = await unitId(t, code);
    const office = async (code: keyof typeof offices) =>
      (
        await createReadyUser(t.http, admin, {
          username: uniqueName(`xn${code.toLowerCase()}`),
          fullName: `Cán bộ ${code}`,
          role: 'clearance',
          unitId: offices[code],
        })
      ).token;
    [inspectorate, commission, outsider] = [
      await office('TTT'),
      await office('UBKTTU'),
      await office('STP'),
    ];
    // Three accounts with their first-password change: slow on a loaded machine.
  }, 120_000);

  afterAll(() => t.close());

  /** Giấy khen nominations of demo units that passed their vote, as a closed ballot leaves them. */
  async function passedNominations(codes: string[]): Promise<string[]> {
    const ids: string[] = [];
    for (const code of codes) {
      const [row] = await t.dataSource.query(
        `INSERT INTO nominations (term_year, award_type_id, beneficiary_kind, unit_id, proposing_unit_id, bloc_id, summary,
                                  status, votes, vote_denominator, vote_passed)
         VALUES ($1, (SELECT id FROM award_types WHERE code = 'GK'), 'collective', $2, $2, $3,
                 'Hoàn thành xuất sắc nhiệm vụ', 'voted', 8, 9, true) RETURNING id`,
        [year, await unitId(t, code), party],
      );
      ids.push(row.id);
    }
    return ids;
  }

  /** A list of these units' nominations, sent to the province. */
  async function sentList(codes: string[]) {
    const nominationIds = await passedNominations(codes);
    const created = await t.http
      .post('/api/v1/award-lists')
      .set(bearer(admin))
      .send({ title: uniqueName('Danh sách '), year, blocId: party, order: 'units', nominationIds })
      .expect(201);
    const sent = await t.http
      .post(`/api/v1/award-lists/${created.body.id}/send`)
      .set(bearer(admin))
      .send({ version: created.body.version })
      .expect(200);
    return { id: sent.body.id as string, version: sent.body.version as number, nominationIds };
  }

  const decide = (list: { id: string; version: number }) =>
    t.http
      .post(`/api/v1/award-lists/${list.id}/decision`)
      .set(bearer(admin))
      .send({
        number: uniqueName('QĐ'),
        date: `${year}-12-30`,
        signer: 'Chủ tịch',
        rejectedNominationIds: [],
        version: list.version,
      });

  async function openRound(
    path: 'clearance-rounds' | 'concurrence-requests',
    body: Record<string, unknown>,
  ) {
    const res = await t.http
      .post(`/api/v1/${path}`)
      .set(bearer(admin))
      .send({ title: uniqueName('Xác nhận '), year, dueDate: far, ...body })
      .expect(201);
    return res.body;
  }

  const answer = (
    token: string,
    path: string,
    id: string,
    body: Record<string, unknown>,
    status = 200,
  ) =>
    t.http
      .post(`/api/v1/${path}/${id}/answers`)
      .set(bearer(token))
      .send({ version: 0, ...body })
      .expect(status);

  it('should keep a nominee with an open objection out of the decision, open a dated review flag, and let the others through once withdrawn', async () => {
    const list = await sentList(['VPTU', 'BTGTU']);
    const [objected, cleared] = list.nominationIds;
    const round = await openRound('clearance-rounds', {
      awardListId: list.id,
      officeIds: [offices.TTT, offices.UBKTTU],
    });
    expect(round).toMatchObject({ kind: 'clearance', nomineeCount: 2, expected: 4, answered: 0 });
    await answer(commission, 'clearance-rounds', round.id, {
      nominationId: objected,
      answer: 'noObjection',
    });
    await answer(commission, 'clearance-rounds', round.id, {
      nominationId: cleared,
      answer: 'noObjection',
    });
    await answer(inspectorate, 'clearance-rounds', round.id, {
      nominationId: cleared,
      answer: 'noObjection',
    });
    const objection = await answer(inspectorate, 'clearance-rounds', round.id, {
      nominationId: objected,
      answer: 'objection',
      flagKind: 'inspection',
      reason: 'Đang thanh tra việc quản lý tài chính năm 2078',
    });
    // The inspectorate sees its own answers' state (by name: Ban Tuyên giáo, Văn phòng).
    expect(objection.body.nominees.map((n: { state: string }) => n.state)).toEqual([
      'cleared',
      'objection',
    ]);

    const refused = await decide(list).expect(409);
    expect(refused.body).toMatchObject({
      code: 'clearance.blocked',
      blocked: [
        {
          nominationId: objected,
          name: 'Văn phòng Tỉnh ủy',
          reasons: [{ state: 'objection', kind: 'clearance', office: 'Thanh tra tỉnh' }],
        },
      ],
    });
    expect(refused.body.message).toContain('Văn phòng Tỉnh ủy');
    const [status] = await t.dataSource.query(`SELECT status FROM nominations WHERE id = $1`, [
      objected,
    ]);
    expect(status.status).toBe('sent');
    const flags = await t.dataSource.query(
      `SELECT kind, from_date = (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS today, to_date, note
         FROM review_flags WHERE unit_id = $1 AND note LIKE 'Thanh tra tỉnh:%2078'`,
      [await unitId(t, 'VPTU')],
    );
    expect(flags).toEqual([
      {
        kind: 'inspection',
        today: true,
        to_date: null,
        note: 'Thanh tra tỉnh: Đang thanh tra việc quản lý tài chính năm 2078',
      },
    ]);

    // The award list shows each nominee's state.
    const shown = await t.http.get(`/api/v1/award-lists/${list.id}`).set(bearer(admin)).expect(200);
    const rows = shown.body.sections[0].groups[0].rows;
    expect(
      Object.fromEntries(
        rows.map((r: { name: string; clearance: unknown }) => [r.name, r.clearance]),
      ),
    ).toEqual({
      'Văn phòng Tỉnh ủy': { state: 'objection', offices: ['Thanh tra tỉnh'] },
      'Ban Tuyên giáo Tỉnh ủy': { state: 'cleared', offices: [] },
    });

    // The printed list notes each row's state; the cover letter counts them.
    const letter = join(dir, 'cover-letter.pdf');
    await saveDownload(t, admin, `/award-lists/${list.id}/cover-letter?format=pdf`, letter);
    expect(flat(execFileSync('pdftotext', [letter, '-'], { encoding: 'utf8' }))).toContain(
      'Kết quả xác nhận, hiệp y của các cơ quan có thẩm quyền: 1 đối tượng đã xác nhận, 1 đối tượng có ý kiến phản đối.',
    );
    const printed = join(dir, 'list.pdf');
    await saveDownload(t, admin, `/award-lists/${list.id}/export?format=pdf`, printed);
    expect(flat(execFileSync('pdftotext', [printed, '-'], { encoding: 'utf8' }))).toContain(
      'Có ý kiến phản đối (Thanh tra tỉnh)',
    );

    // The inspectorate withdraws: the flag closes that day and the decision goes through.
    await answer(inspectorate, 'clearance-rounds', round.id, {
      nominationId: objected,
      answer: 'noObjection',
      version: 1,
    });
    const [closed] = await t.dataSource.query(
      `SELECT to_date = (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS today FROM review_flags
        WHERE unit_id = $1 AND note LIKE 'Thanh tra tỉnh:%2078'`,
      [await unitId(t, 'VPTU')],
    );
    expect(closed.today).toBe(true);
    await decide(list).expect(200);
  });

  it('should block a nominee whose office has not answered by its due date, until the council overrides with a reason (audited)', async () => {
    const list = await sentList(['BDVTU']);
    const [nomination] = list.nominationIds;
    const request = await openRound('concurrence-requests', {
      awardListId: list.id,
      officeIds: [offices.UBKTTU],
    });
    expect(request.kind).toBe('concurrence');
    // Before the due date a silence is only pending; after it, it blocks.
    const pending = await t.http.get(`/api/v1/award-lists/${list.id}`).set(bearer(admin));
    expect(pending.body.sections[0].groups[0].rows[0].clearance).toEqual({
      state: 'pending',
      offices: [],
    });
    await t.dataSource.query(
      `UPDATE clearance_requests SET due_date = (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 1 WHERE id = $1`,
      [request.id],
    );
    const refused = await decide(list).expect(409);
    expect(refused.body.blocked).toEqual([
      {
        nominationId: nomination,
        name: 'Ban Dân vận Tỉnh ủy',
        reasons: [{ state: 'overdue', kind: 'concurrence', office: 'Ủy ban Kiểm tra Tỉnh ủy' }],
      },
    ]);

    const bad = await t.http
      .post('/api/v1/clearance-overrides')
      .set(bearer(admin))
      .send({ nominationId: nomination, reason: '   ' })
      .expect(422);
    expect(Object.keys(bad.body.fieldErrors)).toEqual(['reason']);
    for (const token of [inspectorate, await login(t.http, 'thuky')])
      await t.http
        .post('/api/v1/clearance-overrides')
        .set(bearer(token))
        .send({ nominationId: nomination, reason: 'Hội đồng đã xem xét' })
        .expect(403);
    const reason =
      'Hội đồng TĐKT họp ngày 28/12 xét: cơ quan đã trả lời bằng điện thoại, không vướng';
    await t.http
      .post('/api/v1/clearance-overrides')
      .set(bearer(admin))
      .send({ nominationId: nomination, reason })
      .expect(200);
    const shown = await t.http
      .get(`/api/v1/concurrence-requests/${request.id}`)
      .set(bearer(admin))
      .expect(200);
    expect(shown.body.nominees[0]).toMatchObject({
      state: 'overridden',
      override: { reason, by: 'admin' },
    });
    await decide(list).expect(200);
    const [audit] = await t.dataSource.query(
      `SELECT actor_username, action, reason, after FROM audit_log
        WHERE entity = 'clearanceOverride' AND entity_id = $1`,
      [nomination],
    );
    expect(audit).toEqual({
      actor_username: 'admin',
      action: 'override',
      reason,
      after: { reason },
    });
  });

  it('should show an office only what it was sent (403 for other roles, 404 for other requests)', async () => {
    const nominationIds = await passedNominations(['BTCTU']);
    const round = await openRound('clearance-rounds', {
      nominationIds,
      officeIds: [offices.TTT, offices.UBKTTU],
    });
    const mine = await t.http
      .get(`/api/v1/clearance-rounds/${round.id}`)
      .set(bearer(inspectorate))
      .expect(200);
    expect(
      mine.body.nominees[0].answers.map((a: { office: { name: string } }) => a.office.name),
    ).toEqual(['Thanh tra tỉnh']);
    expect(mine.body).toMatchObject({ canAnswer: true, canManage: false, expected: 1 });
    const listed = await t.http
      .get('/api/v1/clearance-rounds')
      .set(bearer(inspectorate))
      .expect(200);
    expect(listed.body.map((r: { id: string }) => r.id)).toContain(round.id);
    const theirs = await t.http.get('/api/v1/clearance-rounds').set(bearer(outsider)).expect(200);
    expect(theirs.body.map((r: { id: string }) => r.id)).not.toContain(round.id);

    await t.http.get(`/api/v1/clearance-rounds/${round.id}`).set(bearer(outsider)).expect(404);
    await answer(
      outsider,
      'clearance-rounds',
      round.id,
      {
        nominationId: nominationIds[0],
        answer: 'noObjection',
      },
      404,
    );
    // The same request is not a concurrence request.
    await t.http
      .get(`/api/v1/concurrence-requests/${round.id}`)
      .set(bearer(inspectorate))
      .expect(404);
    for (const user of ['thuky', 'donvi', 'xem']) {
      const token = await login(t.http, user);
      await t.http.get(`/api/v1/clearance-rounds/${round.id}`).set(bearer(token)).expect(403);
      await t.http.get('/api/v1/clearance-rounds').set(bearer(token)).expect(403);
    }
    // A clearance office reads nothing else of the registry, and cannot open a round.
    await t.http.get('/api/v1/nominations').set(bearer(inspectorate)).expect(403);
    await t.http.get('/api/v1/award-lists').set(bearer(inspectorate)).expect(403);
    await t.http
      .post('/api/v1/clearance-rounds')
      .set(bearer(inspectorate))
      .send({ title: 'X', year, dueDate: far, nominationIds, officeIds: [offices.TTT] })
      .expect(403);
    // The board cannot answer for an office.
    await answer(
      admin,
      'clearance-rounds',
      round.id,
      {
        nominationId: nominationIds[0],
        answer: 'noObjection',
      },
      403,
    );
  });

  it('should answer with a document, and refuse a stale answer', async () => {
    const nominationIds = await passedNominations(['BNCTU']);
    const round = await openRound('clearance-rounds', { nominationIds, officeIds: [offices.TTT] });
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const uploaded = await t.http
      .post(`/api/v1/clearance-rounds/${round.id}/documents`)
      .set(bearer(inspectorate))
      .attach('file', pdf, 'Kết luận thanh tra.pdf')
      .expect(201);
    const done = await answer(inspectorate, 'clearance-rounds', round.id, {
      nominationId: nominationIds[0],
      answer: 'objection',
      flagKind: 'complaint',
      reason: 'Đang xác minh đơn khiếu nại',
      attachmentId: uploaded.body.id,
    });
    expect(done.body.nominees[0].answers[0]).toMatchObject({
      answer: 'objection',
      flagKind: 'complaint',
      document: { fileName: 'Kết luận thanh tra.pdf' },
      answeredBy: 'Cán bộ TTT',
      version: 1,
    });
    const stale = await answer(
      inspectorate,
      'clearance-rounds',
      round.id,
      {
        nominationId: nominationIds[0],
        answer: 'noObjection',
      },
      409,
    );
    expect(stale.body.code).toBe('common.staleVersion');
    const audit = await t.dataSource.query(
      `SELECT action, after->>'answer' AS answer FROM audit_log WHERE entity = 'clearanceAnswer' AND entity_id = $1`,
      [done.body.nominees[0].answers[0].id],
    );
    expect(audit).toEqual([{ action: 'update', answer: 'objection' }]);
    // Withdrawn, so that the demo unit's flag (shared by the other suites) closes today.
    await answer(inspectorate, 'clearance-rounds', round.id, {
      nominationId: nominationIds[0],
      answer: 'noObjection',
      version: 1,
    });
  });

  it('should refuse bad input field by field, in Vietnamese, and change nothing', async () => {
    const [{ count: before }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM clearance_requests`,
    );
    const bad = await t.http
      .post('/api/v1/clearance-rounds')
      .set(bearer(admin))
      .send({ title: '', year: 1999, dueDate: '10/12/2078', officeIds: [], nominationIds: ['x'] })
      .expect(422);
    expect(Object.keys(bad.body.fieldErrors).sort()).toEqual(
      ['dueDate', 'nominationIds', 'officeIds', 'title', 'year'].sort(),
    );
    const unknown = await t.http
      .post('/api/v1/clearance-rounds')
      .set(bearer(admin))
      .send({
        title: 'Xác nhận',
        year,
        dueDate: '2020-01-01',
        officeIds: ['00000000-0000-4000-8000-000000000000'],
      })
      .expect(422);
    expect(unknown.body.fieldErrors).toEqual({
      nominationIds: ['Chọn danh sách đề nghị hoặc ít nhất một hồ sơ đề nghị.'],
      officeIds: ['Có cơ quan không tồn tại hoặc đã ngừng hoạt động.'],
      dueDate: ['Hạn trả lời không được trước hôm nay.'],
    });
    const [{ count: after }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM clearance_requests`,
    );
    expect(after).toBe(before);

    const nominationIds = await passedNominations(['VPTU']);
    const round = await openRound('clearance-rounds', { nominationIds, officeIds: [offices.TTT] });
    const noReason = await answer(
      inspectorate,
      'clearance-rounds',
      round.id,
      {
        nominationId: nominationIds[0],
        answer: 'objection',
      },
      422,
    );
    expect(Object.keys(noReason.body.fieldErrors).sort()).toEqual(['flagKind', 'reason']);
    const wrong = await answer(
      inspectorate,
      'clearance-rounds',
      round.id,
      {
        nominationId: nominationIds[0],
        answer: 'maybe',
        attachmentId: 'nope',
      },
      422,
    );
    expect(Object.keys(wrong.body.fieldErrors).sort()).toEqual(['answer', 'attachmentId']);
    const [row] = await t.dataSource.query(
      `SELECT answer FROM clearance_answers WHERE request_id = $1`,
      [round.id],
    );
    expect(row.answer).toBeNull();
  });
});
