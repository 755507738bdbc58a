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

  it('should keep the folded search text of units, people and households as they change', async () => {
    const code = `ST${Date.now() % 1_000_000}`;
    const [unit] = await t.dataSource.query(
      `INSERT INTO units (code, name, short_name) VALUES ($1, 'Trạm Y tế xã Bản Hồ', NULL) RETURNING id, search_text`,
      [code],
    );
    expect(unit.search_text).toBe(`tram y te xa ban ho  ${code.toLowerCase()}`);
    const [[renamed]] = await t.dataSource.query(
      `UPDATE units SET name = 'Đài Phát thanh', short_name = 'ĐPT' WHERE id = $1 RETURNING search_text`,
      [unit.id],
    );
    expect(renamed.search_text).toBe(`dai phat thanh dpt ${code.toLowerCase()}`);
    const [person] = await t.dataSource.query(
      `INSERT INTO people (full_name, sex, position, unit_id) VALUES ('Lò Thị Ánh', 'female', 'Trưởng trạm', $1) RETURNING search_text`,
      [unit.id],
    );
    expect(person.search_text).toBe('lo thi anh truong tram');
    const [household] = await t.dataSource.query(
      `INSERT INTO households (head_name, address, unit_id) VALUES ('Vàng A Páo', 'Thôn Séo Mý Tỷ', $1) RETURNING search_text`,
      [unit.id],
    );
    expect(household.search_text).toBe('vang a pao thon seo my ty');
    await t.dataSource.query(`DELETE FROM households WHERE unit_id = $1`, [unit.id]);
    await t.dataSource.query(`DELETE FROM people WHERE unit_id = $1`, [unit.id]);
    await t.dataSource.query(`DELETE FROM units WHERE id = $1`, [unit.id]);
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
