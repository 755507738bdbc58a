import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  PARTY_BLOC,
  type TestApp,
  bearer,
  blocId,
  binaryParser,
  createTestApp,
  login,
  unitId,
} from '../support/test-app';
import { freshBloc as createFreshBloc } from '../support/fresh-bloc';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a0b7e5c30000000049454e44ae426082',
  'hex',
);

describe('emulation pledges', () => {
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

  const freshBloc = () => createFreshBloc(t, admin);

  const sign = (token: string, bloc: string, year: number, body: Record<string, unknown>) =>
    t.http
      .post(`/api/v1/blocs/${bloc}/years/${year}/pledge/signatures`)
      .set(bearer(token))
      .send(body);

  it('should show the 2024 pledge of the Lào Cai bloc, signed by all 9 units and locked', async () => {
    const res = await t.http
      .get(`/api/v1/blocs/${party}/years/2024/pledge`)
      .set(bearer(donvi))
      .expect(200);
    expect(res.body).toEqual(
      expect.objectContaining({
        status: 'locked',
        signedCount: 9,
        memberCount: 9,
        canManage: false,
      }),
    );
    expect(res.body.units[0]).toEqual(
      expect.objectContaining({
        role: 'head',
        unit: expect.objectContaining({ name: 'Báo Lào Cai' }),
      }),
    );
  });

  it('should sign once per member unit, lock when all have signed, and reopen with a reason', async () => {
    const bloc = await freshBloc();
    const base = `/api/v1/blocs/${bloc.id}/years/${bloc.year}/pledge`;
    await t.http
      .put(base)
      .set(bearer(donvi))
      .send({ title: 'X', place: 'Lào Cai', commitments: ['a'] })
      .expect(403);
    const created = await t.http
      .put(base)
      .set(bearer(thuky))
      .send({
        title: `Bản giao ước thi đua năm ${bloc.year}`,
        place: 'Lào Cai',
        commitments: [
          'Hoàn thành xuất sắc nhiệm vụ chính trị',
          'Tham gia đầy đủ hoạt động của Khối',
        ],
      })
      .expect(200);
    expect(created.body).toEqual(
      expect.objectContaining({ status: 'open', signedCount: 0, memberCount: 3 }),
    );

    const registration = {
      targets: ['Tổ chức 4 hội nghị chuyên đề'],
      titles: ['Tập thể lao động xuất sắc'],
      version: 0,
    };
    const registered = await t.http
      .put(`${base}/units/${bloc.units[1]}`)
      .set(bearer(donvi))
      .send(registration)
      .expect(200);
    const entry = (r: typeof registered) =>
      r.body.units.find((u: { unit: { id: string } }) => u.unit.id === bloc.units[1]);
    expect(entry(registered).version).toBe(1);
    // A second save from the same reading (someone else saved meanwhile) changes nothing.
    const stale = await t.http
      .put(`${base}/units/${bloc.units[1]}`)
      .set(bearer(thuky))
      .send({ ...registration, targets: ['Ghi đè'] })
      .expect(409);
    expect(stale.body.code).toBe('common.staleVersion');
    const after = await t.http.get(base).set(bearer(donvi)).expect(200);
    expect(entry(after).targets).toEqual(['Tổ chức 4 hội nghị chuyên đề']);
    await t.http
      .put(`${base}/units/${bloc.units[0]}`)
      .set(bearer(donvi))
      .send({ targets: [], titles: [], version: 0 })
      .expect(403);

    // In the app, by the unit's own user.
    const signed = await sign(donvi, bloc.id, bloc.year, {
      unitId: bloc.units[1],
      signerName: 'Trần Văn Đức',
      signerPosition: 'Phó Trưởng ban',
      signedOn: `${bloc.year}-01-15`,
      method: 'app',
    }).expect(201);
    expect(signed.body.signedCount).toBe(1);
    const again = await sign(donvi, bloc.id, bloc.year, {
      unitId: bloc.units[1],
      signerName: 'Trần Văn Đức',
      signerPosition: 'Phó Trưởng ban',
      signedOn: `${bloc.year}-01-16`,
      method: 'app',
    }).expect(409);
    expect(again.body.code).toBe('pledges.alreadySigned');
    expect(again.body.message).toContain('Ban Tuyên giáo Tỉnh ủy');
    // Not for another unit in the app.
    await sign(donvi, bloc.id, bloc.year, {
      unitId: bloc.units[0],
      signerName: 'X',
      signerPosition: 'Y',
      signedOn: `${bloc.year}-01-15`,
      method: 'app',
    }).expect(403);

    // From paper, by the secretariat, with the scan.
    const noScan = await sign(thuky, bloc.id, bloc.year, {
      unitId: bloc.units[2],
      signerName: 'Nguyễn Văn B',
      signerPosition: 'Giám đốc',
      signedOn: `${bloc.year}-01-15`,
      method: 'paper',
    }).expect(422);
    expect(noScan.body.fieldErrors.scanAttachmentId).toBeDefined();
    const scan = await t.http
      .post('/api/v1/attachments?purpose=pledgeScan')
      .set(bearer(thuky))
      .attach('file', PNG, 'ban-quet.png')
      .expect(201);
    await sign(thuky, bloc.id, bloc.year, {
      unitId: bloc.units[2],
      signerName: 'Nguyễn Văn B',
      signerPosition: 'Giám đốc',
      signedOn: `${bloc.year}-01-15`,
      method: 'paper',
      scanAttachmentId: scan.body.id,
    }).expect(201);
    const last = await sign(thuky, bloc.id, bloc.year, {
      unitId: bloc.units[0],
      signerName: 'Lưu Thị Nụ',
      signerPosition: 'Phó Tổng Biên tập phụ trách',
      signedOn: `${bloc.year}-01-15`,
      method: 'app',
    }).expect(201);
    expect(last.body).toEqual(expect.objectContaining({ status: 'locked', signedCount: 3 }));
    expect(
      last.body.units.find((u: { unit: { id: string } }) => u.unit.id === bloc.units[2]).signature
        .scan.fileName,
    ).toBe('ban-quet.png');

    const locked = await t.http
      .put(base)
      .set(bearer(thuky))
      .send({ title: 'Đổi', place: 'Lào Cai', commitments: ['b'] })
      .expect(409);
    expect(locked.body.code).toBe('pledges.locked');
    await t.http.post(`${base}/reopen`).set(bearer(donvi)).send({ reason: 'x' }).expect(403);
    await t.http.post(`${base}/reopen`).set(bearer(thuky)).send({ reason: '' }).expect(422);
    const reopened = await t.http
      .post(`${base}/reopen`)
      .set(bearer(thuky))
      .send({ reason: 'Bổ sung chỉ tiêu theo kết luận hội nghị' })
      .expect(200);
    expect(reopened.body.status).toBe('open');
    const [audit] = await t.dataSource.query(
      `SELECT actor_username, reason FROM audit_log WHERE entity = 'pledge' AND entity_id = $1 AND action = 'transition' ORDER BY at DESC LIMIT 1`,
      [reopened.body.id],
    );
    expect(audit).toEqual({
      actor_username: 'thuky',
      reason: 'Bổ sung chỉ tiêu theo kết luận hội nghị',
    });
  });

  it('should refuse to sign while section I is empty, naming the field, and sign once it is written', async () => {
    const bloc = await freshBloc();
    const base = `/api/v1/blocs/${bloc.id}/years/${bloc.year}/pledge`;
    const draft = await t.http
      .put(base)
      .set(bearer(thuky))
      .send({ title: 'Giao ước', place: 'Lào Cai', commitments: [] })
      .expect(200);
    const signature = {
      unitId: bloc.units[1],
      signerName: 'Trần Văn Đức',
      signerPosition: 'Phó Trưởng ban',
      signedOn: `${bloc.year}-01-15`,
      method: 'app',
    };
    const refused = await sign(donvi, bloc.id, bloc.year, signature).expect(422);
    expect(refused.body).toEqual(
      expect.objectContaining({
        code: 'pledges.sectionEmpty',
        message: expect.stringContaining('mục I'),
        fieldErrors: { commitments: [expect.stringContaining('mục I')] },
      }),
    );
    expect((await t.http.get(base).set(bearer(donvi)).expect(200)).body.signedCount).toBe(0);
    await t.http
      .put(base)
      .set(bearer(thuky))
      .send({
        title: 'Giao ước',
        place: 'Lào Cai',
        commitments: ['Hoàn thành xuất sắc nhiệm vụ'],
        version: draft.body.version,
      })
      .expect(200);
    const signed = await sign(donvi, bloc.id, bloc.year, signature).expect(201);
    expect(signed.body.signedCount).toBe(1);
  });

  it('should refuse a unit that is not a member (403)', async () => {
    const bloc = await freshBloc();
    const base = `/api/v1/blocs/${bloc.id}/years/${bloc.year}/pledge`;
    await t.http
      .put(base)
      .set(bearer(thuky))
      .send({ title: 'Giao ước', place: 'Lào Cai', commitments: ['a'] })
      .expect(200);
    const outsider = await login(t.http, 'xem');
    await sign(outsider, bloc.id, bloc.year, {
      unitId: bloc.units[0],
      signerName: 'X',
      signerPosition: 'Y',
      signedOn: '2030-01-01',
      method: 'app',
    }).expect(403);
    const vptu = await unitId(t, 'VPTU');
    const res = await sign(thuky, bloc.id, bloc.year, {
      unitId: vptu,
      signerName: 'X',
      signerPosition: 'Y',
      signedOn: '2030-01-01',
      method: 'paper',
      scanAttachmentId: '00000000-0000-4000-8000-000000000000',
    }).expect(403);
    expect(res.body.code).toBe('pledges.notMember');
    await t.http.get(`/api/v1/blocs/${general}/years/2031/pledge`).set(bearer(donvi)).expect(404);
  });

  it('should print the pledge as a PDF whose text reads back with its diacritics, and as a DOCX', async () => {
    const pdf = await t.http
      .get(`/api/v1/blocs/${party}/years/2024/pledge/document?format=pdf`)
      .set(bearer(donvi))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'pledge-'));
    writeFileSync(join(dir, 'p.pdf'), pdf.body);
    const text = execFileSync('pdftotext', [join(dir, 'p.pdf'), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    for (const phrase of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BẢN GIAO ƯỚC THI ĐUA NĂM 2024',
      'Văn phòng Tỉnh ủy',
      'Ủy ban Kiểm tra Tỉnh ủy',
      'Đảng ủy Khối Cơ quan - Doanh nghiệp',
      'Lưu Thị Nụ',
    ]) {
      expect(text.toUpperCase()).toContain(phrase.toUpperCase());
    }
    expect(text).toContain('Lào Cai, ngày 19 tháng 12 năm 2023');
    const docx = await t.http
      .get(`/api/v1/blocs/${party}/years/2024/pledge/document?format=docx`)
      .set(bearer(donvi))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(docx.body.subarray(0, 2).toString()).toBe('PK');
    await t.http
      .get(`/api/v1/blocs/${party}/years/2024/pledge/document?format=odt`)
      .set(bearer(donvi))
      .expect(422);
  });
});
