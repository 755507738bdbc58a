import {
  PARTY_BLOC,
  type TestApp,
  bearer,
  blocId,
  createTestApp,
  login,
  unitId,
} from '../support/test-app';
import { SUITE_YEARS } from '../support/years';

/** A draft award list can be deleted by who manages it; its nominations stay for another list. */
describe('deleting an award list', () => {
  let t: TestApp;
  let admin: string;
  let party: string;
  const [year] = SUITE_YEARS.awardListDelete;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await login(t.http, 'admin');
    party = await blocId(t, PARTY_BLOC);
  });

  afterAll(() => t.close());

  /** Nominations for Giấy khen that passed their vote, as a closed ballot leaves them. */
  async function passedNominations(codes: string[]): Promise<string[]> {
    const ids: string[] = [];
    for (const code of codes) {
      const unit = await unitId(t, code);
      const [row] = await t.dataSource.query(
        `INSERT INTO nominations (term_year, award_type_id, beneficiary_kind, unit_id, proposing_unit_id, bloc_id, summary,
                                  status, votes, vote_denominator, vote_passed)
         VALUES ($1, (SELECT id FROM award_types WHERE code = 'GK'), 'collective', $2, $2, $3,
                 'Hoàn thành xuất sắc nhiệm vụ', 'voted', 8, 9, true) RETURNING id`,
        [year, unit, party],
      );
      ids.push(row.id);
    }
    return ids;
  }

  async function createList(nominationIds: string[]): Promise<{ id: string }> {
    const res = await t.http
      .post('/api/v1/award-lists')
      .set(bearer(admin))
      .send({ title: `Danh sách thử ${year}`, year, blocId: party, order: 'units', nominationIds })
      .expect(201);
    return res.body;
  }

  it('should delete a draft, keep its nominations free for another list, and refuse a sent one', async () => {
    const nominations = await passedNominations(['VPTU', 'BTGTU']);
    const list = await createList(nominations);
    const [viewer, unitUser] = await Promise.all([login(t.http, 'xem'), login(t.http, 'donvi')]);
    await t.http
      .delete(`/api/v1/award-lists/${list.id}`)
      .set(bearer(viewer))
      .send({ version: 1 })
      .expect(403);
    await t.http
      .delete(`/api/v1/award-lists/${list.id}`)
      .set(bearer(unitUser))
      .send({ version: 1 })
      .expect(403);
    await t.http.delete(`/api/v1/award-lists/${list.id}`).expect(401);
    await t.http.delete('/api/v1/award-lists/not-an-id').set(bearer(admin)).expect(400);

    await t.http.delete(`/api/v1/award-lists/${list.id}`).set(bearer(admin)).expect(422);
    await t.http
      .delete(`/api/v1/award-lists/${list.id}`)
      .set(bearer(admin))
      .send({ version: 7 })
      .expect(409);
    await t.http
      .delete(`/api/v1/award-lists/${list.id}`)
      .set(bearer(admin))
      .send({ version: 1 })
      .expect(204);
    await t.http.get(`/api/v1/award-lists/${list.id}`).set(bearer(admin)).expect(404);
    await t.http
      .delete(`/api/v1/award-lists/${list.id}`)
      .set(bearer(admin))
      .send({ version: 1 })
      .expect(404);
    const statuses: Array<{ status: string }> = await t.dataSource.query(
      `SELECT status FROM nominations WHERE id = ANY($1::uuid[])`,
      [nominations],
    );
    expect(statuses.map((s) => s.status)).toEqual(['voted', 'voted']);
    const [audit] = await t.dataSource.query(
      `SELECT action, before FROM audit_log WHERE entity = 'awardList' AND entity_id = $1 ORDER BY at DESC LIMIT 1`,
      [list.id],
    );
    expect(audit.action).toBe('delete');
    expect([...audit.before.nominationIds].sort()).toEqual([...nominations].sort());

    const again = await createList(nominations);
    const sent = await t.http
      .post(`/api/v1/award-lists/${again.id}/send`)
      .set(bearer(admin))
      .send({ version: 1 })
      .expect(200);
    const refused = await t.http
      .delete(`/api/v1/award-lists/${again.id}`)
      .set(bearer(admin))
      .send({ version: sent.body.version })
      .expect(409);
    expect(refused.body.code).toBe('awardLists.notDraft');
    await t.http.get(`/api/v1/award-lists/${again.id}`).set(bearer(admin)).expect(200);
  });
});
