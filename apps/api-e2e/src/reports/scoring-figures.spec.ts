import {
  PARTY_BLOC,
  type TestApp,
  bearer,
  blocId,
  createTestApp,
  login,
  unitId,
} from '../support/test-app';

/** The year's scoring on the dashboard and the ranks in a unit's record, from the demo's 2023 table. */
describe('scoring in the dashboard and the unit record', () => {
  let t: TestApp;
  let admin: string;
  let party: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await login(t.http, 'admin');
    party = await blocId(t, PARTY_BLOC);
  });

  afterAll(() => t.close());

  it('should count the bloc’s score sheet and cards of 2023', async () => {
    const res = await t.http
      .get(`/api/v1/dashboard?year=2023&blocId=${party}`)
      .set(bearer(admin))
      .expect(200);
    const [cards] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM unit_scores c JOIN score_sheets s ON s.id = c.sheet_id
        WHERE s.bloc_id = $1 AND s.term_year = 2023 AND c.status <> 'draft'`,
      [party],
    );
    expect(res.body.scoring).toEqual({
      sheets: 1,
      agreed: 1,
      locked: 1,
      units: 9,
      submitted: cards.n,
      checked: cards.n,
    });
    const none = await t.http.get('/api/v1/dashboard?year=2019').set(bearer(admin)).expect(200);
    expect(none.body.scoring).toEqual({
      sheets: 0,
      agreed: 0,
      locked: 0,
      units: 0,
      submitted: 0,
      checked: 0,
    });
  });

  it('should show each year’s rank and total in the unit record', async () => {
    const school = await t.http
      .get(`/api/v1/reports/units/${await unitId(t, 'TCT')}`)
      .set(bearer(admin))
      .expect(200);
    const office = await t.http
      .get(`/api/v1/reports/units/${await unitId(t, 'VPTU')}`)
      .set(bearer(admin))
      .expect(200);
    const of2023 = (r: { body: { memberships: Array<{ year: number; score: unknown }> } }) =>
      r.body.memberships.find((m) => m.year === 2023)?.score;
    expect(of2023(school)).toEqual({ rank: 1, total: 99.5, of: 9 });
    expect(of2023(office)).toEqual({ rank: 2, total: 98.5, of: 9 });
    expect(school.body.memberships.find((m: { year: number }) => m.year === 2024).score).toBeNull();
  });
});
