import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Background exports become durable jobs (pg-boss): each row counts the attempts made. Exports left
 * queued or running by the previous version ran in a process that is gone and will not finish: they
 * are marked failed, so the page offers to start again.
 */
export class AddAttemptsToExportJobs1732200002400 implements MigrationInterface {
  name = 'AddAttemptsToExportJobs1732200002400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "export_jobs" ADD "attempts" smallint NOT NULL DEFAULT 0`);
    await queryRunner.query(
      `UPDATE "export_jobs" SET "status" = 'failed', "error" = 'exportJobs.failed'
        WHERE "status" IN ('queued', 'running')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "export_jobs" DROP COLUMN "attempts"`);
  }
}
