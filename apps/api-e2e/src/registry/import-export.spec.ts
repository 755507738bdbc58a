import ExcelJS from 'exceljs';

import {
  PARTY_BLOC,
  type TestApp,
  bearer,
  binaryParser,
  createTestApp,
  login,
  uniqueName,
} from '../support/test-app';
import { downloadNames } from '../support/downloads';

const HEADER = 'Mã đơn vị,Tên đơn vị,Tên viết tắt,Loại đơn vị,Mã đơn vị cấp trên,Khối/cụm,Năm';

describe('import and export of units', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await login(t.http, 'admin');
  });

  afterAll(() => t.close());

  const count = async () =>
    (
      await t.dataSource.query(
        `SELECT (SELECT count(*) FROM units) + (SELECT count(*) FROM bloc_memberships) AS n`,
      )
    )[0].n;
  const upload = (csv: string, dryRun: boolean, name = 'don-vi.csv') =>
    t.http
      .post(`/api/v1/units/import?dryRun=${dryRun}`)
      .set(bearer(admin))
      .attach('file', Buffer.from(csv, 'utf8'), name);

  it('should report every bad row in a dry run and import nothing', async () => {
    const before = await count();
    const csv = [
      HEADER,
      'MOI1,,,,,,', // missing name
      'MOI2,Sở Công Thương,,Cơ quan nhà nước,,,',
      'MOI2,Trùng mã,,,,,', // duplicate code
      'MOI3,Đơn vị con,,,KHONGCO,,', // unknown parent
      'MOI4,Đơn vị khối lạ,,,,Khối không tồn tại,2024', // unknown bloc
      'MOI5,Loại lạ,,Ngân hàng,,,',
    ].join('\n');
    const res = await upload(csv, true).expect(200);
    expect(res.body).toEqual(
      expect.objectContaining({ dryRun: true, total: 6, valid: 1, invalid: 5, imported: 0 }),
    );
    const errors = res.body.rows.map((r: { row: number; errors: Array<{ code: string }> }) => [
      r.row,
      r.errors.map((e) => e.code),
    ]);
    expect(errors).toEqual([
      [2, ['import.missingName']],
      [3, []],
      [4, ['import.duplicateCode']],
      [5, ['import.unknownParent']],
      [6, ['import.unknownBloc']],
      [7, ['import.unknownKind']],
    ]);
    expect(res.body.rows[0].errors[0].message).toBe('Thiếu tên đơn vị.');
    // Each row error also carries its parameters, for the web to word it in the page's language.
    expect(res.body.rows[3].errors[0]).toEqual(
      expect.objectContaining({ code: 'import.unknownParent', params: { value: 'KHONGCO' } }),
    );
    const real = await upload(csv, false).expect(422);
    expect(real.body.code).toBe('import.invalidRows');
    expect(real.body.report.invalid).toBe(5);
    expect(await count()).toBe(before);
  });

  it('should import valid units, sub-units and memberships in one go', async () => {
    const a = uniqueName('IMP').toUpperCase();
    const csv = [
      HEADER,
      `${a}-CON,Phòng Tổng hợp,,,${a},,`,
      `${a},Ban Quản lý các khu công nghiệp tỉnh,BQL KCN,Cơ quan nhà nước,,,`,
      `${a}-K,"Hội Luật gia tỉnh, Lào Cai",,Đoàn thể chính trị - xã hội,,${PARTY_BLOC},2026`,
    ].join('\r\n');
    const res = await upload(csv, false).expect(201);
    expect(res.body).toEqual(expect.objectContaining({ imported: 3, invalid: 0 }));
    const [child] = await t.dataSource.query(
      `SELECT p.code FROM units u JOIN units p ON p.id = u.parent_id WHERE u.code = $1`,
      [`${a}-CON`],
    );
    expect(child.code).toBe(a);
    const [member] = await t.dataSource.query(
      `SELECT u.name, m.term_year FROM bloc_memberships m JOIN units u ON u.id = m.unit_id WHERE u.code = $1`,
      [`${a}-K`],
    );
    expect(member).toEqual({ name: 'Hội Luật gia tỉnh, Lào Cai', term_year: 2026 });
  });

  it('should read the .xlsx template and refuse other files', async () => {
    const template = await t.http
      .get('/api/v1/units/import/template')
      .set(bearer(admin))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(downloadNames(template).utf8).toBe('Mẫu nhập đơn vị.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.body);
    const sheet = workbook.worksheets[0];
    sheet.getRow(2).getCell(1).value = uniqueName('X').toUpperCase();
    sheet.getRow(2).getCell(11).value = null;
    sheet.getRow(2).getCell(12).value = null;
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await t.http
      .post('/api/v1/units/import?dryRun=true')
      .set(bearer(admin))
      .attach('file', file, 'mau.xlsx')
      .expect(200);
    expect(res.body).toEqual(expect.objectContaining({ total: 1, valid: 1 }));
    await t.http
      .post('/api/v1/units/import')
      .set(bearer(admin))
      .attach('file', Buffer.from('MZ\u0090\u0000binary'), 'virus.xlsx')
      .expect(415);
    await t.http.post('/api/v1/units/import').set(bearer(admin)).expect(422);
  });

  it('should export units and blocs as .xlsx with Vietnamese names intact', async () => {
    const res = await t.http
      .get('/api/v1/units/export?year=2024')
      .set(bearer(admin))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(downloadNames(res).utf8).toBe('Danh sách đơn vị.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    const names = workbook.worksheets[0].getColumn(2).values;
    expect(names).toContain('Ủy ban Kiểm tra Tỉnh ủy');
    const blocs = await t.http
      .get('/api/v1/blocs/export?year=2024')
      .set(bearer(admin))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(downloadNames(blocs)).toEqual({
      utf8: 'Khối, cụm thi đua năm 2024.xlsx',
      ascii: 'Khoi_ cum thi dua nam 2024.xlsx',
    });
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(blocs.body);
    const rows = wb2.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.some((r) => r.includes('Báo Lào Cai') && r.includes('Trưởng khối'))).toBe(true);
  });
});
