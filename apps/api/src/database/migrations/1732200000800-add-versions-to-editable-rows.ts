import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Versions for the editable rows that had none (a unit's pledge registration, unit kinds,
 * certificate layouts, a person's yearly assessment, a unit's result against a movement's
 * target), so that two people saving the same row cannot overwrite each other (409 on a stale
 * version).
 */
export class AddVersionsToEditableRows1732200000800 implements MigrationInterface {
  name = 'AddVersionsToEditableRows1732200000800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "pledge_units" ADD "version" integer NOT NULL DEFAULT '1'`,
    );
    await queryRunner.query(`ALTER TABLE "unit_kinds" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(
      `ALTER TABLE "certificate_layouts" ADD "version" integer NOT NULL DEFAULT '1'`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_year_records" ADD "version" integer NOT NULL DEFAULT '1'`,
    );
    await queryRunner.query(
      `ALTER TABLE "movement_results" ADD "version" integer NOT NULL DEFAULT '1'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "movement_results" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "person_year_records" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "certificate_layouts" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "unit_kinds" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "pledge_units" DROP COLUMN "version"`);
  }
}
