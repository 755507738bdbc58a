import { seedDemoData } from '../../../api/src/public-api';
import { type TestApp, bearer, createTestApp, login } from '../support/test-app';

const TABLES = [
  'unit_kinds',
  'units',
  'blocs',
  'bloc_memberships',
  'bloc_leaderships',
  'users',
  'award_lists',
  'award_list_items',
];

describe('demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  async function counts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const table of TABLES) {
      const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
      out[table] = row.n;
    }
    return out;
  }

  it('should not duplicate anything when loaded again', async () => {
    const before = await counts();
    await seedDemoData(t.dataSource);
    await seedDemoData(t.dataSource);
    expect(await counts()).toEqual(before);
  });

  it('should hold the Lào Cai bloc with its 9 member units in 2024', async () => {
    const rows: Array<{ name: string }> = await t.dataSource.query(
      `SELECT u.name FROM bloc_memberships m JOIN units u ON u.id = m.unit_id JOIN blocs b ON b.id = m.bloc_id
        WHERE b.name = 'Khối thi đua các cơ quan Tỉnh ủy' AND m.term_year = 2024 ORDER BY m.rotation_order`,
    );
    expect(rows.map((r) => r.name)).toEqual([
      'Văn phòng Tỉnh ủy',
      'Ban Tuyên giáo Tỉnh ủy',
      'Ban Nội chính Tỉnh ủy',
      'Ban Tổ chức Tỉnh ủy',
      'Ban Dân vận Tỉnh ủy',
      'Ủy ban Kiểm tra Tỉnh ủy',
      'Trường Chính trị tỉnh',
      'Đảng ủy Khối Cơ quan - Doanh nghiệp',
      'Báo Lào Cai',
    ]);
  });

  it('should make thuky (Báo Lào Cai) the bloc secretariat in 2024, as head unit', async () => {
    const token = await login(t.http, 'thuky');
    const res = await t.http.get('/api/v1/auth/me').set(bearer(token)).expect(200);
    expect(res.body.unit.name).toBe('Báo Lào Cai');
    expect(res.body.secretariatOf).toContainEqual(
      expect.objectContaining({
        blocName: 'Khối thi đua các cơ quan Tỉnh ủy',
        year: 2024,
        position: 'head',
      }),
    );
    expect(res.body.secretariatOf).toContainEqual(
      expect.objectContaining({
        blocName: 'Khối thi đua các cơ quan Tỉnh ủy',
        year: 2023,
        position: 'deputy',
      }),
    );
  });

  it('should hold the award lists: the 2023 Emulation Flag list and a decided Bằng khen batch', async () => {
    const admin = await login(t.http, 'admin');
    const lists = async (year: number) =>
      (await t.http.get(`/api/v1/award-lists?year=${year}`).set(bearer(admin)).expect(200))
        .body as Array<{ title: string; status: string; counts: Record<string, number> }>;
    expect(await lists(2023)).toEqual([
      expect.objectContaining({
        title: expect.stringContaining('Cờ thi đua'),
        status: 'draft',
        counts: { collective: 2, individual: 0, household: 0 },
      }),
    ]);
    expect(await lists(2021)).toEqual([
      expect.objectContaining({
        title: expect.stringContaining('Bằng khen'),
        status: 'decided',
        counts: { collective: 15, individual: 36, household: 8 },
      }),
    ]);
  });

  it('should let every demo account sign in', async () => {
    for (const username of ['admin', 'thuky', 'donvi', 'xem']) {
      await expect(login(t.http, username)).resolves.toEqual(expect.any(String));
    }
  });
});
