import {
  PARTY_BLOC,
  type TestApp,
  bearer,
  blocId,
  carryYear,
  createTestApp,
  login,
  uniqueName,
  unitId,
  versionOf,
  yearVersion,
} from '../support/test-app';
import { markAllPresent } from '../support/meetings';
import { SUITE_YEARS } from '../support/years';

const [YEAR] = SUITE_YEARS.auditBeforeImages;

/**
 * Every audited kind of update keeps the record as it was before the change: one row per kind,
 * the change made through the API, then the newest entry of the record read back.
 */
describe('before-images of audited updates', () => {
  let t: TestApp;
  let admin: string;
  let party: string;
  let gk: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await login(t.http, 'admin');
    party = await blocId(t, PARTY_BLOC);
    await carryYear(t, party, YEAR);
    [{ id: gk }] = await t.dataSource.query(`SELECT id FROM award_types WHERE code = 'GK'`);
  });

  afterAll(() => t.close());

  async function call(method: 'post' | 'put' | 'patch', url: string, body: object) {
    const res = await t.http[method](`/api/v1${url}`).set(bearer(admin)).send(body);
    if (res.status >= 300) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }
  const create = (url: string, body: object) => call('post', url, body);
  const newUnit = () =>
    create('/units', {
      code: uniqueName('TA').toUpperCase().slice(0, 20),
      name: uniqueName('Đơn vị trước '),
    });
  const movementBody = (title: string, unitIds: string[] = []) => ({
    kind: 'special',
    title,
    launchingAuthority: 'Ủy ban nhân dân tỉnh',
    startDate: `${YEAR}-01-01`,
    endDate: `${YEAR}-12-31`,
    targets: [{ content: 'Tổ chức sinh hoạt chuyên đề', measure: 'buổi', targetValue: 4 }],
    blocIds: [],
    unitIds,
  });
  const awardTypeBody = (code: string, name: string) => ({
    code,
    name,
    category: 'commendation',
    beneficiaryKinds: ['individual'],
    decidingAuthority: 'Chủ tịch UBND tỉnh',
    kind: 'regular',
  });
  const awardCode = () =>
    uniqueName('TB')
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, '')
      .slice(0, 20);
  const meetingBody = (title: string) => ({
    blocId: party,
    year: YEAR,
    title,
    meetingDate: `${YEAR}-12-18`,
    place: 'Hội trường tỉnh',
    chair: 'Lưu Thị Nụ',
    secretary: 'Nguyễn Thu Hà',
    countingCommittee: ['Phạm Quang Cường'],
  });
  /** A nomination of a party-bloc unit for Giấy khen, as a closed ballot leaves it. */
  async function votedNomination(code: string): Promise<string> {
    const [row] = await t.dataSource.query(
      `INSERT INTO nominations (term_year, award_type_id, beneficiary_kind, unit_id, proposing_unit_id, bloc_id, summary,
                                status, votes, vote_denominator, vote_passed)
       VALUES ($1, $2, 'collective', $3, $3, $4, 'Hoàn thành xuất sắc nhiệm vụ', 'voted', 8, 9, true) RETURNING id`,
      [YEAR, gk, await unitId(t, code), party],
    );
    return row.id;
  }
  /** An accepted nomination of a party-bloc unit, a candidate for a ballot. */
  async function acceptedNomination(code: string): Promise<string> {
    const unit = await unitId(t, code);
    const n = await create('/nominations', {
      year: YEAR,
      awardTypeId: gk,
      beneficiaryKind: 'collective',
      beneficiaryId: unit,
      proposingUnitId: unit,
      summary: 'Hoàn thành xuất sắc nhiệm vụ',
    });
    const s = await create(`/nominations/${n.id}/transitions`, {
      action: 'submit',
      version: n.version,
    });
    await create(`/nominations/${n.id}/transitions`, { action: 'accept', version: s.version });
    return n.id;
  }
  async function paperBallot(): Promise<string> {
    const meeting = await create('/meetings', meetingBody('Hội nghị phiếu giấy'));
    await markAllPresent(t, admin, meeting.id);
    const ballot = await create('/ballots', {
      meetingId: meeting.id,
      awardTypeId: gk,
      nominationIds: [await acceptedNomination('BNCTU')],
      title: 'Phiếu giấy',
      method: 'approval',
      mode: 'paper',
      maxWinners: 1,
      rule: { threshold: 50, denominator: 'valid', comparator: 'gt' },
    });
    await create(`/ballots/${ballot.id}/open`, {
      version: await versionOf(t, 'ballots', ballot.id),
    });
    return ballot.id;
  }

  /** The change made; the entry of `entity` about `id` must keep `before`. */
  interface Change {
    entity: string;
    id: string;
    before: Record<string, unknown>;
  }

  const cases: Array<[string, () => Promise<Change>]> = [
    [
      'user',
      async () => {
        const user = await create('/users', {
          username: uniqueName('ta'),
          fullName: 'Người dùng trước',
          role: 'viewer',
          password: 'TruocSau2024x',
        });
        await call('patch', `/users/${user.id}`, { fullName: 'Người dùng sau', version: 1 });
        return { entity: 'user', id: user.id, before: { fullName: 'Người dùng trước' } };
      },
    ],
    [
      'unit',
      async () => {
        const unit = await newUnit();
        await call('patch', `/units/${unit.id}`, { name: 'Tên mới', version: 1 });
        return { entity: 'unit', id: unit.id, before: { name: unit.name } };
      },
    ],
    [
      'bloc',
      async () => {
        const bloc = await create('/blocs', { name: uniqueName('Cụm trước '), kind: 'cum' });
        await call('patch', `/blocs/${bloc.id}`, { description: 'Mô tả sau', version: 1 });
        return { entity: 'bloc', id: bloc.id, before: { name: bloc.name, description: null } };
      },
    ],
    [
      'blocMembership',
      async () => {
        const bloc = await create('/blocs', { name: uniqueName('Cụm thành viên '), kind: 'cum' });
        const [a, b] = [(await newUnit()).id, (await newUnit()).id];
        const url = `/blocs/${bloc.id}/years/${YEAR}/members`;
        await call('put', url, { unitIds: [a], version: 0 });
        await call('put', url, { unitIds: [a, b], version: await yearVersion(t, bloc.id, YEAR) });
        return {
          entity: 'blocMembership',
          id: bloc.id,
          before: { year: YEAR, members: [expect.objectContaining({ unitId: a })] },
        };
      },
    ],
    [
      'movement (its targets and participants too)',
      async () => {
        const movement = await create('/movements', movementBody('Phong trào trước'));
        await call('put', `/movements/${movement.id}`, {
          ...movementBody('Phong trào sau'),
          targets: [{ content: 'Chỉ tiêu mới', measure: 'buổi', targetValue: 6 }],
          version: 1,
        });
        return {
          entity: 'movement',
          id: movement.id,
          before: {
            title: 'Phong trào trước',
            targets: [
              expect.objectContaining({ content: 'Tổ chức sinh hoạt chuyên đề', targetValue: 4 }),
            ],
            blocIds: [],
            unitIds: [],
          },
        };
      },
    ],
    [
      'movementResult',
      async () => {
        const unit = (await newUnit()).id;
        const movement = await create('/movements', movementBody('Phong trào có kết quả', [unit]));
        await create(`/movements/${movement.id}/transitions`, { action: 'launch', version: 1 });
        const targetId = movement.targets[0].id;
        const report = (value: number, version: number) =>
          call('put', `/movements/${movement.id}/results`, {
            unitId: unit,
            results: [{ targetId, value, note: null, version }],
          });
        await report(2, 0);
        await report(5, 1);
        return {
          entity: 'movementResult',
          id: movement.id,
          before: { unitId: unit, results: [{ targetId, value: 2, note: null }] },
        };
      },
    ],
    [
      'activityReport',
      async () => {
        const unit = (await newUnit()).id;
        const movement = await create('/movements', movementBody('Phong trào có báo cáo', [unit]));
        await create(`/movements/${movement.id}/transitions`, { action: 'launch', version: 1 });
        const report = (sessionsHeld: number, version: number) =>
          call('put', `/movements/${movement.id}/activity-reports`, {
            unitId: unit,
            year: YEAR,
            sessionsHeld,
            conferencesHeld: 1,
            attendees: 120,
            memberCount: 40,
            participantCount: 38,
            modelsBuilt: 1,
            version,
          });
        await report(4, 0);
        await report(6, 1);
        const [row] = await t.dataSource.query(
          `SELECT id FROM activity_reports WHERE movement_id = $1`,
          [movement.id],
        );
        return {
          entity: 'activityReport',
          id: row.id,
          before: { movementId: movement.id, unitId: unit, year: YEAR, sessionsHeld: 4 },
        };
      },
    ],
    [
      'awardType',
      async () => {
        const code = awardCode();
        const type = await create('/award-types', awardTypeBody(code, 'Giấy khen trước'));
        await call('put', `/award-types/${type.id}`, {
          ...awardTypeBody(code, 'Giấy khen sau'),
          version: 1,
        });
        return { entity: 'awardType', id: type.id, before: { name: 'Giấy khen trước' } };
      },
    ],
    [
      'certificateLayout (its first save: the default layout before)',
      async () => {
        const type = await create('/award-types', awardTypeBody(awardCode(), 'Giấy khen mẫu in'));
        const layout = await t.http
          .get(`/api/v1/certificate-layouts/${type.id}`)
          .set(bearer(admin))
          .expect(200);
        await call('put', `/certificate-layouts/${type.id}`, {
          orientation: 'portrait',
          fields: layout.body.fields,
          version: 0,
        });
        return {
          entity: 'certificateLayout',
          id: type.id,
          before: { orientation: 'landscape', fields: layout.body.fields },
        };
      },
    ],
    [
      'person and personYearRecord',
      async () => {
        const unit = (await newUnit()).id;
        const person = await create('/people', {
          fullName: 'Trần Thị Trước',
          sex: 'female',
          birthYear: 1985,
          position: 'Chuyên viên',
          unitId: unit,
        });
        const record = (rating: string, version: number) =>
          call('put', `/people/${person.id}/records/${YEAR}`, { rating, initiatives: 1, version });
        await record('good', 0);
        await record('excellent', 1);
        return {
          entity: 'personYearRecord',
          id: person.id,
          before: { year: YEAR, rating: 'good', initiatives: 1 },
        };
      },
    ],
    [
      'household',
      async () => {
        const unit = (await newUnit()).id;
        const body = { headName: 'Giàng A Lử', address: 'Thôn Lao Chải', unitId: unit };
        const household = await create('/households', body);
        await call('put', `/households/${household.id}`, {
          ...body,
          address: 'Thôn mới',
          version: 1,
        });
        return { entity: 'household', id: household.id, before: { address: 'Thôn Lao Chải' } };
      },
    ],
    [
      'awardList',
      async () => {
        const [a, b] = [await votedNomination('VPTU'), await votedNomination('BTGTU')];
        const body = { title: 'Danh sách trước', year: YEAR, blocId: party, order: 'units' };
        const list = await create('/award-lists', { ...body, nominationIds: [a] });
        await call('put', `/award-lists/${list.id}`, {
          ...body,
          title: 'Danh sách sau',
          nominationIds: [a, b],
          version: list.version,
        });
        return {
          entity: 'awardList',
          id: list.id,
          before: { title: 'Danh sách trước', order: 'units', nominationIds: [a] },
        };
      },
    ],
    [
      'meeting',
      async () => {
        const meeting = await create('/meetings', meetingBody('Hội nghị trước'));
        await call('put', `/meetings/${meeting.id}`, {
          ...meetingBody('Hội nghị sau'),
          version: 1,
        });
        return {
          entity: 'meeting',
          id: meeting.id,
          before: { blocId: party, year: YEAR, title: 'Hội nghị trước' },
        };
      },
    ],
    [
      'ballot (its candidates and rule too)',
      async () => {
        const meeting = await create('/meetings', meetingBody('Hội nghị có phiếu'));
        const candidate = await acceptedNomination('BTCTU');
        const body = {
          meetingId: meeting.id,
          awardTypeId: gk,
          nominationIds: [candidate],
          title: 'Phiếu trước',
          method: 'approval',
          mode: 'open',
          maxWinners: 1,
          rule: { threshold: 50, denominator: 'valid', comparator: 'gt' },
        };
        const ballot = await create('/ballots', body);
        await call('put', `/ballots/${ballot.id}`, {
          ...body,
          title: 'Phiếu sau',
          version: await versionOf(t, 'ballots', ballot.id),
        });
        return {
          entity: 'ballot',
          id: ballot.id,
          before: {
            title: 'Phiếu trước',
            awardTypeId: gk,
            nominationIds: [candidate],
            rule: { threshold: 50, denominator: 'valid', comparator: 'gt' },
          },
        };
      },
    ],
    [
      'ballotCounts',
      async () => {
        const id = await paperBallot();
        const [candidate] = (await t.dataSource.query(
          `SELECT nomination_id FROM ballot_candidates WHERE ballot_id = $1`,
          [id],
        )) as Array<{ nomination_id: string }>;
        const count = async (valid: number) =>
          call('put', `/ballots/${id}/paper-counts`, {
            version: await versionOf(t, 'ballots', id),
            issued: 9,
            returned: 9,
            valid,
            invalid: 9 - valid,
            votes: { [candidate.nomination_id]: valid },
          });
        await count(8);
        await count(7);
        return { entity: 'ballotCounts', id, before: { valid: 8, invalid: 1 } };
      },
    ],
  ];

  it.each(cases)('%s: the entry of the update keeps the record before it', async (_, change) => {
    const { entity, id, before } = await change();
    const [entry] = await t.dataSource.query(
      `SELECT action, before FROM audit_log WHERE entity = $1 AND entity_id = $2 ORDER BY at DESC, id DESC LIMIT 1`,
      [entity, id],
    );
    expect(entry).toEqual({ action: 'update', before: expect.objectContaining(before) });
  });

  it('should leave no update in the log without a before-image (a first entry is a creation)', async () => {
    const missing = await t.dataSource.query(
      `SELECT entity, action, count(*)::int AS n FROM audit_log
        WHERE action IN ('update', 'transition', 'override', 'delete') AND before IS NULL
        GROUP BY entity, action ORDER BY entity, action`,
    );
    expect(missing).toEqual([]);
  });
});
