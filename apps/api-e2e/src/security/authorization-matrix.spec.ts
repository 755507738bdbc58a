import { type TestApp, createTestApp } from '../support/test-app';
import { type Actor, type Actors, CHECK_YEAR, YEAR, prepareActors } from './support/actors';
import { Fixtures } from './support/fixtures';
import { coverageProblems, openApiOperations, runRow } from './support/matrix';
import { endpointRows } from './support/rows';

describe('authorization matrix', () => {
  let t: TestApp;
  let a: Actors;
  let f: Fixtures;
  let ROWS: ReturnType<typeof endpointRows>;

  beforeAll(async () => {
    t = await createTestApp();
    a = await prepareActors(t);
    f = new Fixtures(t, a);
    await f.init();
    ROWS = endpointRows(f, a);
  }, 120_000);

  afterAll(() => t.close());

  it('should have exactly one row for every endpoint of the OpenAPI document', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    expect(coverageProblems(openApiOperations(doc), ROWS)).toEqual([]);
  });

  it('should answer every endpoint as every role with the expected status', async () => {
    const failures: string[] = [];
    for (const row of ROWS) {
      try {
        failures.push(...(await runRow(t, a, row)));
      } catch (e) {
        failures.push(`${row.route}: ${(e as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it("should not let a secretariat enlist another bloc or another bloc's units in its movement", async () => {
    const own = await f.makeMovement();
    const foreign = [
      { blocIds: [a.general] },
      { blocIds: [], unitIds: [a.units.hccb] },
      { blocIds: [a.party, a.general] },
    ];
    for (const extra of foreign) {
      const created = await t.http
        .post('/api/v1/movements')
        .set(a.headers('sec'))
        .send({ ...f.movementBody(), ...extra });
      expect({ extra, status: created.status, code: created.body.code }).toEqual({
        extra,
        status: 403,
        code: 'movements.foreignParticipant',
      });
      const updated = await t.http
        .put(`/api/v1/movements/${own.id}`)
        .set(a.headers('sec'))
        .send({ ...f.movementBody(), ...extra, version: own.version });
      expect(updated.status).toBe(403);
    }
    // Its own bloc and a member unit of it are fine; the admin enlists anyone.
    await t.http
      .post('/api/v1/movements')
      .set(a.headers('sec'))
      .send({ ...f.movementBody(), unitIds: [a.units.btgtu] })
      .expect(201);
    await t.http
      .post('/api/v1/movements')
      .set(a.headers('admin'))
      .send({ ...f.movementBody(), blocIds: [a.party, a.general] })
      .expect(201);
  });

  it("should let only the head's or deputy's secretariat check or return a member's card", async () => {
    const year = CHECK_YEAR;
    await f.partyYear(year);
    const path = `/api/v1/blocs/${a.party}/years/${year}/scores/${a.units.btgtu}`;
    const card = await f.submittedCard(a.party, year, a.units.btgtu);
    for (const action of ['check', 'return'] as const) {
      for (const actor of ['sec2', 'unit', 'unit2', 'viewer'] as const) {
        const res = await t.http
          .post(`${path}/transitions`)
          .set(a.headers(actor))
          .send({ action, reason: 'Thiếu minh chứng', version: card.version });
        expect({ action, actor, status: res.status }).toEqual({ action, actor, status: 403 });
      }
    }
    // A unit never submits another unit's card, not even the head's.
    const head = await t.http
      .post(`/api/v1/blocs/${a.party}/years/${year}/scores/${a.units.blc}/transitions`)
      .set(a.headers('unit'))
      .send({ action: 'submit', version: 1 });
    expect(head.status).toBe(403);
    // Báo Lào Cai heads the bloc: its secretariat checks the card.
    await t.http
      .post(`${path}/transitions`)
      .set(a.headers('sec'))
      .send({ action: 'check', version: card.version })
      .expect(200);
  });

  it("should refuse a change to a bloc's year from one with no part in it before reading the body", async () => {
    const year = YEAR;
    const routes: Array<[string, string]> = [
      ['put', `/api/v1/blocs/${a.party}/years/${year}/pledge`],
      ['put', `/api/v1/blocs/${a.party}/years/${year}/pledge/units/${a.units.btgtu}`],
      ['post', `/api/v1/blocs/${a.party}/years/${year}/pledge/signatures`],
      ['put', `/api/v1/blocs/${a.party}/years/${year}/score-sheet`],
      ['put', `/api/v1/blocs/${a.party}/years/${year}/members`],
      ['put', `/api/v1/blocs/${a.party}/years/${year}/leadership`],
      ['post', `/api/v1/blocs/${a.party}/years/${year + 1}/copy-previous`],
    ];
    const bodies = [{}, { version: 'x', unitIds: 'VPTU', title: 42 }];
    const before = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM pledges) + (SELECT count(*) FROM score_sheets)
            + (SELECT count(*) FROM bloc_memberships) + (SELECT count(*) FROM audit_log) AS n`,
    );
    for (const [method, url] of routes) {
      for (const body of bodies) {
        // sec2 is the secretariat of another bloc, and its unit is no member of this one.
        const outsider = await t.http[method as 'put' | 'post'](url)
          .set(a.headers('sec2'))
          .send(body);
        expect({ url, body, status: outsider.status, code: outsider.body.code }).toEqual({
          url,
          body,
          status: 403,
          code: 'common.forbidden',
        });
      }
      // The bloc's own secretariat is told what is wrong with the fields.
      const own = await t.http[method as 'put' | 'post'](url).set(a.headers('sec')).send(bodies[1]);
      expect({ url, status: own.status }).toEqual({ url, status: 422 });
    }
    const after = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM pledges) + (SELECT count(*) FROM score_sheets)
            + (SELECT count(*) FROM bloc_memberships) + (SELECT count(*) FROM audit_log) AS n`,
    );
    expect(after).toEqual(before);
  });

  it('should let only its uploader (and admins) read a file not attached to anything yet', async () => {
    const { id } = await f.attachment();
    const expected: Array<[Actor, number]> = [
      ['sec', 200],
      ['admin', 200],
      ['unit', 403],
      ['viewer', 403],
      ['sec2', 403],
    ];
    for (const [actor, status] of expected) {
      const res = await t.http.get(`/api/v1/attachments/${id}`).set(a.headers(actor));
      expect({ actor, status: res.status }).toEqual({ actor, status });
    }
  });

  it('should not leak nominations of another unit or bloc through list filters', async () => {
    const own = await f.nomination();
    const filters = [
      {},
      { blocId: a.party },
      { proposingUnitId: a.units.btgtu },
      { blocId: a.party, year: YEAR },
      { q: own.beneficiary.name },
      { pageSize: 200, sort: '-createdAt' },
    ];
    for (const actor of ['sec2', 'unit2'] as const) {
      for (const query of filters) {
        const res = await t.http.get('/api/v1/nominations').set(a.headers(actor)).query(query);
        expect(res.status).toBe(200);
        const foreign = res.body.items.filter(
          (n: { proposingUnit: { id: string } }) =>
            n.proposingUnit.id === a.units.btgtu || n.proposingUnit.id === a.units.tct,
        );
        expect({ actor, query, foreign }).toEqual({ actor, query, foreign: [] });
      }
    }
    // The owners see them through the same filters.
    for (const actor of ['admin', 'sec', 'unit', 'viewer'] as const) {
      const res = await t.http
        .get('/api/v1/nominations')
        .set(a.headers(actor))
        .query({ proposingUnitId: a.units.btgtu, pageSize: 200 });
      expect(res.body.items.map((n: { id: string }) => n.id)).toContain(own.id);
    }
  });
});
