import { type TestApp, uniqueName } from '../../support/test-app';
import { type Actor, type Actors, YEAR } from './actors';

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

  pledge = () =>
    this.once('pledge', () =>
      this.api('sec', 'put', `/blocs/${this.a.party}/years/${YEAR}/pledge`, {
        title: `Giao ước thi đua năm ${YEAR}`,
        place: 'Lào Cai',
        commitments: ['Hoàn thành xuất sắc nhiệm vụ chính trị'],
      }),
    );

  makeBloc = async (): Promise<Json> =>
    this.api('admin', 'post', '/blocs', { name: `Khối kiểm thử ${uniqueName('')}`, kind: 'khoi' });

  /**
   * A bloc of its own in a far year with Báo Lào Cai (`thuky`) as head and Ban Tuyên giáo (`donvi`)
   * as deputy, its pledge signed by both and so locked: the demo's 2024 pledge stays as it is.
   */
  lockedPledge = () =>
    this.once('lockedPledge', async () => {
      const bloc = await this.makeBloc();
      const year = 2095;
      const units = [this.a.units.blc, this.a.units.btgtu];
      await this.t.dataSource.query(
        `DELETE FROM bloc_memberships WHERE term_year = $1 AND unit_id = ANY($2::uuid[])`,
        [year, units],
      );
      await this.api('admin', 'put', `/blocs/${bloc.id}/years/${year}/members`, { unitIds: units });
      await this.api('admin', 'put', `/blocs/${bloc.id}/years/${year}/leadership`, {
        headUnitId: units[0],
        deputyUnitId: units[1],
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
  meeting = (year = YEAR) =>
    this.once(`meeting${year}`, async () => {
      const m = await this.api('sec', 'post', '/meetings', this.meetingBody(year));
      return this.api('sec', 'put', `/meetings/${m.id}/voters`, this.votersBody(m));
    });

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
      return this.api('sec', 'post', `/ballots/${b.id}/open`);
    });

  /** A closed ballot of the demo 2023 conference of the party bloc. */
  closedBallot = () =>
    this.once('closedBallot', async () => {
      const [row] = await this.t.dataSource.query(
        `SELECT b.id, b.meeting_id FROM ballots b JOIN meetings m ON m.id = b.meeting_id
          WHERE m.bloc_id = $1 AND b.status = 'closed' LIMIT 1`,
        [this.a.party],
      );
      return { id: row.id as string, meetingId: row.meeting_id as string };
    });

  /** Nominations that passed a paper ballot (counted and closed), ready for an award list. */
  voted = async (): Promise<string[]> => {
    const b = await this.makeBallot('paper');
    await this.api('sec', 'post', `/ballots/${b.id}/open`);
    const [first, second] = b.candidates.map((c: Json) => c.nominationId);
    await this.api('sec', 'put', `/ballots/${b.id}/paper-counts`, {
      issued: 9,
      returned: 9,
      valid: 9,
      invalid: 0,
      votes: { [first]: 9, [second]: 0 },
    });
    await this.api('sec', 'post', `/ballots/${b.id}/close`);
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
    return this.api('sec', 'post', `/award-lists/${l.id}/send`);
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
