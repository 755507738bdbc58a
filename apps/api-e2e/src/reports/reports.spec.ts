import ExcelJS from 'exceljs';

import {
  PARTY_BLOC,
  type TestApp,
  bearer,
  binaryParser,
  blocId,
  createReadyUser,
  createTestApp,
  login,
  uniqueName,
} from '../support/test-app';
import { SUITE_YEARS } from '../support/years';
import { downloadNames } from '../support/downloads';

/** A year no demo data and no other suite uses, so every figure below is this suite's own. */
const [YEAR] = SUITE_YEARS.reports;

describe('dashboards, reports and records', () => {
  let t: TestApp;
  let admin: string;
  let viewer: string;
  let secretary: string;
  let unitUser: string;
  let party: string;
  let bloc: string;
  let units: string[];
  let movementId: string;

  const sql = (query: string, params: unknown[] = []) => t.dataSource.query(query, params);

  beforeAll(async () => {
    t = await createTestApp();
    [admin, viewer] = await Promise.all(['admin', 'xem'].map((u) => login(t.http, u)));
    party = await blocId(t, PARTY_BLOC);
    const suffix = uniqueName('r');
    [{ id: bloc }] = await sql(`INSERT INTO blocs (name, kind) VALUES ($1, 'khoi') RETURNING id`, [
      `Khối thi đua báo cáo ${suffix}`,
    ]);
    units = [];
    for (const i of [1, 2, 3]) {
      const [{ id }] = await sql(`INSERT INTO units (code, name) VALUES ($1, $2) RETURNING id`, [
        `${suffix}-${i}`.toUpperCase().slice(0, 40),
        `Đơn vị báo cáo ${i} ${suffix}`,
      ]);
      units.push(id);
      await sql(
        `INSERT INTO bloc_memberships (bloc_id, unit_id, term_year, rotation_order) VALUES ($1, $2, $3, $4)`,
        [bloc, id, YEAR, i],
      );
    }
    await sql(
      `INSERT INTO bloc_leaderships (bloc_id, term_year, head_unit_id, deputy_unit_id) VALUES ($1, $2, $3, $4)`,
      [bloc, YEAR, units[0], units[1]],
    );
    const createUser = async (role: string, unitId: string) => {
      const username = uniqueName(role.slice(0, 3));
      const user = { username, fullName: 'Người dùng báo cáo', role, unitId };
      return (await createReadyUser(t.http, admin, user)).token;
    };
    [secretary, unitUser] = await Promise.all([
      createUser('secretariat', units[0]),
      createUser('unit', units[2]),
    ]);

    // Awards of the year: 2 collectives (TTLĐXS), 3 individuals and 1 household (Bằng khen).
    const [{ id: excellent }] = await sql(`SELECT id FROM award_types WHERE code = 'TTLDXS'`);
    const [{ id: commendation }] = await sql(`SELECT id FROM award_types WHERE code = 'BKT'`);
    for (const unit of units.slice(0, 2)) {
      await sql(
        `INSERT INTO award_history (term_year, award_type_id, unit_id) VALUES ($1, $2, $3)`,
        [YEAR, excellent, unit],
      );
    }
    for (const [i, unit] of [units[0], units[1], units[2]].entries()) {
      const [{ id: person }] = await sql(
        `INSERT INTO people (full_name, sex, unit_id) VALUES ($1, 'female', $2) RETURNING id`,
        [`Nguyễn Thị Báo Cáo ${i}`, unit],
      );
      await sql(
        `INSERT INTO award_history (term_year, award_type_id, person_id) VALUES ($1, $2, $3)`,
        [YEAR, commendation, person],
      );
    }
    const [{ id: household }] = await sql(
      `INSERT INTO households (head_name, address, unit_id) VALUES ('Hộ ông Lò Văn Páo', 'Bát Xát', $1) RETURNING id`,
      [units[2]],
    );
    await sql(
      `INSERT INTO award_history (term_year, award_type_id, household_id) VALUES ($1, $2, $3)`,
      [YEAR, commendation, household],
    );

    const created = await t.http
      .post('/api/v1/movements')
      .set(bearer(admin))
      .send({
        kind: 'thematic',
        title: `Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ${suffix}`,
        launchingAuthority: 'Tỉnh ủy',
        startDate: `${YEAR}-01-01`,
        endDate: `${YEAR}-12-31`,
        targets: [
          { content: 'Tỷ lệ cán bộ, đảng viên tham gia học tập', measure: '%', targetValue: 95 },
        ],
        blocIds: [bloc],
      })
      .expect(201);
    movementId = created.body.id;
    await t.http
      .post(`/api/v1/movements/${movementId}/transitions`)
      .set(bearer(admin))
      .send({ action: 'launch', version: created.body.version })
      .expect(200);
    // Two new users change their first password: eight argon2id hashes on a loaded machine.
  }, 120_000);

  afterAll(() => t.close());

  const report = (token: string, unitId: string, figures: Record<string, number>) =>
    t.http
      .put(`/api/v1/movements/${movementId}/activity-reports`)
      .set(bearer(token))
      .send({
        unitId,
        year: YEAR,
        sessionsHeld: 0,
        conferencesHeld: 0,
        attendees: 0,
        memberCount: 0,
        participantCount: 0,
        modelsBuilt: 0,
        // Each unit's first report of the year: nothing was read yet.
        version: 0,
        ...figures,
      });

  it('should refuse more participants than members, field by field in Vietnamese, and save nothing', async () => {
    const res = await report(admin, units[0], { memberCount: 10, participantCount: 11 }).expect(
      422,
    );
    expect(res.body.code).toBe('movements.participantsOverMembers');
    expect(res.body.fieldErrors.participantCount[0]).toMatch(/không được lớn hơn/);
    const [{ n }] = await sql(
      `SELECT count(*)::int AS n FROM activity_reports WHERE movement_id = $1`,
      [movementId],
    );
    expect(n).toBe(0);
  });

  it('should let a unit report only for its own unit and a year of the movement', async () => {
    await report(unitUser, units[0], { memberCount: 5 }).expect(403);
    const outside = await t.http
      .put(`/api/v1/movements/${movementId}/activity-reports`)
      .set(bearer(unitUser))
      .send({
        unitId: units[2],
        year: YEAR + 1,
        sessionsHeld: 1,
        conferencesHeld: 1,
        attendees: 1,
        memberCount: 1,
        participantCount: 1,
        modelsBuilt: 0,
        version: 0,
      })
      .expect(422);
    expect(outside.body.fieldErrors.year).toHaveLength(1);

    // A count that is no number is told so (its type is checked before its bounds).
    const typed = await t.http
      .put(`/api/v1/movements/${movementId}/activity-reports`)
      .set(bearer(unitUser))
      .send({
        unitId: units[2],
        year: YEAR,
        sessionsHeld: 1,
        conferencesHeld: 'ba',
        attendees: -1,
        memberCount: 1,
        participantCount: 1,
        modelsBuilt: 0,
        version: 0,
      })
      .expect(422);
    expect(typed.body.fieldErrors).toEqual({
      conferencesHeld: ['Phải là số nguyên.'],
      attendees: ['Không được nhỏ hơn 0.'],
    });
  });

  it('should sum the activity figures and show who has reported', async () => {
    await report(admin, units[0], {
      sessionsHeld: 12,
      conferencesHeld: 3,
      attendees: 431,
      memberCount: 600,
      participantCount: 592,
      modelsBuilt: 2,
    }).expect(200);
    const res = await report(unitUser, units[2], {
      sessionsHeld: 8,
      conferencesHeld: 2,
      attendees: 250,
      memberCount: 400,
      participantCount: 395,
      modelsBuilt: 1,
    }).expect(200);
    expect(res.body).toEqual(
      expect.objectContaining({ expected: 3, reported: 2, dueDate: `${YEAR}-12-31` }),
    );
    const states = Object.fromEntries(
      res.body.rows.map((r: { unit: { id: string }; state: string }) => [r.unit.id, r.state]),
    );
    expect(states[units[1]]).toBe('pending');
    // Each report shows the version a change of it must carry.
    const sent = res.body.rows.find((r: { unit: { id: string } }) => r.unit.id === units[2]);
    expect(sent.report.version).toBe(1);
    await report(unitUser, units[2], { memberCount: 400, participantCount: 1 }).expect(409);
    const audit = await sql(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'activityReport' AND after->>'movementId' = $1`,
      [movementId],
    );
    expect(audit[0].n).toBe(2);

    const participation = await t.http
      .get(`/api/v1/reports/participation?movementId=${movementId}&year=${YEAR}&blocId=${bloc}`)
      .set(bearer(secretary))
      .expect(200);
    // (592 + 395) / (600 + 400) = 98.7 %
    expect(participation.body.totals).toEqual({
      expectedReports: 3,
      reports: 2,
      lateReports: 0,
      sessionsHeld: 20,
      conferencesHeld: 5,
      attendees: 681,
      memberCount: 1000,
      participantCount: 987,
      participationPercent: 98.7,
      modelsBuilt: 3,
    });
  });

  it("should give the bloc's dashboard with awards per type and beneficiary kind", async () => {
    const res = await t.http
      .get(`/api/v1/dashboard?year=${YEAR}&blocId=${bloc}`)
      .set(bearer(secretary))
      .expect(200);
    expect(res.body.bloc.id).toBe(bloc);
    expect(res.body.memberUnits).toBe(3);
    expect(res.body.awards.totals).toEqual({
      collective: 2,
      individual: 3,
      household: 1,
      total: 6,
    });
    const byCode = Object.fromEntries(
      res.body.awards.byType.map((r: { code: string }) => [r.code, r]),
    );
    expect(byCode.TTLDXS).toEqual(
      expect.objectContaining({ collective: 2, individual: 0, total: 2 }),
    );
    expect(byCode.BKT).toEqual(
      expect.objectContaining({ collective: 0, individual: 3, household: 1, total: 4 }),
    );
    expect(res.body.awards.byYear.map((y: { year: number }) => y.year)).toEqual([
      YEAR - 4,
      YEAR - 3,
      YEAR - 2,
      YEAR - 1,
      YEAR,
    ]);
    expect(res.body.awards.byYear[4].total).toBe(6);
    expect(res.body.activity.participationPercent).toBe(98.7);
  });

  it('should default a secretariat to its bloc and refuse another bloc', async () => {
    const own = await t.http
      .get(`/api/v1/dashboard?year=${YEAR}`)
      .set(bearer(secretary))
      .expect(200);
    expect(own.body.bloc.id).toBe(bloc);
    await t.http
      .get(`/api/v1/dashboard?year=${YEAR}&blocId=${party}`)
      .set(bearer(secretary))
      .expect(403);
    await t.http
      .get(`/api/v1/reports/awards?year=${YEAR}&blocId=${party}`)
      .set(bearer(secretary))
      .expect(403);
    await t.http.get(`/api/v1/dashboard?year=${YEAR}`).set(bearer(unitUser)).expect(403);
  });

  it('should show the board every bloc, with this bloc among them', async () => {
    const res = await t.http.get(`/api/v1/dashboard?year=${YEAR}`).set(bearer(viewer)).expect(200);
    expect(res.body.bloc).toBeNull();
    const row = res.body.blocs.find((b: { bloc: { id: string } }) => b.bloc.id === bloc);
    expect(row).toEqual(
      expect.objectContaining({
        memberCount: 3,
        awards: { collective: 2, individual: 3, household: 1, total: 6 },
      }),
    );
  });

  it('should report awards by unit within a bloc and ask for a bloc otherwise', async () => {
    const res = await t.http
      .get(`/api/v1/reports/awards?year=${YEAR}&blocId=${bloc}&groupBy=unit`)
      .set(bearer(admin))
      .expect(200);
    const third = res.body.rows.find((r: { key: string }) => r.key === units[2]);
    expect(third).toEqual(expect.objectContaining({ collective: 0, individual: 1, household: 1 }));
    expect(res.body.totals.total).toBe(6);
    const missing = await t.http
      .get(`/api/v1/reports/awards?year=${YEAR}&groupBy=unit`)
      .set(bearer(admin))
      .expect(422);
    expect(missing.body.fieldErrors.blocId).toHaveLength(1);
    await t.http.get(`/api/v1/reports/awards?year=abc`).set(bearer(admin)).expect(422);
  });

  it('should export the awards report to XLSX with the figures and to PDF', async () => {
    const xlsx = await t.http
      .get(`/api/v1/reports/awards/export?year=${YEAR}&blocId=${bloc}&format=xlsx`)
      .set(bearer(secretary))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(downloadNames(xlsx).utf8).toBe(
      `Báo cáo khen thưởng năm ${YEAR} theo danh hiệu, hình thức.xlsx`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    const sheet = workbook.worksheets[0];
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.find((r) => r[1] === 'Tổng cộng')?.slice(2)).toEqual([2, 3, 1, 6]);
    const pdf = await t.http
      .get(`/api/v1/reports/awards/export?year=${YEAR}&blocId=${bloc}&format=pdf`)
      .set(bearer(secretary))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('should compare targets with results and export the participation report', async () => {
    const targets = await t.http
      .get(`/api/v1/reports/targets?movementId=${movementId}&year=${YEAR}`)
      .set(bearer(admin))
      .expect(200);
    expect(targets.body.rows[0]).toEqual(
      expect.objectContaining({ targetValue: 95, expected: 3, reported: 0, reached: 0 }),
    );
    const xlsx = await t.http
      .get(`/api/v1/reports/participation/export?movementId=${movementId}&year=${YEAR}&format=xlsx`)
      .set(bearer(admin))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
  });

  it("should give a unit's whole record to its own users and refuse other units", async () => {
    const res = await t.http
      .get(`/api/v1/reports/units/${units[0]}`)
      .set(bearer(secretary))
      .expect(200);
    expect(res.body.memberships).toEqual([
      { year: YEAR, bloc: expect.objectContaining({ id: bloc }), role: 'head', score: null },
    ]);
    expect(res.body.awards).toHaveLength(2);
    expect(res.body.activityReports[0]).toEqual(
      expect.objectContaining({ year: YEAR, participationPercent: 98.7 }),
    );
    await t.http.get(`/api/v1/reports/units/${units[2]}`).set(bearer(unitUser)).expect(200);
    await t.http.get(`/api/v1/reports/units/${units[0]}`).set(bearer(unitUser)).expect(403);
    const [{ id: person }] = await sql(`SELECT id FROM people WHERE unit_id = $1`, [units[2]]);
    const record = await t.http
      .get(`/api/v1/reports/people/${person}`)
      .set(bearer(viewer))
      .expect(200);
    expect(record.body.awards).toEqual([
      expect.objectContaining({
        year: YEAR,
        kind: 'individual',
        award: expect.objectContaining({ code: 'BKT' }),
      }),
    ]);
  });

  it("should move a unit's awards with it when it leaves the bloc, and count as a full recount would", async () => {
    const blocRow = async () => {
      const res = await t.http.get(`/api/v1/dashboard?year=${YEAR}`).set(bearer(admin)).expect(200);
      return res.body.blocs.find((b: { bloc: { id: string } }) => b.bloc.id === bloc)?.awards;
    };
    await sql(`DELETE FROM bloc_memberships WHERE unit_id = $1 AND term_year = $2`, [
      units[2],
      YEAR,
    ]);
    expect(await blocRow()).toEqual({ collective: 2, individual: 2, household: 0, total: 4 });
    await sql(
      `INSERT INTO bloc_memberships (bloc_id, unit_id, term_year, rotation_order) VALUES ($1, $2, $3, 3)`,
      [bloc, units[2], YEAR],
    );
    expect(await blocRow()).toEqual({ collective: 2, individual: 3, household: 1, total: 6 });
    const snapshot = () =>
      sql(
        `SELECT 'y' AS t, term_year, award_type_id::text AS k,
                collective::bigint AS a, individual::bigint AS b, household::bigint AS c
           FROM award_year_counts WHERE collective + individual + household > 0
         UNION ALL
         SELECT 'b', term_year, bloc_id::text, collective, individual, household FROM award_bloc_counts
          WHERE collective + individual + household > 0
         UNION ALL
         SELECT 'm', term_year, bloc_id::text, members, 0, 0 FROM bloc_member_counts WHERE members > 0
         UNION ALL
         SELECT 'r', term_year, movement_id::text, reports, attendees, participant_count
           FROM activity_report_totals WHERE reports > 0
         ORDER BY 1, 2, 3`,
      );
    const kept = await snapshot();
    await sql(`SELECT refresh_report_counts()`);
    expect(await snapshot()).toEqual(kept);
  });

  it("should call a report late from the first minute after its due day in Vietnam's time", async () => {
    await sql(
      `UPDATE activity_reports SET submitted_at = $3 WHERE movement_id = $1 AND unit_id = $2`,
      [movementId, units[0], `${YEAR}-12-31T23:59:00+07:00`],
    );
    await sql(
      `UPDATE activity_reports SET submitted_at = $3 WHERE movement_id = $1 AND unit_id = $2`,
      [movementId, units[2], `${YEAR + 1}-01-01T00:00:30+07:00`],
    );
    const res = await t.http
      .get(`/api/v1/reports/participation?movementId=${movementId}&year=${YEAR}`)
      .set(bearer(admin))
      .expect(200);
    expect(res.body.totals.lateReports).toBe(1);
    const states = Object.fromEntries(
      res.body.rows.map((r: { unit: { id: string }; state: string }) => [r.unit.id, r.state]),
    );
    expect(states[units[0]]).toBe('onTime');
    expect(states[units[2]]).toBe('late');
  });

  it('should give the figures of the demo Lào Cai campaign', async () => {
    const [{ id }] = await sql(
      `SELECT id FROM movements WHERE title LIKE '90 ngày lao động xuất sắc%'`,
    );
    const res = await t.http
      .get(`/api/v1/reports/participation?movementId=${id}&year=2021`)
      .set(bearer(viewer))
      .expect(200);
    // 5,838 of 5,918 members took part: 98.6 %.
    expect(res.body.totals).toEqual(
      expect.objectContaining({
        expectedReports: 9,
        reports: 8,
        lateReports: 1,
        memberCount: 5918,
        participantCount: 5838,
        participationPercent: 98.6,
      }),
    );
  });
});
