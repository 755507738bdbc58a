import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A unit's pledge registration gets its own version, so two people saving it cannot overwrite each other. */
export class AddVersionToPledgeUnits1732200000800 implements MigrationInterface {
  name = 'AddVersionToPledgeUnits1732200000800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "pledge_units" ADD "version" integer NOT NULL DEFAULT '1'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pledge_units" DROP COLUMN "version"`);
  }
}
