import { type TestApp, createTestApp } from '../support/test-app';

describe('database schema', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('should have migrations that match the entities (generating a migration would be empty)', async () => {
    const sql = await t.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('should fold Vietnamese diacritics and case in search_fold', async () => {
    const rows: Array<{ folded: string }> = await t.dataSource.query(
      `SELECT search_fold($1) AS folded`,
      ['Đảng ủy Khối Cơ quan - Doanh nghiệp LÀO CAI'],
    );
    expect(rows[0].folded).toBe('dang uy khoi co quan - doanh nghiep lao cai');
  });

  it('should sort in Vietnamese order with the "vietnamese" collation', async () => {
    const rows: Array<{ n: string }> = await t.dataSource.query(
      `SELECT n FROM unnest($1::text[]) AS t(n) ORDER BY n COLLATE "vietnamese"`,
      [['Đông', 'Bảo', 'Dũng', 'Ân', 'An', 'Ư', 'U']],
    );
    expect(rows.map((r) => r.n)).toEqual(['An', 'Ân', 'Bảo', 'Dũng', 'Đông', 'U', 'Ư']);
  });

  it('should keep one membership per unit per year as a database constraint', async () => {
    const [unit] = await t.dataSource.query(`SELECT id FROM units WHERE code = 'VPTU'`);
    const [bloc] = await t.dataSource.query(
      `SELECT id FROM blocs WHERE name = 'Khối thi đua các cơ quan tổng hợp'`,
    );
    await expect(
      t.dataSource.query(
        `INSERT INTO bloc_memberships (bloc_id, unit_id, term_year, rotation_order) VALUES ($1, $2, 2024, 99)`,
        [bloc.id, unit.id],
      ),
    ).rejects.toThrow(/uq_bloc_memberships_unit_year/);
  });
});
