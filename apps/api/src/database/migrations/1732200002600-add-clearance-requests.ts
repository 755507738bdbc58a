import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Clearance rounds (xác nhận) and concurrence requests (hiệp y): a request about a list or batch of
 * nominations, one row per office and nominee for its answer (an objection opens a review flag),
 * and the council's per-nominee override of the decision gate.
 */
export class AddClearanceRequests1732200002600 implements MigrationInterface {
  name = 'AddClearanceRequests1732200002600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "clearance_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(12) NOT NULL, "title" character varying(200) NOT NULL, "term_year" smallint NOT NULL, "award_list_id" uuid, "due_date" date NOT NULL, "note" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "pk_clearance_requests" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_clearance_requests_kind_year" ON "clearance_requests"  ("kind", "term_year")`,
    );
    await queryRunner.query(
      `CREATE TABLE "clearance_answers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "office_id" uuid NOT NULL, "nomination_id" uuid NOT NULL, "answer" character varying(12), "flag_kind" character varying(20), "reason" text, "attachment_id" uuid, "review_flag_id" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, "answered_by" character varying(120), "version" integer NOT NULL DEFAULT '0', CONSTRAINT "uq_clearance_answers_request_office_nomination" UNIQUE ("request_id", "office_id", "nomination_id"), CONSTRAINT "pk_clearance_answers" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_clearance_answers_nomination" ON "clearance_answers"  ("nomination_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_clearance_answers_office" ON "clearance_answers"  ("office_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "clearance_overrides" ("nomination_id" uuid NOT NULL, "reason" text NOT NULL, "created_by" character varying(50), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_clearance_overrides" PRIMARY KEY ("nomination_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "clearance_answers" ADD CONSTRAINT "fk_clearance_answers_request_id" FOREIGN KEY ("request_id") REFERENCES "clearance_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clearance_answers" ADD CONSTRAINT "fk_clearance_answers_office_id" FOREIGN KEY ("office_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clearance_answers" ADD CONSTRAINT "fk_clearance_answers_nomination_id" FOREIGN KEY ("nomination_id") REFERENCES "nominations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clearance_answers" ADD CONSTRAINT "fk_clearance_answers_attachment_id" FOREIGN KEY ("attachment_id") REFERENCES "attachments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clearance_answers" ADD CONSTRAINT "fk_clearance_answers_review_flag_id" FOREIGN KEY ("review_flag_id") REFERENCES "review_flags"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clearance_overrides" ADD CONSTRAINT "fk_clearance_overrides_nomination_id" FOREIGN KEY ("nomination_id") REFERENCES "nominations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "clearance_overrides" DROP CONSTRAINT "fk_clearance_overrides_nomination_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clearance_answers" DROP CONSTRAINT "fk_clearance_answers_review_flag_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clearance_answers" DROP CONSTRAINT "fk_clearance_answers_attachment_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clearance_answers" DROP CONSTRAINT "fk_clearance_answers_nomination_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clearance_answers" DROP CONSTRAINT "fk_clearance_answers_office_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clearance_answers" DROP CONSTRAINT "fk_clearance_answers_request_id"`,
    );
    await queryRunner.query(`DROP TABLE "clearance_overrides"`);
    await queryRunner.query(`DROP INDEX "public"."idx_clearance_answers_office"`);
    await queryRunner.query(`DROP INDEX "public"."idx_clearance_answers_nomination"`);
    await queryRunner.query(`DROP TABLE "clearance_answers"`);
    await queryRunner.query(`DROP INDEX "public"."idx_clearance_requests_kind_year"`);
    await queryRunner.query(`DROP TABLE "clearance_requests"`);
  }
}
