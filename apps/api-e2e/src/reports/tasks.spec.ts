import { randomUUID } from 'node:crypto';

import { type FreshBloc, freshBloc } from '../support/fresh-bloc';
import { markAllPresent } from '../support/meetings';
import { daysFromToday, pledgeDueOn } from '../support/task-data';
import { type TestApp, bearer, createTestApp, login } from '../support/test-app';

interface Task {
  kind: string;
  path: string;
  subject: string;
  context: string | null;
  year: number;
  count: number | null;
  dueOn: string | null;
}

describe('what waits for each user (GET /me/tasks)', () => {
  let t: TestApp;
  let admin: string;
  let thuky: string;
  let donvi: string;
  let xem: string;
  let bloc: FreshBloc;
  let giayKhen: string;
  const dueOn = daysFromToday(2);

  beforeAll(async () => {
    t = await createTestApp();
    [admin, thuky, donvi, xem] = await Promise.all(
      ['admin', 'thuky', 'donvi', 'xem'].map((u) => login(t.http, u)),
    );
    bloc = await freshBloc(t, admin);
    await pledgeDueOn(t, thuky, bloc, dueOn);
    await t.dataSource.query(
      `INSERT INTO score_sheets (bloc_id, term_year, scale) VALUES ($1, $2, 100)`,
      [bloc.id, bloc.year],
    );
    [{ id: giayKhen }] = await t.dataSource.query(`SELECT id FROM award_types WHERE code = 'GK'`);
  });

  afterAll(() => t.close());

  const tasksOf = async (token: string): Promise<Task[]> =>
    (await t.http.get('/api/v1/me/tasks').set(bearer(token)).expect(200)).body.items;
  /** The user's items about the test's bloc, its pages or its records. */
  const mine = async (token: string, ...refs: string[]) =>
    (await tasksOf(token)).filter((task) =>
      [bloc.id, ...refs].some((ref) => task.path.includes(ref)),
    );
  const pledgePath = () => `/blocs/${bloc.id}/pledge/${bloc.year}`;

  async function nomination(status: string): Promise<string> {
    const [n] = await t.dataSource.query(
      `INSERT INTO nominations (term_year, award_type_id, beneficiary_kind, unit_id, proposing_unit_id, bloc_id, summary, status)
       VALUES ($1, $2, 'collective', $3, $3, $4, 'Hoàn thành xuất sắc nhiệm vụ', $5) RETURNING id`,
      [bloc.year, giayKhen, bloc.units[1], bloc.id, status],
    );
    return n.id;
  }

  it('should list a unit its pledge to sign and its scores to enter, with the deadlines and the pages', async () => {
    expect(await mine(donvi)).toEqual([
      expect.objectContaining({
        kind: 'pledgeToSign',
        path: pledgePath(),
        subject: bloc.name,
        year: bloc.year,
        dueOn,
      }),
      expect.objectContaining({
        kind: 'scoresToEnter',
        path: `/scoring/${bloc.id}/${bloc.year}/units/${bloc.units[1]}`,
        dueOn,
      }),
    ]);
  });

  it('should list the secretariat the signatures missing, and its own unit’s work', async () => {
    const kinds = (await mine(thuky)).map((task) => [task.kind, task.count]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['pledgeToSign', null],
        ['pledgeAwaitingSignatures', 3],
        ['scoresToEnter', null],
      ]),
    );
  });

  it('should give a viewer nothing to do', async () => {
    expect(await tasksOf(xem)).toEqual([]);
  });

  it('should drop a pledge once the unit has signed it, and count one signature less', async () => {
    await t.http
      .post(`/api/v1/blocs/${bloc.id}/years/${bloc.year}/pledge/signatures`)
      .set(bearer(donvi))
      .send({
        unitId: bloc.units[1],
        signerName: 'Trần Văn Đức',
        signerPosition: 'Phó Trưởng ban',
        signedOn: `${bloc.year}-01-15`,
        method: 'app',
      })
      .expect(201);
    expect((await mine(donvi)).map((task) => task.kind)).not.toContain('pledgeToSign');
    const waiting = (await mine(thuky)).find((task) => task.kind === 'pledgeAwaitingSignatures');
    expect(waiting?.count).toBe(2);
  });

  it('should pass a nomination from the unit (to complete) to the secretariat (to review)', async () => {
    const id = await nomination('draft');
    expect(await mine(donvi, id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'nominationToComplete',
          path: `/nominations/${id}`,
          context: 'Giấy khen',
        }),
      ]),
    );
    await t.dataSource.query(`UPDATE nominations SET status = 'submitted' WHERE id = $1`, [id]);
    expect((await mine(donvi, id)).map((task) => task.kind)).not.toContain('nominationToComplete');
    expect(await mine(thuky, id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'nominationToReview', path: `/nominations/${id}` }),
      ]),
    );
    expect((await mine(xem, id)).length).toBe(0);
  });

  it('should give the secretariat the ballot to run and a present delegate the ballot to vote', async () => {
    const candidates = [await nomination('accepted'), await nomination('accepted')];
    const meetingDate = `${bloc.year}-12-18`;
    const meeting = await t.http
      .post('/api/v1/meetings')
      .set(bearer(thuky))
      .send({
        blocId: bloc.id,
        year: bloc.year,
        title: 'Hội nghị bình xét',
        meetingDate,
        place: 'Hội trường',
        chair: 'Lưu Thị Nụ',
        secretary: 'Nguyễn Thu Hà',
        countingCommittee: ['Phạm Quang Cường', 'Đỗ Thị Hạnh', 'Nguyễn Văn An'],
      })
      .expect(201);
    const ballot = await t.http
      .post('/api/v1/ballots')
      .set(bearer(thuky))
      .send({
        meetingId: meeting.body.id,
        awardTypeId: giayKhen,
        nominationIds: candidates,
        title: 'Biểu quyết Giấy khen',
        method: 'chooseK',
        mode: 'open',
        maxWinners: 1,
      })
      .expect(201);
    const id = ballot.body.id as string;
    expect(await mine(thuky, id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'ballotToRun',
          path: `/ballots/${id}`,
          context: 'Hội nghị bình xét',
          dueOn: meetingDate,
        }),
      ]),
    );
    await markAllPresent(t, thuky, meeting.body.id);
    await t.http
      .post(`/api/v1/ballots/${id}/open`)
      .set(bearer(thuky))
      .send({ version: ballot.body.version })
      .expect(200);
    expect(await mine(donvi, id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'ballotToVote', path: `/ballots/${id}/vote` }),
      ]),
    );
    await t.http
      .post(`/api/v1/ballots/${id}/votes`)
      .set(bearer(donvi))
      .send({ voteId: randomUUID(), choices: [candidates[0]] })
      .expect(201);
    expect((await mine(donvi, id)).map((task) => task.kind)).not.toContain('ballotToVote');
  });

  it('should give the board the lists sent by the blocs, and not the secretariat', async () => {
    const [list] = await t.dataSource.query(
      `INSERT INTO award_lists (title, term_year, bloc_id, status, cover_letter)
       VALUES ('Danh sách đề nghị khen thưởng', $1, $2, 'sent', '{}') RETURNING id`,
      [bloc.year, bloc.id],
    );
    expect(await mine(admin, list.id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'awardListToDecide',
          path: `/awards/lists/${list.id}`,
          context: bloc.name,
        }),
      ]),
    );
    expect((await mine(thuky, list.id)).map((task) => task.kind)).not.toContain(
      'awardListToDecide',
    );
  });

  it('should refuse without a session', async () => {
    const res = await t.http.get('/api/v1/me/tasks').expect(401);
    expect(res.body.code).toBeDefined();
  });
});
