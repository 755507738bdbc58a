import {
  type TestApp,
  bearer,
  createTestApp,
  login,
  uniqueName,
  versionOf,
  yearVersion,
} from '../support/test-app';
import { SUITE_YEARS } from '../support/years';

const [YEAR] = SUITE_YEARS.optimisticVersioning;

/**
 * Two secretariat users edit the same record at once: both read version N, the first save
 * wins, the second is refused with 409 `common.staleVersion` and changes nothing. A change
 * without the version it read is refused with 422 on `version`. One row per editable endpoint.
 */
describe('optimistic versioning of every editable record', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await login(t.http, 'admin');
  });

  afterAll(() => t.close());

  interface Edit {
    method: 'put' | 'patch' | 'post';
    url: string;
    /** The request body as the page sends it, `version` included. */
    body: Record<string, unknown>;
    /** The stored state the edit changes. */
    read(): Promise<unknown>;
  }

  const row = (table: string, id: string) => async () =>
    (await t.dataSource.query(`SELECT * FROM ${table} WHERE id = $1`, [id]))[0];
  const send = (edit: Edit, body: Record<string, unknown>) =>
    t.http[edit.method](edit.url).set(bearer(admin)).send(body);

  async function create(url: string, body: Record<string, unknown>): Promise<{ id: string }> {
    const res = await t.http.post(url).set(bearer(admin)).send(body);
    if (res.status !== 201) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  const newUnit = () =>
    create('/api/v1/units', {
      code: uniqueName('V').toUpperCase().slice(0, 20),
      name: uniqueName('Đơn vị thử '),
    });
  const newBloc = () =>
    create('/api/v1/blocs', { name: uniqueName('Cụm thử phiên bản '), kind: 'cum' });
  /** A new bloc with two new member units in {@link YEAR}. */
  async function newBlocWithMembers(): Promise<{ bloc: string; units: string[] }> {
    const bloc = (await newBloc()).id;
    const units = [(await newUnit()).id, (await newUnit()).id];
    await t.http
      .put(`/api/v1/blocs/${bloc}/years/${YEAR}/members`)
      .set(bearer(admin))
      .send({ unitIds: units, version: 0 })
      .expect(200);
    return { bloc, units };
  }
  const movementBody = (title: string) => ({
    kind: 'special',
    title,
    launchingAuthority: 'Ủy ban nhân dân tỉnh',
    startDate: '2025-03-01',
    endDate: '2025-09-30',
    targets: [{ content: 'Tổ chức sinh hoạt chuyên đề', measure: 'hội nghị', targetValue: 4 }],
    blocIds: [],
  });
  const awardTypeBody = (code: string, name: string) => ({
    code,
    name,
    category: 'commendation',
    beneficiaryKinds: ['individual'],
    decidingAuthority: 'Chủ tịch UBND tỉnh',
    kind: 'regular',
  });
  const meetingBody = (title: string) => ({
    blocId: null as string | null,
    year: YEAR,
    title,
    meetingDate: `${YEAR}-12-18`,
    place: 'Hội trường tỉnh',
    chair: 'Lưu Thị Nụ',
    secretary: 'Nguyễn Thu Hà',
    countingCommittee: ['Phạm Quang Cường'],
  });
  async function newPersonAndNomination() {
    const unit = (await newUnit()).id;
    const person = await create('/api/v1/people', {
      fullName: 'Trần Thị Phiên Bản',
      sex: 'female',
      birthYear: 1985,
      position: 'Chuyên viên',
      unitId: unit,
    });
    const [gk] = await t.dataSource.query(`SELECT id FROM award_types WHERE code = 'GK'`);
    const body = {
      year: YEAR,
      awardTypeId: gk.id,
      beneficiaryKind: 'individual',
      beneficiaryId: person.id,
      proposingUnitId: unit,
      summary: 'Hoàn thành xuất sắc nhiệm vụ; có sáng kiến được áp dụng',
    };
    const nomination = await create('/api/v1/nominations', body);
    return { unit, person: person.id, nomination: nomination.id, body };
  }

  /** A score sheet of one group of one criterion out of 100. */
  const sheetBody = (content: string) => ({
    scale: 100,
    groups: [{ title: 'I. Thực hiện nhiệm vụ', criteria: [{ content, maxPoints: 100 }] }],
    bonusItems: [],
    penaltyItems: [],
    bonusCap: null,
    penaltyCap: null,
    tieBreaks: ['firstGroup'],
  });
  /** A bloc with members in {@link YEAR} and its score sheet; `unit`'s card and where to change it. */
  async function newScoreCard() {
    const { bloc, units } = await newBlocWithMembers();
    const base = `/api/v1/blocs/${bloc}/years/${YEAR}`;
    const sheet = await t.http
      .put(`${base}/score-sheet`)
      .set(bearer(admin))
      .send({ ...sheetBody('Hoàn thành nhiệm vụ'), version: 0 })
      .expect(200);
    const unit = units[0];
    const card = await t.http.get(`${base}/scores/${unit}`).set(bearer(admin)).expect(200);
    return {
      url: `${base}/scores/${unit}`,
      itemId: sheet.body.groups[0].criteria[0].id as string,
      version: card.body.version as number,
      read: async () => ({
        cards: await t.dataSource.query(
          `SELECT * FROM unit_scores WHERE sheet_id = $1 AND unit_id = $2`,
          [sheet.body.id, unit],
        ),
        entries: await t.dataSource.query(
          `SELECT e.* FROM score_entries e JOIN unit_scores s ON s.id = e.unit_score_id
            WHERE s.sheet_id = $1 AND s.unit_id = $2`,
          [sheet.body.id, unit],
        ),
      }),
    };
  }

  const cases: Array<[string, () => Promise<Edit>]> = [
    [
      'PATCH /users/:id',
      async () => {
        const user = await create('/api/v1/users', {
          username: uniqueName('pb'),
          fullName: 'Người dùng thử',
          role: 'viewer',
          password: 'PhienBan2024x',
        });
        return {
          method: 'patch',
          url: `/api/v1/users/${user.id}`,
          body: { fullName: 'Người dùng đã sửa', version: 1 },
          read: row('users', user.id),
        };
      },
    ],
    [
      'PATCH /units/:id',
      async () => {
        const unit = await newUnit();
        return {
          method: 'patch',
          url: `/api/v1/units/${unit.id}`,
          body: { address: 'Số 1 đường Hoàng Liên', version: 1 },
          read: row('units', unit.id),
        };
      },
    ],
    [
      'PATCH /unit-kinds/:id',
      async () => {
        const kind = await create('/api/v1/unit-kinds', {
          code: uniqueName('loai').slice(0, 40),
          name: 'Loại đơn vị thử',
        });
        return {
          method: 'patch',
          url: `/api/v1/unit-kinds/${kind.id}`,
          body: { name: 'Loại đơn vị đã sửa', version: 1 },
          read: row('unit_kinds', kind.id),
        };
      },
    ],
    [
      'PATCH /blocs/:id',
      async () => {
        const bloc = await newBloc();
        return {
          method: 'patch',
          url: `/api/v1/blocs/${bloc.id}`,
          body: { description: 'Mô tả đã sửa', version: 1 },
          read: row('blocs', bloc.id),
        };
      },
    ],
    [
      'PUT /blocs/:id/years/:year/members',
      async () => {
        const bloc = await newBloc();
        const units = [(await newUnit()).id, (await newUnit()).id];
        return {
          method: 'put',
          url: `/api/v1/blocs/${bloc.id}/years/${YEAR}/members`,
          body: { unitIds: units, version: await yearVersion(t, bloc.id, YEAR) },
          read: async () =>
            t.dataSource.query(
              `SELECT unit_id, rotation_order FROM bloc_memberships WHERE bloc_id = $1 ORDER BY 2`,
              [bloc.id],
            ),
        };
      },
    ],
    [
      'PUT /blocs/:id/years/:year/leadership',
      async () => {
        const { bloc, units } = await newBlocWithMembers();
        return {
          method: 'put',
          url: `/api/v1/blocs/${bloc}/years/${YEAR}/leadership`,
          body: {
            headUnitId: units[0],
            deputyUnitId: units[1],
            version: await yearVersion(t, bloc, YEAR),
          },
          read: async () =>
            t.dataSource.query(`SELECT * FROM bloc_leaderships WHERE bloc_id = $1`, [bloc]),
        };
      },
    ],
    [
      'PUT /movements/:id',
      async () => {
        const movement = await create('/api/v1/movements', movementBody('Phong trào thử'));
        return {
          method: 'put',
          url: `/api/v1/movements/${movement.id}`,
          body: { ...movementBody('Phong trào thử (đã sửa)'), version: 1 },
          read: row('movements', movement.id),
        };
      },
    ],
    [
      'POST /movements/:id/transitions',
      async () => {
        const movement = await create('/api/v1/movements', movementBody('Phong trào phát động'));
        return {
          method: 'post',
          url: `/api/v1/movements/${movement.id}/transitions`,
          body: { action: 'launch', version: 1 },
          read: row('movements', movement.id),
        };
      },
    ],
    [
      'PUT /award-types/:id',
      async () => {
        const code = uniqueName('PB')
          .toUpperCase()
          .replace(/[^A-Z0-9]/g, '')
          .slice(0, 20);
        const type = await create('/api/v1/award-types', awardTypeBody(code, 'Giấy khen thử'));
        return {
          method: 'put',
          url: `/api/v1/award-types/${type.id}`,
          body: { ...awardTypeBody(code, 'Giấy khen thử (đã sửa)'), version: 1 },
          read: row('award_types', type.id),
        };
      },
    ],
    [
      'POST /award-types/:id/versions (its rules)',
      async () => {
        const code = uniqueName('PR')
          .toUpperCase()
          .replace(/[^A-Z0-9]/g, '')
          .slice(0, 20);
        const type = await create('/api/v1/award-types', awardTypeBody(code, 'Bằng khen thử'));
        return {
          method: 'post',
          url: `/api/v1/award-types/${type.id}/versions`,
          body: {
            effectiveFrom: `${YEAR}-01-01`,
            legalCitation: 'Nghị định 152/2025/NĐ-CP',
            bonusCoefficient: 0.3,
            ballot: { threshold: 50, denominator: 'eligible', comparator: 'gt' },
            prerequisites: [],
            version: await versionOf(t, 'award_types', type.id),
          },
          read: async () => ({
            type: await row('award_types', type.id)(),
            rules: await t.dataSource.query(
              `SELECT * FROM award_rule_versions WHERE award_type_id = $1 ORDER BY effective_from`,
              [type.id],
            ),
          }),
        };
      },
    ],
    [
      'PUT /certificate-layouts/:awardTypeId',
      async () => {
        const code = uniqueName('PL')
          .toUpperCase()
          .replace(/[^A-Z0-9]/g, '')
          .slice(0, 20);
        const type = await create('/api/v1/award-types', awardTypeBody(code, 'Giấy khen mẫu in'));
        const layout = await t.http
          .get(`/api/v1/certificate-layouts/${type.id}`)
          .set(bearer(admin))
          .expect(200);
        expect(layout.body.version).toBe(0);
        return {
          method: 'put',
          url: `/api/v1/certificate-layouts/${type.id}`,
          body: { orientation: 'portrait', fields: layout.body.fields, version: 0 },
          read: async () =>
            t.dataSource.query(`SELECT * FROM certificate_layouts WHERE award_type_id = $1`, [
              type.id,
            ]),
        };
      },
    ],
    [
      'PUT /people/:id',
      async () => {
        const { person, unit } = await newPersonAndNomination();
        return {
          method: 'put',
          url: `/api/v1/people/${person}`,
          body: {
            fullName: 'Trần Thị Phiên Bản',
            sex: 'female',
            birthYear: 1986,
            position: 'Trưởng phòng',
            unitId: unit,
            version: 1,
          },
          read: row('people', person),
        };
      },
    ],
    [
      'PUT /people/:id/records/:year',
      async () => {
        const { person } = await newPersonAndNomination();
        return {
          method: 'put',
          url: `/api/v1/people/${person}/records/${YEAR}`,
          body: { rating: 'excellent', initiatives: 2, version: 0 },
          read: async () =>
            t.dataSource.query(`SELECT * FROM person_year_records WHERE person_id = $1`, [person]),
        };
      },
    ],
    [
      'PUT /nominations/:id',
      async () => {
        const { nomination, body } = await newPersonAndNomination();
        return {
          method: 'put',
          url: `/api/v1/nominations/${nomination}`,
          body: { ...body, summary: 'Tóm tắt thành tích đã sửa', version: 1 },
          read: row('nominations', nomination),
        };
      },
    ],
    [
      'POST /nominations/:id/transitions',
      async () => {
        const { nomination } = await newPersonAndNomination();
        return {
          method: 'post',
          url: `/api/v1/nominations/${nomination}/transitions`,
          body: { action: 'submit', version: 1 },
          read: row('nominations', nomination),
        };
      },
    ],
    [
      'PUT /meetings/:id',
      async () => {
        const { bloc } = await newBlocWithMembers();
        const meeting = await create('/api/v1/meetings', {
          ...meetingBody('Hội nghị thử'),
          blocId: bloc,
        });
        return {
          method: 'put',
          url: `/api/v1/meetings/${meeting.id}`,
          body: { ...meetingBody('Hội nghị thử (đã sửa)'), blocId: bloc, version: 1 },
          read: row('meetings', meeting.id),
        };
      },
    ],
    [
      'PUT /meetings/:id/voters',
      async () => {
        const { bloc, units } = await newBlocWithMembers();
        const meeting = await create('/api/v1/meetings', {
          ...meetingBody('Hội nghị có đại biểu'),
          blocId: bloc,
        });
        const unit = units[0];
        return {
          method: 'put',
          url: `/api/v1/meetings/${meeting.id}/voters`,
          body: {
            voters: [{ unitId: unit, delegateName: 'Nguyễn Văn An', isPresent: true }],
            version: 1,
          },
          read: async () => ({
            meeting: await row('meetings', meeting.id)(),
            voters: await t.dataSource.query(
              `SELECT unit_id, delegate_name, is_present FROM meeting_voters WHERE meeting_id = $1`,
              [meeting.id],
            ),
          }),
        };
      },
    ],
    [
      'PUT /blocs/:id/years/:year/score-sheet (first save at 0)',
      async () => {
        const { bloc } = await newBlocWithMembers();
        return {
          method: 'put',
          url: `/api/v1/blocs/${bloc}/years/${YEAR}/score-sheet`,
          body: { ...sheetBody('Hoàn thành chương trình công tác'), version: 0 },
          read: async () => ({
            sheets: await t.dataSource.query(`SELECT * FROM score_sheets WHERE bloc_id = $1`, [
              bloc,
            ]),
            items: await t.dataSource.query(
              `SELECT i.content, i.max_points FROM score_items i
                 JOIN score_sheets s ON s.id = i.sheet_id WHERE s.bloc_id = $1`,
              [bloc],
            ),
          }),
        };
      },
    ],
    [
      'PUT /blocs/:id/years/:year/scores/:unitId (self-assessment)',
      async () => {
        const card = await newScoreCard();
        return {
          method: 'put',
          url: card.url,
          body: {
            entries: [{ itemId: card.itemId, points: 90, explanation: 'Theo báo cáo' }],
            version: card.version,
          },
          read: card.read,
        };
      },
    ],
    [
      'PUT /blocs/:id/years/:year/scores/:unitId/adjustments',
      async () => {
        const card = await newScoreCard();
        const saved = await t.http
          .put(card.url)
          .set(bearer(admin))
          .send({ entries: [{ itemId: card.itemId, points: 90 }], version: card.version })
          .expect(200);
        const submitted = await t.http
          .post(`${card.url}/transitions`)
          .set(bearer(admin))
          .send({ action: 'submit', version: saved.body.version })
          .expect(200);
        return {
          method: 'put',
          url: `${card.url}/adjustments`,
          body: {
            adjustments: [{ itemId: card.itemId, points: 80, reason: 'Thiếu minh chứng' }],
            version: submitted.body.version,
          },
          read: card.read,
        };
      },
    ],
    [
      'PUT /movements/:id/activity-reports (first report at 0)',
      async () => {
        const { bloc, units } = await newBlocWithMembers();
        const movement = await create('/api/v1/movements', {
          ...movementBody('Phong trào có báo cáo hoạt động'),
          startDate: `${YEAR}-01-01`,
          endDate: `${YEAR}-12-31`,
          blocIds: [bloc],
        });
        await t.http
          .post(`/api/v1/movements/${movement.id}/transitions`)
          .set(bearer(admin))
          .send({ action: 'launch', version: 1 })
          .expect(200);
        return {
          method: 'put',
          url: `/api/v1/movements/${movement.id}/activity-reports`,
          body: {
            unitId: units[0],
            year: YEAR,
            sessionsHeld: 4,
            conferencesHeld: 1,
            attendees: 120,
            memberCount: 40,
            participantCount: 38,
            modelsBuilt: 1,
            version: 0,
          },
          read: async () =>
            t.dataSource.query(`SELECT * FROM activity_reports WHERE movement_id = $1`, [
              movement.id,
            ]),
        };
      },
    ],
  ];

  it.each(cases)(
    '%s: 2xx with the version read, then 409 with the same version and nothing changed',
    async (_, prepare) => {
      const edit = await prepare();
      const first = await send(edit, edit.body);
      expect({ status: first.status, body: first.body }).toEqual(
        expect.objectContaining({ status: expect.any(Number) }),
      );
      expect([200, 201]).toContain(first.status);
      const afterFirst = await edit.read();

      const second = await send(edit, edit.body);
      expect(second.status).toBe(409);
      expect(second.body).toEqual({
        statusCode: 409,
        code: 'common.staleVersion',
        message: 'Dữ liệu đã được người khác thay đổi. Vui lòng tải lại rồi sửa tiếp.',
      });
      expect(await edit.read()).toEqual(afterFirst);

      const withoutVersion = { ...edit.body };
      delete withoutVersion['version'];
      const missing = await send(edit, withoutVersion);
      expect(missing.status).toBe(422);
      expect(missing.body.fieldErrors.version).toEqual([expect.any(String)]);
      expect(await edit.read()).toEqual(afterFirst);
    },
  );
});
