import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables that grow large, with the text their lists search ("tram y te" finds "Trạm Y tế"). */
const TABLES = [
  {
    table: 'units',
    index: 'idx_units_search',
    text: `"name" || ' ' || coalesce("short_name", '') || ' ' || "code"`,
  },
  {
    table: 'people',
    index: 'idx_people_search',
    text: `"full_name" || ' ' || coalesce("position", '')`,
  },
  { table: 'households', index: 'idx_households_search', text: `"head_name" || ' ' || "address"` },
];

/**
 * Keeps each row's folded search text in a column (`search_text`, set by a trigger) and indexes
 * that column for trigram search. The trigram index only narrows the candidates: PostgreSQL then
 * checks each against the pattern, and with an index on `search_fold(expr)` that check ran
 * `unaccent` again on every candidate (most of the time of a search at 100,000 units).
 */
export class KeepFoldedSearchText1732200002100 implements MigrationInterface {
  name = 'KeepFoldedSearchText1732200002100';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, index, text } of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "search_text" text`);
      await queryRunner.query(`UPDATE "${table}" SET "search_text" = search_fold(${text})`);
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "search_text" SET NOT NULL`);
      await queryRunner.query(
        `CREATE FUNCTION ${table}_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           NEW.search_text := search_fold(${text.replace(/"(\w+)"/g, 'NEW.$1')});
           RETURN NEW;
         END $$`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_search_text BEFORE INSERT OR UPDATE ON "${table}"
           FOR EACH ROW EXECUTE FUNCTION ${table}_search_text()`,
      );
      await queryRunner.query(`DROP INDEX "${index}"`);
      await queryRunner.query(
        `CREATE INDEX "${index}" ON "${table}" USING gin ("search_text" gin_trgm_ops)`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table, index, text } of TABLES) {
      await queryRunner.query(`DROP INDEX "${index}"`);
      await queryRunner.query(
        `CREATE INDEX "${index}" ON "${table}" USING gin (search_fold(${text}) gin_trgm_ops)`,
      );
      await queryRunner.query(`DROP TRIGGER ${table}_search_text ON "${table}"`);
      await queryRunner.query(`DROP FUNCTION ${table}_search_text()`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "search_text"`);
    }
  }
}
