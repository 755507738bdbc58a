import {
  PARTY_BLOC,
  type TestApp,
  bearer,
  blocId,
  createTestApp,
  login,
  uniqueName,
  unitId,
  yearVersion,
} from '../support/test-app';
import { scratchYear } from '../support/years';

describe('blocs, yearly membership and leadership', () => {
  let t: TestApp;
  let admin: string;
  let thuky: string;
  let donvi: string;
  let party: string;
  let general: string;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, thuky, donvi] = await Promise.all(
      ['admin', 'thuky', 'donvi'].map((u) => login(t.http, u)),
    );
    party = await blocId(t, PARTY_BLOC);
    general = await blocId(t, 'Khối thi đua các cơ quan tổng hợp');
  });

  afterAll(() => t.close());

  it('should list blocs with the members, head and deputy of the year', async () => {
    const res = await t.http
      .get('/api/v1/blocs?year=2024&q=tinh%20uy')
      .set(bearer(donvi))
      .expect(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({
        name: PARTY_BLOC,
        year: 2024,
        memberCount: 9,
        head: expect.objectContaining({ name: 'Báo Lào Cai' }),
        deputy: expect.objectContaining({ name: 'Ban Tổ chức Tỉnh ủy' }),
      }),
    ]);
  });

  it('should open pages on the latest year with members up to this calendar year, not later ones', async () => {
    const calendarYear = new Date().getFullYear();
    const demo = await unitId(t, 'BLC');
    // Members in a later year (planned ahead) do not move the pages there.
    const later = await scratchYear(t, [demo]);
    expect(later).toBeGreaterThan(calendarYear);
    await t.http
      .put(`/api/v1/blocs/${general}/years/${later}/members`)
      .set(bearer(admin))
      .send({ version: await yearVersion(t, general, later), unitIds: [demo] })
      .expect(200);
    const [{ latest }] = (await t.dataSource.query(
      `SELECT max(term_year)::int AS latest FROM bloc_memberships WHERE term_year <= $1`,
      [calendarYear],
    )) as Array<{ latest: number }>;
    const res = await t.http.get('/api/v1/blocs/working-year').set(bearer(donvi)).expect(200);
    expect(res.body).toEqual({ year: latest, calendarYear });
    // The demo's blocs have members up to 2024: the pages never open on an earlier year.
    expect(res.body.year).toBeGreaterThanOrEqual(2024);
  });

  it("should show the bloc's history of every year", async () => {
    const res = await t.http.get(`/api/v1/blocs/${party}`).set(bearer(donvi)).expect(200);
    expect(res.body.years.filter((y: { year: number }) => y.year <= 2024)).toEqual([
      expect.objectContaining({ year: 2024, head: expect.objectContaining({ code: 'BLC' }) }),
      expect.objectContaining({
        year: 2023,
        head: expect.objectContaining({ code: 'BNCTU' }),
        deputy: expect.objectContaining({ code: 'BLC' }),
      }),
    ]);
    expect(res.body.canManage).toBe(false);
  });

  it('should let only an admin create a bloc, and refuse a duplicate name', async () => {
    const name = `Cụm thi đua ${uniqueName('c')}`;
    await t.http.post('/api/v1/blocs').set(bearer(thuky)).send({ name, kind: 'cum' }).expect(403);
    await t.http.post('/api/v1/blocs').set(bearer(admin)).send({ name, kind: 'cum' }).expect(201);
    const dup = await t.http
      .post('/api/v1/blocs')
      .set(bearer(admin))
      .send({ name, kind: 'khoi' })
      .expect(409);
    expect(dup.body.code).toBe('blocs.nameTaken');
    await t.http
      .post('/api/v1/blocs')
      .set(bearer(admin))
      .send({ name: 'X', kind: 'nhom' })
      .expect(422);
  });

  it("should refuse a second membership in a year with 409 naming the unit's bloc", async () => {
    const year = await t.http
      .get(`/api/v1/blocs/${general}/years/2024`)
      .set(bearer(admin))
      .expect(200);
    const ids = [
      ...year.body.members.map((m: { unitId: string }) => m.unitId),
      await unitId(t, 'VPTU'),
    ];
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM bloc_memberships`);
    const res = await t.http
      .put(`/api/v1/blocs/${general}/years/2024/members`)
      .set(bearer(admin))
      .send({ version: await yearVersion(t, general, 2024), unitIds: ids })
      .expect(409);
    expect(res.body.code).toBe('blocs.unitInOtherBloc');
    expect(res.body.message).toContain(PARTY_BLOC);
    expect(res.body.message).toContain('Văn phòng Tỉnh ủy');
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM bloc_memberships`)).toEqual(
      before,
    );
  });

  it("should refuse another bloc's secretariat with 403", async () => {
    const year = await t.http
      .get(`/api/v1/blocs/${general}/years/2024`)
      .set(bearer(thuky))
      .expect(200);
    expect(year.body.canManage).toBe(false);
    const ids = year.body.members.map((m: { unitId: string }) => m.unitId);
    await t.http
      .put(`/api/v1/blocs/${general}/years/2024/members`)
      .set(bearer(thuky))
      .send({ version: await yearVersion(t, general, 2024), unitIds: ids })
      .expect(403);
    await t.http
      .put(`/api/v1/blocs/${general}/years/2024/leadership`)
      .set(bearer(thuky))
      .send({
        version: await yearVersion(t, general, 2024),
        headUnitId: ids[0],
        deputyUnitId: ids[1],
      })
      .expect(403);
    await t.http
      .put(`/api/v1/blocs/${party}/years/2024/leadership`)
      .set(bearer(donvi))
      .send({ version: await yearVersion(t, party, 2024), headUnitId: ids[0], deputyUnitId: null })
      .expect(403);
  });

  it('should refuse head = deputy and a head who is not a member with 422', async () => {
    const blc = await unitId(t, 'BLC');
    const same = await t.http
      .put(`/api/v1/blocs/${party}/years/2024/leadership`)
      .set(bearer(thuky))
      .send({ version: await yearVersion(t, party, 2024), headUnitId: blc, deputyUnitId: blc })
      .expect(422);
    expect(same.body.code).toBe('blocs.headEqualsDeputy');
    const outsider = await t.http
      .put(`/api/v1/blocs/${party}/years/2024/leadership`)
      .set(bearer(thuky))
      .send({
        version: await yearVersion(t, party, 2024),
        headUnitId: await unitId(t, 'SNV'),
        deputyUnitId: blc,
      })
      .expect(422);
    expect(outsider.body.fieldErrors.headUnitId).toBeDefined();
  });

  it('should prepare next year: copy members, propose the rotation with reasons, accept it', async () => {
    await t.dataSource.query(
      `DELETE FROM bloc_leaderships WHERE bloc_id = $1 AND term_year = 2025`,
      [party],
    );
    await t.dataSource.query(
      `DELETE FROM bloc_memberships WHERE bloc_id = $1 AND term_year = 2025`,
      [party],
    );
    // thuky's unit heads the bloc in 2024, so it prepares 2025.
    const copied = await t.http
      .post(`/api/v1/blocs/${party}/years/2025/copy-previous`)
      .set(bearer(thuky))
      .send({ version: await yearVersion(t, party, 2025) })
      .expect(201);
    expect(copied.body.members).toHaveLength(9);
    expect(copied.body.canManage).toBe(true);
    await t.http
      .post(`/api/v1/blocs/${party}/years/2025/copy-previous`)
      .set(bearer(thuky))
      .send({ version: await yearVersion(t, party, 2025) })
      .expect(409);

    const proposal = await t.http
      .get(`/api/v1/blocs/${party}/years/2025/rotation-proposal`)
      .set(bearer(donvi))
      .expect(200);
    expect(proposal.body.head.name).toBe('Ban Tổ chức Tỉnh ủy');
    expect(proposal.body.deputy.name).toBe('Ban Dân vận Tỉnh ủy');
    expect(proposal.body.reasons.map((r: { code: string }) => r.code)).toEqual([
      'deputyBecomesHead',
      'nextInOrderBecomesDeputy',
    ]);

    const accepted = await t.http
      .put(`/api/v1/blocs/${party}/years/2025/leadership`)
      .set(bearer(thuky))
      .send({
        version: await yearVersion(t, party, 2025),
        headUnitId: proposal.body.head.id,
        deputyUnitId: proposal.body.deputy.id,
      })
      .expect(200);
    expect(accepted.body.head.name).toBe('Ban Tổ chức Tỉnh ủy');
    const [audit] = await t.dataSource.query(
      `SELECT actor_username, after FROM audit_log WHERE entity = 'blocLeadership' AND entity_id = $1 ORDER BY at DESC LIMIT 1`,
      [party],
    );
    expect(audit.actor_username).toBe('thuky');
    expect(audit.after.year).toBe(2025);
  });

  it('should date a unit leaving during the year, so a vote counts the members of its day', async () => {
    const culture = await blocId(t, 'Khối thi đua văn hóa - xã hội');
    const year = await t.http
      .get(`/api/v1/blocs/${culture}/years/2024`)
      .set(bearer(admin))
      .expect(200);
    const leaver = await unitId(t, 'DPTTH');
    const ids = year.body.members
      .map((m: { unitId: string }) => m.unitId)
      .filter((id: string) => id !== leaver);
    const res = await t.http
      .put(`/api/v1/blocs/${culture}/years/2024/members`)
      .set(bearer(admin))
      .send({
        version: await yearVersion(t, culture, 2024),
        unitIds: ids,
        effectiveDate: '2024-07-01',
      })
      .expect(200);
    const left = res.body.members.find((m: { unitId: string }) => m.unitId === leaver);
    expect(left.leftOn).toBe('2024-07-01');
    const count = async (day: string) => {
      const [row] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM bloc_memberships WHERE bloc_id = $1 AND term_year = 2024
            AND (joined_on IS NULL OR joined_on <= $2) AND (left_on IS NULL OR left_on > $2)`,
        [culture, day],
      );
      return row.n;
    };
    expect(await count('2024-06-30')).toBe(7);
    expect(await count('2024-12-19')).toBe(6);
    const outside = await t.http
      .put(`/api/v1/blocs/${culture}/years/2024/members`)
      .set(bearer(admin))
      .send({
        version: await yearVersion(t, culture, 2024),
        unitIds: ids,
        effectiveDate: '2023-07-01',
      })
      .expect(422);
    expect(outside.body.code).toBe('blocs.dateOutsideYear');
  });

  it('should refuse taking the head off the list without a date', async () => {
    const year = await t.http
      .get(`/api/v1/blocs/${party}/years/2024`)
      .set(bearer(thuky))
      .expect(200);
    const blc = await unitId(t, 'BLC');
    const ids = year.body.members
      .filter((m: { leftOn: string | null }) => !m.leftOn)
      .map((m: { unitId: string }) => m.unitId)
      .filter((id: string) => id !== blc);
    const res = await t.http
      .put(`/api/v1/blocs/${party}/years/2024/members`)
      .set(bearer(thuky))
      .send({ version: await yearVersion(t, party, 2024), unitIds: ids })
      .expect(409);
    expect(res.body.code).toBe('blocs.leaderCannotBeRemoved');
  });

  it('should refuse malformed years and ids', async () => {
    await t.http.get(`/api/v1/blocs/${party}/years/24`).set(bearer(donvi)).expect(400);
    await t.http.get(`/api/v1/blocs/not-a-uuid/years/2024`).set(bearer(donvi)).expect(400);
    await t.http
      .get(`/api/v1/blocs/00000000-0000-4000-8000-000000000000/years/2024`)
      .set(bearer(donvi))
      .expect(404);
    await t.http
      .put(`/api/v1/blocs/${party}/years/2024/members`)
      .set(bearer(admin))
      .send({ version: await yearVersion(t, party, 2024), unitIds: ['x', 'x'] })
      .expect(422);
  });
});
