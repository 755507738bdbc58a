import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A delegate counted present by default let a conference reach its quorum before anyone had
 * arrived. A new delegate is absent until the secretariat marks them present.
 */
export class CountDelegatesAbsentUntilMarked1732200001900 implements MigrationInterface {
  name = 'CountDelegatesAbsentUntilMarked1732200001900';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "meeting_voters" ALTER COLUMN "is_present" SET DEFAULT false`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "meeting_voters" ALTER COLUMN "is_present" SET DEFAULT true`,
    );
  }
}
