import {
  type TestApp,
  carryYear,
  uniqueName,
  versionOf,
  yearVersion,
} from '../../support/test-app';
import { type Actor, type Actors, PLEDGE_YEAR, SCORING_YEAR, YEAR } from './actors';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Objects of the "own" scope (the party bloc in {@link YEAR}, the unit Ban Tuyên giáo), created
 * through the API. `make*` create a new one on each call; the others are built once.
 */
export class Fixtures {
  private readonly memo = new Map<string, Promise<unknown>>();
  award: Record<string, string> = {};

  constructor(
    private readonly t: TestApp,
    readonly a: Actors,
  ) {}

  async init(): Promise<void> {
    const types = await this.api('admin', 'get', '/award-types');
    this.award = Object.fromEntries(types.map((x: Json) => [x.code, x.id]));
  }

  /** Calls the API as an actor and answers the body; anything but 2xx throws. */
  async api(actor: Actor, method: string, path: string, body?: unknown): Promise<Json> {
    const verb = method as 'get' | 'post' | 'put' | 'patch' | 'delete';
    let req = this.t.http[verb](`/api/v1${path}`).set(this.a.headers(actor));
    if (body !== undefined) req = req.send(body as object);
    const res = await req;
    if (res.status >= 300)
      throw new Error(`${method} ${path} as ${actor}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  once<T>(key: string, build: () => Promise<T>): Promise<T> {
    if (!this.memo.has(key)) this.memo.set(key, build());
    return this.memo.get(key) as Promise<T>;
  }

  version = async (path: string): Promise<number> => (await this.api('admin', 'get', path)).version;

  /** The version of a bloc's year (members, head and deputy), 0 before its first change. */
  yearVersion = (bloc: string, year: number): Promise<number> => yearVersion(this.t, bloc, year);

  /** The version a stored row has now, 0 when there is none yet. */
  rowVersion = async (sql: string, params: unknown[]): Promise<number> =>
    (await this.t.dataSource.query(sql, params))[0]?.version ?? 0;

  ballotVersion = (id: string) => versionOf(this.t, 'ballots', id);

  /** The party bloc's 2024 members, head and deputy carried into `year` (once). */
  partyYear = (year: number) =>
    this.once(`party${year}`, () => carryYear(this.t, this.a.party, year));

  /**
   * A new bloc in {@link SCORING_YEAR} whose only member and head is Báo Lào Cai (`thuky`, so `sec`
   * manages it); its cards are checked by the admin only.
   */
  makeScoringBloc = async (): Promise<{ blocId: string; year: number }> => {
    const bloc = await this.makeBloc();
    const year = SCORING_YEAR;
    const blc = this.a.units.blc;
    await this.t.dataSource.query(
      `DELETE FROM bloc_memberships WHERE term_year = $1 AND unit_id = $2`,
      [year, blc],
    );
    await this.api('admin', 'put', `/blocs/${bloc.id}/years/${year}/members`, {
      unitIds: [blc],
      version: 0,
    });
    await this.api('admin', 'put', `/blocs/${bloc.id}/years/${year}/leadership`, {
      headUnitId: blc,
      deputyUnitId: null,
      version: await this.yearVersion(bloc.id, year),
    });
    return { blocId: bloc.id, year };
  };

  sheetBody = () => ({
    scale: 100,
    groups: [
      {
        title: 'I. Thực hiện nhiệm vụ chính trị',
        criteria: [{ content: 'Hoàn thành chương trình công tác năm', maxPoints: 100 }],
      },
    ],
    bonusItems: [],
    penaltyItems: [],
    bonusCap: null,
    penaltyCap: null,
    tieBreaks: ['firstGroup'],
  });

  /** The bloc's score sheet of the year, made by the admin when there is none. */
  sheet = async (blocId: string, year: number): Promise<Json> => {
    const path = `/blocs/${blocId}/years/${year}/score-sheet`;
    const res = await this.t.http.get(`/api/v1${path}`).set(this.a.headers('admin'));
    if (res.status === 200) return res.body;
    return this.api('admin', 'put', path, { ...this.sheetBody(), version: 0 });
  };

  /** A unit's card, all criteria scored (and so ready to submit) while it may be edited. */
  scoredCard = async (blocId: string, year: number, unitId: string): Promise<Json> => {
    const sheet = await this.sheet(blocId, year);
    const path = `/blocs/${blocId}/years/${year}/scores/${unitId}`;
    const card = await this.api('admin', 'get', path);
    if (!['draft', 'returned'].includes(card.status)) return card;
    return this.api('admin', 'put', path, {
      entries: [
        { itemId: sheet.groups[0].criteria[0].id, points: 90, explanation: 'Theo báo cáo' },
      ],
      version: card.version,
    });
  };

  /** A unit's card submitted (returned first by the admin when it was submitted or checked). */
  submittedCard = async (blocId: string, year: number, unitId: string): Promise<Json> => {
    const path = `/blocs/${blocId}/years/${year}/scores/${unitId}`;
    let card = await this.scoredCard(blocId, year, unitId);
    if (card.status === 'checked')
      card = await this.api('admin', 'post', `${path}/transitions`, {
        action: 'return',
        reason: 'Bổ sung minh chứng',
        version: card.version,
      });
    if (card.status === 'returned') card = await this.scoredCard(blocId, year, unitId);
    if (card.status === 'submitted') return card;
    return this.api('admin', 'post', `${path}/transitions`, {
      action: 'submit',
      version: card.version,
    });
  };

  /** A new scoring bloc whose only card is checked: the conference may agree the table. */
  checkedScoringBloc = async (): Promise<{ blocId: string; year: number }> => {
    const { blocId, year } = await this.makeScoringBloc();
    const card = await this.submittedCard(blocId, year, this.a.units.blc);
    await this.api(
      'admin',
      'post',
      `/blocs/${blocId}/years/${year}/scores/${this.a.units.blc}/transitions`,
      {
        action: 'check',
        version: card.version,
      },
    );
    return { blocId, year };
  };

  /** A new scoring bloc whose table is agreed: it may be locked. */
  agreedScoringBloc = async (): Promise<{ blocId: string; year: number }> => {
    const { blocId, year } = await this.checkedScoringBloc();
    const sheet = await this.sheet(blocId, year);
    await this.api('admin', 'post', `/blocs/${blocId}/years/${year}/score-sheet/agree`, {
      version: sheet.version,
    });
    return { blocId, year };
  };

  /** Evidence the unit attached to its card's criterion in the party bloc's {@link YEAR}. */
  evidence = async (): Promise<string> => {
    const sheet = await this.sheet(this.a.party, YEAR);
    const res = await this.t.http
      .post(`/api/v1/blocs/${this.a.party}/years/${YEAR}/scores/${this.a.units.btgtu}/evidence`)
      .query({ itemId: sheet.groups[0].criteria[0].id })
      .set(this.a.headers('unit'))
      .attach('file', PDF, 'minh-chung.pdf');
    if (res.status !== 201) throw new Error(`evidence: ${res.status} ${JSON.stringify(res.body)}`);
    const card = res.body as Json;
    return card.entries[0].evidence[card.entries[0].evidence.length - 1].id;
  };

  makeUnit = async (): Promise<Json> =>
    this.api('admin', 'post', '/units', {
      code: uniqueName('U').toUpperCase().slice(0, 20),
      name: `Đơn vị kiểm thử ${uniqueName('')}`,
    });

  makeUser = async (): Promise<Json> =>
    this.api('admin', 'post', '/users', {
      username: uniqueName('u'),
      fullName: 'Người dùng kiểm thử',
      role: 'viewer',
      password: 'ThiDua@2024',
    });

  movementBody = () => ({
    kind: 'thematic',
    title: `Phong trào kiểm thử ${uniqueName('')}`,
    launchingAuthority: 'Khối thi đua các cơ quan Tỉnh ủy',
    startDate: `${YEAR}-03-01`,
    endDate: `${YEAR}-09-30`,
    targets: [{ content: 'Tổ chức sinh hoạt chuyên đề', measure: 'hội nghị', targetValue: 4 }],
    blocIds: [this.a.party],
  });

  /** A draft movement of the party bloc's secretariat. */
  makeMovement = async (): Promise<Json> =>
    this.api('sec', 'post', '/movements', this.movementBody());

  launchedMovement = () =>
    this.once('launchedMovement', async () => {
      const m = await this.makeMovement();
      return this.api('sec', 'post', `/movements/${m.id}/transitions`, {
        action: 'launch',
        version: m.version,
      });
    });

  makeModel = async (): Promise<{ movement: Json; modelId: string }> => {
    const m = await this.launchedMovement();
    const res = await this.api('sec', 'post', `/movements/${m.id}/models`, {
      name: `Mô hình ${uniqueName('')}`,
      unitId: this.a.units.btgtu,
      recognizedOn: `${YEAR}-05-01`,
    });
    return { movement: res, modelId: res.models[res.models.length - 1].id };
  };

  /** The party bloc's pledge of {@link YEAR}; made when there is none (the suites share a database). */
  pledge = () =>
    this.once('pledge', async () => {
      const path = `/blocs/${this.a.party}/years/${YEAR}/pledge`;
      const res = await this.t.http.get(`/api/v1${path}`).set(this.a.headers('admin'));
      if (res.status === 200) return res.body as Json;
      return this.api('sec', 'put', path, {
        title: `Giao ước thi đua năm ${YEAR}`,
        place: 'Lào Cai',
        commitments: ['Hoàn thành xuất sắc nhiệm vụ chính trị'],
      });
    });

  makeBloc = async (): Promise<Json> =>
    this.api('admin', 'post', '/blocs', { name: `Khối kiểm thử ${uniqueName('')}`, kind: 'khoi' });

  /**
   * A bloc of its own in a far year with Báo Lào Cai (`thuky`) as head and Ban Tuyên giáo (`donvi`)
   * as deputy, its pledge signed by both and so locked: the demo's 2024 pledge stays as it is.
   */
  lockedPledge = () =>
    this.once('lockedPledge', async () => {
      const bloc = await this.makeBloc();
      const year = PLEDGE_YEAR;
      const units = [this.a.units.blc, this.a.units.btgtu];
      await this.t.dataSource.query(
        `DELETE FROM bloc_memberships WHERE term_year = $1 AND unit_id = ANY($2::uuid[])`,
        [year, units],
      );
      await this.api('admin', 'put', `/blocs/${bloc.id}/years/${year}/members`, {
        unitIds: units,
        version: 0,
      });
      await this.api('admin', 'put', `/blocs/${bloc.id}/years/${year}/leadership`, {
        headUnitId: units[0],
        deputyUnitId: units[1],
        version: await this.yearVersion(bloc.id, year),
      });
      await this.api('sec', 'put', `/blocs/${bloc.id}/years/${year}/pledge`, {
        title: `Giao ước thi đua năm ${year}`,
        place: 'Lào Cai',
        commitments: ['Hoàn thành xuất sắc nhiệm vụ chính trị'],
      });
      for (const [actor, unitId] of [
        ['sec', units[0]],
        ['unit', units[1]],
      ] as const) {
        await this.api(actor, 'post', `/blocs/${bloc.id}/years/${year}/pledge/signatures`, {
          unitId,
          signerName: 'Người ký',
          signerPosition: 'Thủ trưởng',
          signedOn: `${year}-02-01`,
          method: 'app',
        });
      }
      return { blocId: bloc.id as string, year };
    });

  attachment = () =>
    this.once('attachment', async () => {
      const res = await this.t.http
        .post('/api/v1/attachments?purpose=document')
        .set(this.a.headers('sec'))
        .attach('file', PDF, 'van-ban.pdf');
      return res.body as Json;
    });

  makePerson = async (): Promise<Json> =>
    this.api('unit', 'post', '/people', {
      fullName: `Nguyễn Văn ${uniqueName('')}`,
      sex: 'male',
      unitId: this.a.units.btgtu,
    });

  makeHousehold = async (): Promise<Json> =>
    this.api('unit', 'post', '/households', {
      headName: `Hộ ông ${uniqueName('')}`,
      address: 'Phường Lào Cai',
      unitId: this.a.units.btgtu,
    });

  /** A GK nomination of a new person of `unit`, proposed by the unit (no duplicate blocks it). */
  nominationBody = async (unit = this.a.units.btgtu, year = YEAR) => {
    const person = await this.api('admin', 'post', '/people', {
      fullName: `Nguyễn Văn ${uniqueName('')}`,
      sex: 'male',
      unitId: unit,
    });
    return {
      year,
      awardTypeId: this.award['GK'],
      beneficiaryKind: 'individual',
      beneficiaryId: person.id as string,
      proposingUnitId: unit,
      summary: 'Hoàn thành xuất sắc nhiệm vụ',
    };
  };

  /** A draft nomination proposed by Ban Tuyên giáo (`donvi`) in the party bloc. */
  makeNomination = async (): Promise<Json> =>
    this.api('unit', 'post', '/nominations', await this.nominationBody());

  nomination = () => this.once('nomination', this.makeNomination);

  /** A nomination of Ban Tuyên giáo with its achievement report attached. */
  reportedNomination = () =>
    this.once('reportedNomination', async () => {
      const upload = await this.t.http
        .post('/api/v1/attachments?purpose=achievementReport')
        .set(this.a.headers('unit'))
        .attach('file', PDF, 'bao-cao-thanh-tich.pdf');
      if (upload.status !== 201) throw new Error(`report: ${JSON.stringify(upload.body)}`);
      return this.api('unit', 'post', '/nominations', {
        ...(await this.nominationBody()),
        reportAttachmentId: upload.body.id,
      });
    });

  submittedNomination = async (): Promise<Json> => {
    const n = await this.makeNomination();
    return this.api('unit', 'post', `/nominations/${n.id}/transitions`, {
      action: 'submit',
      version: n.version,
      overrideBlockers: false,
    });
  };

  /** Two new nominations of party-bloc units the bloc accepted in `year` (ballot candidates). */
  accepted = async (year = YEAR): Promise<string[]> => {
    const ids: string[] = [];
    for (const unit of [this.a.units.vptu, this.a.units.tct]) {
      const n = await this.api(
        'admin',
        'post',
        '/nominations',
        await this.nominationBody(unit, year),
      );
      const s = await this.api('admin', 'post', `/nominations/${n.id}/transitions`, {
        action: 'submit',
        version: n.version,
        overrideBlockers: true,
        reason: 'Kiểm thử',
      });
      await this.api('admin', 'post', `/nominations/${n.id}/transitions`, {
        action: 'accept',
        version: s.version,
      });
      ids.push(n.id);
    }
    return ids;
  };

  meetingBody = (year = YEAR) => ({
    blocId: this.a.party,
    year,
    title: `Hội nghị tổng kết năm ${year}`,
    meetingDate: `${year}-12-18`,
    place: 'Hội trường Báo Lào Cai',
    chair: 'Lưu Thị Nụ',
    secretary: 'Nguyễn Thu Hà',
    countingCommittee: ['Phạm Quang Cường'],
  });

  /** A meeting of the party bloc with every delegate present. */
  meeting = (year = YEAR) => this.once(`meeting${year}`, () => this.newMeeting(year));

  /** A new meeting of the party bloc, its delegates marked present (they start absent). */
  async newMeeting(year = YEAR): Promise<Json> {
    const m = await this.api('sec', 'post', '/meetings', this.meetingBody(year));
    return this.api('sec', 'put', `/meetings/${m.id}/voters`, {
      ...this.votersBody(m),
      version: m.version,
    });
  }

  votersBody = (m: Json) => ({
    voters: m.voters.map((v: Json, i: number) => ({
      unitId: v.unit.id,
      delegateName: `Đại biểu ${i + 1}`,
      isPresent: true,
    })),
  });

  ballotBody = async (year = YEAR, mode = 'secret') => ({
    meetingId: (await this.meeting(year)).id,
    title: `Bình xét Giấy khen ${uniqueName('')}`,
    awardTypeId: this.award['GK'],
    nominationIds: await this.accepted(year),
    method: 'chooseK',
    mode,
    maxWinners: 1,
  });

  makeBallot = async (mode = 'secret'): Promise<Json> =>
    this.api('sec', 'post', '/ballots', await this.ballotBody(YEAR, mode));

  openBallot = (mode = 'secret') =>
    this.once(`open-${mode}`, async () => {
      const b = await this.makeBallot(mode);
      return this.api('sec', 'post', `/ballots/${b.id}/open`, { version: b.version });
    });

  /** The closed, counted secret ballot of the demo 2023 conference of the party bloc. */
  closedBallot = () =>
    this.once('closedBallot', async () => {
      const [row] = await this.t.dataSource.query(
        `SELECT b.id, b.meeting_id FROM ballots b JOIN meetings m ON m.id = b.meeting_id
          WHERE m.bloc_id = $1 AND b.status = 'closed' AND b.board_sha256 IS NOT NULL
          ORDER BY b.created_at LIMIT 1`,
        [this.a.party],
      );
      return { id: row.id as string, meetingId: row.meeting_id as string };
    });

  /** Nominations that passed a paper ballot (counted and closed), ready for an award list. */
  voted = async (): Promise<string[]> => {
    const b = await this.makeBallot('paper');
    const opened = await this.api('sec', 'post', `/ballots/${b.id}/open`, { version: b.version });
    const [first, second] = b.candidates.map((c: Json) => c.nominationId);
    const counted = await this.api('sec', 'put', `/ballots/${b.id}/paper-counts`, {
      issued: 9,
      returned: 9,
      valid: 9,
      invalid: 0,
      votes: { [first]: 9, [second]: 0 },
      version: opened.version,
    });
    await this.api('sec', 'post', `/ballots/${b.id}/close`, { version: counted.version });
    return [first];
  };

  makeAwardList = async (withNominations = false): Promise<Json> =>
    this.api('sec', 'post', '/award-lists', {
      title: `Danh sách đề nghị ${uniqueName('')}`,
      year: YEAR,
      blocId: this.a.party,
      order: 'units',
      nominationIds: withNominations ? await this.voted() : [],
    });

  awardList = () => this.once('awardList', this.makeAwardList);

  sentAwardList = async (): Promise<Json> => {
    const l = await this.makeAwardList(true);
    return this.api('sec', 'post', `/award-lists/${l.id}/send`, { version: l.version });
  };

  decidedAwardList = () =>
    this.once('decidedAwardList', async () => {
      const l = await this.sentAwardList();
      return this.api('admin', 'post', `/award-lists/${l.id}/decision`, {
        number: '1/QĐ-UBND',
        date: `${YEAR}-12-30`,
        signer: 'Chủ tịch',
        rejectedNominationIds: [],
        version: l.version,
      });
    });

  /** A clearance round or concurrence request about one passed nomination, asked of the TCT. */
  makeClearance = async (path: 'clearance-rounds' | 'concurrence-requests'): Promise<Json> => {
    const [n] = await this.t.dataSource.query(
      `INSERT INTO nominations (term_year, award_type_id, beneficiary_kind, unit_id, proposing_unit_id, bloc_id, summary,
                                status, votes, vote_denominator, vote_passed)
       VALUES ($1, $2, 'collective', $3, $3, $4, 'Hoàn thành xuất sắc nhiệm vụ', 'voted', 8, 9, true) RETURNING id`,
      [YEAR, this.award['GK'], this.a.units.btgtu, this.a.party],
    );
    return this.api('admin', 'post', `/${path}`, {
      title: `Xác nhận ${uniqueName('')}`,
      year: YEAR,
      dueDate: `${YEAR}-12-31`,
      nominationIds: [n.id],
      officeIds: [this.a.units.tct],
    });
  };

  clearance = (path: 'clearance-rounds' | 'concurrence-requests') =>
    this.once(path, () => this.makeClearance(path));

  exportJob = () =>
    this.once('exportJob', async () => {
      const l = await this.awardList();
      const job = await this.api('sec', 'post', `/award-lists/${l.id}/exports`, {
        kind: 'list',
        format: 'xlsx',
      });
      for (let i = 0; i < 100; i++) {
        const j = await this.api('sec', 'get', `/export-jobs/${job.id}`);
        if (j.status === 'done' || j.status === 'failed') return j;
        await new Promise((r) => setTimeout(r, 100));
      }
      return job;
    });
}
