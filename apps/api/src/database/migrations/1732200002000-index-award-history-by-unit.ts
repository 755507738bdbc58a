import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A unit's award history (`GET /award-history?unitId=`) reads one range of this index, newest year
 * first, instead of joining every person and household to find the unit's.
 */
export class IndexAwardHistoryByUnit1732200002000 implements MigrationInterface {
  name = 'IndexAwardHistoryByUnit1732200002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_award_history_beneficiary_unit_year" ON "award_history" ("beneficiary_unit_id", "term_year" DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_award_history_beneficiary_unit_year"`);
  }
}
