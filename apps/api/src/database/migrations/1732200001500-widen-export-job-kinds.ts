import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A background export's kind held 10 characters, so 'coverLetter' (11) and 'certificates' (12)
 * could never be queued. The column takes 20 and a CHECK names the kinds and formats the API
 * renders (`EXPORT_JOB_KINDS`, `EXPORT_FORMATS` in documents/contracts).
 */
export class WidenExportJobKinds1732200001500 implements MigrationInterface {
  name = 'WidenExportJobKinds1732200001500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "export_jobs" ALTER COLUMN "kind" TYPE character varying(20),
         ADD CONSTRAINT "ck_export_jobs_kind" CHECK ("kind" IN ('list', 'coverLetter', 'certificates')),
         ADD CONSTRAINT "ck_export_jobs_format" CHECK ("format" IN ('pdf', 'docx', 'xlsx'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "export_jobs" DROP CONSTRAINT "ck_export_jobs_format", DROP CONSTRAINT "ck_export_jobs_kind"`,
    );
    // Rows of the longer kinds cannot go back into 10 characters.
    await queryRunner.query(`DELETE FROM "export_jobs" WHERE length("kind") > 10`);
    await queryRunner.query(
      `ALTER TABLE "export_jobs" ALTER COLUMN "kind" TYPE character varying(10)`,
    );
  }
}
