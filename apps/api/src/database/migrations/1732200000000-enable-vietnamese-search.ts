import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Diacritic-insensitive Vietnamese search and Vietnamese sorting, for every list:
 * - `search_fold(text)`: lower(unaccent(text)), IMMUTABLE so it can be indexed; it maps
 *   "Sở Nội vụ" → "so noi vu" and "Đảng" → "dang". Lists search `search_fold(expr) LIKE '%…%'`.
 *   (unaccent first: with the C locale `lower` only folds ASCII, and every Vietnamese letter is
 *   ASCII once unaccented.)
 * - `pg_trgm`, so that those searches use GIN trigram indexes.
 * - The ICU collation "vietnamese" ("Ân" before "Bảo", "Đ" after "D") for ORDER BY.
 */
export class EnableVietnameseSearch1732200000000 implements MigrationInterface {
  name = 'EnableVietnameseSearch1732200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION search_fold(text) RETURNS text
         LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
         AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`,
    );
    await queryRunner.query(
      `CREATE COLLATION IF NOT EXISTS "vietnamese" (provider = icu, locale = 'vi-VN')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP COLLATION IF EXISTS "vietnamese"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS search_fold(text)`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
