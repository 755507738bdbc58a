import ExcelJS from 'exceljs';

import {
  PARTY_BLOC,
  type TestApp,
  bearer,
  binaryParser,
  createTestApp,
  login,
  uniqueName,
  unitId,
} from '../support/test-app';

describe('nominations and eligibility', () => {
  let t: TestApp;
  let admin: string;
  let thuky: string;
  let donvi: string;
  let award: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, thuky, donvi] = await Promise.all(
      ['admin', 'thuky', 'donvi'].map((u) => login(t.http, u)),
    );
    const types = await t.http.get('/api/v1/award-types').set(bearer(donvi)).expect(200);
    award = Object.fromEntries(types.body.map((a: { code: string; id: string }) => [a.code, a.id]));
  });

  afterAll(() => t.close());

  const transition = (token: string, id: string, body: Record<string, unknown>) =>
    t.http.post(`/api/v1/nominations/${id}/transitions`).set(bearer(token)).send(body);

  async function newPerson(token: string, unit: string, name = `Phạm Thị ${uniqueName('x')}`) {
    const res = await t.http
      .post('/api/v1/people')
      .set(bearer(token))
      .send({
        fullName: name,
        sex: 'female',
        birthYear: 1985,
        position: 'Chuyên viên',
        unitId: unit,
      })
      .expect(201);
    return res.body.id as string;
  }

  it('should hold the catalogue with rules versioned by date', async () => {
    const res = await t.http
      .get(`/api/v1/award-types/${award['GK']}`)
      .set(bearer(donvi))
      .expect(200);
    const coefficients = res.body.versions.map(
      (v: { effectiveFrom: string; bonusCoefficient: number }) => [
        v.effectiveFrom,
        v.bonusCoefficient,
      ],
    );
    expect(coefficients).toEqual([
      ['2025-07-01', 0.3],
      ['2024-01-01', 0.15],
      ['2018-01-01', 0.15],
    ]);
    expect(res.body.versions[0].legalCitation).toContain('Nghị định 152/2025/NĐ-CP');
    await t.http
      .post(`/api/v1/award-types/${award['GK']}/versions`)
      .set(bearer(thuky))
      .send({})
      .expect(403);
  });

  it('should run a nomination through the flow: file, return, fix, resubmit, accept', async () => {
    const btg = await unitId(t, 'BTGTU');
    const person = await newPerson(donvi, btg);
    // Two consecutive years of CSTĐCS make an individual eligible for Bằng khen.
    for (const year of [2023, 2024]) {
      await t.http
        .post('/api/v1/award-history')
        .set(bearer(admin))
        .send({
          year,
          awardTypeId: award['CSTDCS'],
          beneficiaryKind: 'individual',
          beneficiaryId: person,
        })
        .expect(201);
    }
    const created = await t.http
      .post('/api/v1/nominations')
      .set(bearer(donvi))
      .send({
        year: 2024,
        awardTypeId: award['BKT'],
        beneficiaryKind: 'individual',
        beneficiaryId: person,
        proposingUnitId: btg,
        summary: 'Hoàn thành xuất sắc nhiệm vụ năm 2024',
      })
      .expect(201);
    expect(created.body).toEqual(
      expect.objectContaining({ status: 'draft', canEdit: true, allowedActions: ['submit'] }),
    );
    expect(created.body.bloc.name).toBe(PARTY_BLOC);
    expect(
      created.body.eligibility.filter((r: { status: string }) => r.status === 'blocker'),
    ).toEqual([]);
    const id = created.body.id;

    const submitted = await transition(donvi, id, {
      action: 'submit',
      version: created.body.version,
    }).expect(200);
    expect(submitted.body.status).toBe('submitted');
    await transition(donvi, id, { action: 'accept', version: submitted.body.version }).expect(403);
    const early = await transition(thuky, id, {
      action: 'decide',
      version: submitted.body.version,
    }).expect(403);
    expect(early.body.code).toBe('common.forbidden');
    await transition(thuky, id, { action: 'return', version: submitted.body.version }).expect(422);
    const returned = await transition(thuky, id, {
      action: 'return',
      reason: 'Bổ sung báo cáo thành tích',
      version: submitted.body.version,
    }).expect(200);
    expect(returned.body).toEqual(
      expect.objectContaining({ status: 'returned', returnReason: 'Bổ sung báo cáo thành tích' }),
    );
    await transition(thuky, id, { action: 'accept', version: returned.body.version }).expect(409);

    const fixed = await t.http
      .put(`/api/v1/nominations/${id}`)
      .set(bearer(donvi))
      .send({
        year: 2024,
        awardTypeId: award['BKT'],
        beneficiaryKind: 'individual',
        beneficiaryId: person,
        proposingUnitId: btg,
        summary: 'Hoàn thành xuất sắc nhiệm vụ năm 2024; có 2 sáng kiến được công nhận',
        version: returned.body.version,
      })
      .expect(200);
    const resubmitted = await transition(donvi, id, {
      action: 'submit',
      version: fixed.body.version,
    }).expect(200);
    const accepted = await transition(thuky, id, {
      action: 'accept',
      version: resubmitted.body.version,
    }).expect(200);
    expect(accepted.body.status).toBe('accepted');
    expect(accepted.body.timeline.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'submit',
      'return',
      'update',
      'submit',
      'accept',
    ]);
    await t.http
      .put(`/api/v1/nominations/${id}`)
      .set(bearer(donvi))
      .send({
        year: 2024,
        awardTypeId: award['BKT'],
        beneficiaryKind: 'individual',
        beneficiaryId: person,
        proposingUnitId: btg,
        summary: 'x',
        version: accepted.body.version,
      })
      .expect(409);

    // A nomination that failed its vote is not offered to the province, and sending it is refused.
    const failed = await transition(thuky, id, {
      action: 'recordVote',
      vote: { votes: 3, denominator: 9, passed: false },
      version: accepted.body.version,
    }).expect(200);
    expect(failed.body).toEqual(expect.objectContaining({ status: 'voted', allowedActions: [] }));
    const refused = await transition(thuky, id, {
      action: 'send',
      version: failed.body.version,
    }).expect(409);
    expect(refused.body.code).toBe('nominations.voteNotPassed');
  });

  it('should refuse another bloc’s secretariat (403) and another unit’s user', async () => {
    const snv = await unitId(t, 'SNV');
    const person = await newPerson(admin, snv);
    const created = await t.http
      .post('/api/v1/nominations')
      .set(bearer(admin))
      .send({
        year: 2024,
        awardTypeId: award['GK'],
        beneficiaryKind: 'individual',
        beneficiaryId: person,
        proposingUnitId: snv,
        summary: 'Thành tích',
      })
      .expect(201);
    const submitted = await transition(admin, created.body.id, {
      action: 'submit',
      version: created.body.version,
    }).expect(200);
    await transition(thuky, created.body.id, {
      action: 'accept',
      version: submitted.body.version,
    }).expect(403);
    await t.http.get(`/api/v1/nominations/${created.body.id}`).set(bearer(donvi)).expect(403);
    await t.http
      .post('/api/v1/nominations')
      .set(bearer(donvi))
      .send({
        year: 2024,
        awardTypeId: award['GK'],
        beneficiaryKind: 'individual',
        beneficiaryId: person,
        proposingUnitId: snv,
        summary: 'x',
      })
      .expect(403);
    const list = await t.http.get('/api/v1/nominations?year=2024').set(bearer(donvi)).expect(200);
    expect(
      list.body.items.every(
        (n: { proposingUnit: { code: string } }) => n.proposingUnit.code === 'BTGTU',
      ),
    ).toBe(true);
  });

  it('should block a nomination that breaks the rules, and let only an admin override with a reason', async () => {
    const btg = await unitId(t, 'BTGTU');
    const person = await newPerson(donvi, btg);
    const created = await t.http
      .post('/api/v1/nominations')
      .set(bearer(donvi))
      .send({
        year: 2024,
        awardTypeId: award['CSTDT'],
        beneficiaryKind: 'individual',
        beneficiaryId: person,
        proposingUnitId: btg,
        summary: 'Sáng kiến cấp tỉnh',
      })
      .expect(201);
    const chain = created.body.eligibility.find(
      (r: { rule: string }) => r.rule === 'consecutiveTitles',
    );
    expect(chain).toEqual(
      expect.objectContaining({
        status: 'blocker',
        code: expect.stringMatching(/^eligibility\.titles\.blocker/),
        params: expect.objectContaining({ award: 'CSTDCS', required: 3 }),
        message: expect.stringContaining('Cần 3 năm liên tục đạt CSTDCS'),
        citation: expect.stringContaining('Điều 22'),
      }),
    );
    const blocked = await transition(donvi, created.body.id, {
      action: 'submit',
      version: created.body.version,
    }).expect(422);
    expect(blocked.body.code).toBe('nominations.blocked');
    expect(blocked.body.message).toContain('Cần 3 năm liên tục');
    // The reasons are codes too (the web translates them); an English client reads English.
    expect(blocked.body.params.reasons).toContainEqual({ code: chain.code, params: chain.params });
    const english = await transition(donvi, created.body.id, {
      action: 'submit',
      version: created.body.version,
    })
      .set('Accept-Language', 'en')
      .expect(422);
    expect(english.body.message).toContain('Needs CSTDCS for 3 consecutive years');
    await transition(donvi, created.body.id, {
      action: 'submit',
      overrideBlockers: true,
      reason: 'x',
      version: created.body.version,
    }).expect(403);
    const overridden = await transition(admin, created.body.id, {
      action: 'submit',
      overrideBlockers: true,
      reason: 'Hội đồng tỉnh đồng ý xét đặc cách',
      version: created.body.version,
    }).expect(200);
    expect(overridden.body.overrideReason).toBe('Hội đồng tỉnh đồng ý xét đặc cách');
    const [audit] = await t.dataSource.query(
      `SELECT reason FROM audit_log WHERE entity_id = $1 AND action = 'override'`,
      [created.body.id],
    );
    expect(audit.reason).toBe('Hội đồng tỉnh đồng ý xét đặc cách');
  });

  it('should check review flags, one award per achievement and the kind of beneficiary', async () => {
    const btg = await unitId(t, 'BTGTU');
    const person = await newPerson(admin, btg);
    await t.http
      .post('/api/v1/review-flags')
      .set(bearer(donvi))
      .send({
        beneficiaryKind: 'individual',
        beneficiaryId: person,
        kind: 'discipline',
        fromDate: '2024-03-01',
      })
      .expect(403);
    await t.http
      .post('/api/v1/review-flags')
      .set(bearer(admin))
      .send({
        beneficiaryKind: 'individual',
        beneficiaryId: person,
        kind: 'discipline',
        fromDate: '2024-03-01',
        toDate: '2024-05-31',
        note: 'Xem xét kỷ luật',
      })
      .expect(201);
    await t.http
      .post('/api/v1/award-history')
      .set(bearer(admin))
      .send({
        year: 2024,
        awardTypeId: award['GK'],
        beneficiaryKind: 'individual',
        beneficiaryId: person,
      })
      .expect(201);
    const dup = await t.http
      .post('/api/v1/award-history')
      .set(bearer(admin))
      .send({
        year: 2024,
        awardTypeId: award['GK'],
        beneficiaryKind: 'individual',
        beneficiaryId: person,
      })
      .expect(409);
    expect(dup.body.code).toBe('history.duplicate');
    const res = await t.http
      .post('/api/v1/nominations')
      .set(bearer(donvi))
      .send({
        year: 2024,
        awardTypeId: award['GK'],
        beneficiaryKind: 'individual',
        beneficiaryId: person,
        proposingUnitId: btg,
        summary: 'x',
      })
      .expect(201);
    const byRule = Object.fromEntries(
      res.body.eligibility.map((r: { rule: string; status: string }) => [r.rule, r.status]),
    );
    expect(byRule).toEqual(
      expect.objectContaining({
        underReview: 'blocker',
        oneAwardPerAchievement: 'blocker',
        beneficiaryKind: 'pass',
      }),
    );
    const household = await t.http
      .post('/api/v1/households')
      .set(bearer(admin))
      .send({ headName: 'Giàng A Lử', address: 'Thôn Lao Chải, xã Bát Xát', unitId: btg })
      .expect(201);
    const wrongKind = await t.http
      .post('/api/v1/nominations')
      .set(bearer(donvi))
      .send({
        year: 2024,
        awardTypeId: award['CTDT'],
        beneficiaryKind: 'household',
        beneficiaryId: household.body.id,
        proposingUnitId: btg,
        summary: 'x',
      })
      .expect(201);
    expect(
      wrongKind.body.eligibility.find((r: { rule: string }) => r.rule === 'beneficiaryKind').status,
    ).toBe('blocker');
  });

  it('should carry a passed nomination to the province, record the decision and the award history', async () => {
    const list = await t.http
      .get(`/api/v1/nominations?year=2023&awardTypeId=${award['CTDT']}`)
      .set(bearer(admin))
      .expect(200);
    expect(
      list.body.items.map((n: { beneficiary: { name: string } }) => n.beneficiary.name).sort(),
    ).toEqual(['Trường Chính trị tỉnh', 'Văn phòng Tỉnh ủy']);
    const [first] = list.body.items;
    // The 2023 conference's ballot already recorded their votes (8 and 7 of 9).
    let n = (await t.http.get(`/api/v1/nominations/${first.id}`).set(bearer(thuky)).expect(200))
      .body;
    expect(n.status).toBe('voted');
    expect(n.vote.passed).toBe(true);
    await transition(thuky, n.id, {
      action: 'recordVote',
      vote: { votes: 8, denominator: 9, passed: true },
      version: n.version,
    }).expect(409);
    n = (await transition(thuky, n.id, { action: 'send', version: n.version }).expect(200)).body;
    await transition(thuky, n.id, { action: 'approve', version: n.version }).expect(403);
    n = (await transition(admin, n.id, { action: 'approve', version: n.version }).expect(200)).body;
    await transition(admin, n.id, { action: 'decide', version: n.version }).expect(422);
    n = (
      await transition(admin, n.id, {
        action: 'decide',
        decisionNumber: '125/QĐ-UBND',
        decisionDate: '2024-01-25',
        version: n.version,
      }).expect(200)
    ).body;
    n = (await transition(admin, n.id, { action: 'award', version: n.version }).expect(200)).body;
    expect(n.status).toBe('awarded');
    const history = await t.http
      .get(`/api/v1/award-history?year=2023&awardTypeId=${award['CTDT']}`)
      .set(bearer(donvi))
      .expect(200);
    expect(history.body.items).toEqual([
      expect.objectContaining({
        decisionNumber: '125/QĐ-UBND',
        decisionDate: '2024-01-25',
        source: 'nomination',
        beneficiary: expect.objectContaining({ name: first.beneficiary.name }),
      }),
    ]);
    await transition(admin, n.id, { action: 'award', version: n.version }).expect(409);
  });

  it('should import award history with a dry run that names every bad row, and change nothing on errors', async () => {
    const csv = [
      'Năm,Mã danh hiệu,Loại đối tượng,Mã đơn vị,Họ và tên,Năm sinh,Giới tính,Chức vụ,Chủ hộ,Địa chỉ,Số quyết định,Ngày quyết định',
      '2020,TTLDXS,Tập thể,VPTU,,,,,,,45/QĐ-UBND,15/01/2021',
      '2020,CSTDCS,Cá nhân,BTGTU,Nguyễn Văn Hòa,1980,Nam,Chuyên viên,,,12/QĐ-BTG,30/12/2020',
      '2020,XYZ,Tập thể,VPTU,,,,,,,,',
      '2020,TTLDXS,Cá nhân,BTGTU,,,,,,,,',
      '2020,GK,Hộ gia đình,,,,,,Lù A Dơ,,,31/02/2020',
    ].join('\n');
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM award_history`);
    const dry = await t.http
      .post('/api/v1/award-history/import?dryRun=true')
      .set(bearer(admin))
      .attach('file', Buffer.from(csv), 'lich-su.csv')
      .expect(200);
    expect(dry.body.rows.map((r: { errors: unknown[] }) => r.errors.length > 0)).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
    const real = await t.http
      .post('/api/v1/award-history/import?dryRun=false')
      .set(bearer(admin))
      .attach('file', Buffer.from(csv), 'lich-su.csv')
      .expect(422);
    expect(real.body.report.invalid).toBe(3);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM award_history`)).toEqual(
      before,
    );
    const good = csv.split('\n').slice(0, 3).join('\n');
    const ok = await t.http
      .post('/api/v1/award-history/import?dryRun=false')
      .set(bearer(admin))
      .attach('file', Buffer.from(good), 'lich-su.csv')
      .expect(201);
    expect(ok.body.imported).toBe(2);
    const people = await t.http
      .get('/api/v1/people?q=nguyen%20van%20hoa')
      .set(bearer(admin))
      .expect(200);
    expect(people.body.items[0]).toEqual(
      expect.objectContaining({ fullName: 'Nguyễn Văn Hòa', birthYear: 1980, sex: 'male' }),
    );
  });

  it('should give an import template with the columns, lists and examples the import reads', async () => {
    await t.http.get('/api/v1/award-history/import/template').set(bearer(thuky)).expect(403);
    const res = await t.http
      .get('/api/v1/award-history/import/template')
      .set(bearer(admin))
      .buffer(true)
      .parse(binaryParser)
      .expect(200)
      .expect('Content-Type', /spreadsheetml/);
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Mẫu nhập lịch sử khen thưởng.xlsx')}`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Lịch sử khen thưởng',
      'Ví dụ',
      'Danh mục',
    ]);
    const [sheet, examples, catalogue] = workbook.worksheets;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Năm',
      'Mã danh hiệu',
      'Loại đối tượng',
      'Mã đơn vị',
      'Họ và tên',
      'Năm sinh',
      'Giới tính',
      'Chức vụ',
      'Chủ hộ',
      'Địa chỉ',
      'Số quyết định',
      'Ngày quyết định',
    ]);
    expect(sheet.actualRowCount).toBe(1);
    expect(sheet.getCell('C2').dataValidation).toEqual(
      expect.objectContaining({ type: 'list', formulae: ['"Tập thể,Cá nhân,Hộ gia đình"'] }),
    );
    expect(sheet.getCell('B1001').dataValidation.formulae?.[0]).toMatch(
      /^'Danh mục'!\$A\$2:\$A\$\d+$/,
    );
    const codes = catalogue.getColumn(1).values.slice(2);
    expect(codes).toEqual(expect.arrayContaining(['GK', 'TTLDXS', 'CSTDCS']));
    expect(catalogue.getColumn(4).values.slice(2)).toEqual(expect.arrayContaining(['VPTU', 'BLC']));

    // The examples, moved to the first sheet (in a year of their own), are valid rows.
    expect(examples.actualRowCount).toBe(4);
    examples.eachRow((row, n) => {
      if (n === 1) return;
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      values[0] = 2019;
      sheet.getRow(n).values = values;
    });
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const dry = await t.http
      .post('/api/v1/award-history/import?dryRun=true')
      .set(bearer(admin))
      .attach('file', file, 'mau.xlsx')
      .expect(200);
    expect(dry.body).toEqual(expect.objectContaining({ total: 3, invalid: 0 }));
    expect(dry.body.rows.map((r: { name: string }) => r.name)).toEqual([
      expect.any(String),
      'Hoàng Thị Hiên',
      'Lù Văn Páo',
    ]);
  });

  it('should keep people to their own unit for unit users', async () => {
    const blc = await unitId(t, 'BLC');
    await t.http
      .post('/api/v1/people')
      .set(bearer(donvi))
      .send({ fullName: 'Người đơn vị khác', sex: 'male', unitId: blc })
      .expect(403);
  });

  it("should keep a unit's award history with the unit when a person moves to another", async () => {
    const btg = await unitId(t, 'BTGTU');
    const snv = await unitId(t, 'SNV');
    const person = await newPerson(admin, btg, `Lê Văn ${uniqueName('chuyen')}`);
    await t.http
      .post('/api/v1/award-history')
      .set(bearer(admin))
      .send({
        year: 2019,
        awardTypeId: award['GK'],
        beneficiaryKind: 'individual',
        beneficiaryId: person,
      })
      .expect(201);
    const before = (await t.http.get(`/api/v1/people/${person}`).set(bearer(admin)).expect(200))
      .body;
    await t.http
      .put(`/api/v1/people/${person}`)
      .set(bearer(admin))
      .send({ fullName: before.fullName, sex: 'male', unitId: snv, version: before.version })
      .expect(200);

    const history = async (unit: string) =>
      (
        await t.http
          .get(`/api/v1/award-history?unitId=${unit}&year=2019&pageSize=100`)
          .set(bearer(admin))
          .expect(200)
      ).body as {
        items: Array<{ beneficiary: { id: string; unit: { code: string } | null } }>;
        total: number;
      };
    const old = await history(btg);
    const mine = old.items.filter((row) => row.beneficiary.id === person);
    expect(mine.map((row) => row.beneficiary.unit?.code)).toEqual(['BTGTU']);
    expect(old.total).toBe(old.items.length);
    expect((await history(snv)).items.some((row) => row.beneficiary.id === person)).toBe(false);
  });
});
