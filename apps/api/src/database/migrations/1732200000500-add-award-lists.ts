import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Award lists with their cover letters, background export jobs and certificate layouts. */
export class AddAwardLists1732200000500 implements MigrationInterface {
  name = 'AddAwardLists1732200000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "award_lists" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(500) NOT NULL, "term_year" smallint NOT NULL, "bloc_id" uuid, "sort_order" character varying(10) NOT NULL DEFAULT 'units', "status" character varying(10) NOT NULL DEFAULT 'draft', "cover_letter" jsonb NOT NULL, "decision" jsonb, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "pk_award_lists" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_award_lists_year" ON "award_lists"  ("term_year") `);
    await queryRunner.query(
      `CREATE TABLE "award_list_items" ("list_id" uuid NOT NULL, "nomination_id" uuid NOT NULL, "note" character varying(500), CONSTRAINT "uq_award_list_items_nomination" UNIQUE ("nomination_id"), CONSTRAINT "pk_award_list_items" PRIMARY KEY ("list_id", "nomination_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "export_jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "list_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "format" character varying(5) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'queued', "progress" smallint NOT NULL DEFAULT '0', "file_name" character varying(255) NOT NULL, "content" bytea, "error" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_export_jobs" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "certificate_layouts" ("award_type_id" uuid NOT NULL, "orientation" character varying(10) NOT NULL, "fields" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_certificate_layouts" PRIMARY KEY ("award_type_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_lists" ADD CONSTRAINT "fk_award_lists_bloc_id" FOREIGN KEY ("bloc_id") REFERENCES "blocs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_list_items" ADD CONSTRAINT "fk_award_list_items_list_id" FOREIGN KEY ("list_id") REFERENCES "award_lists"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_list_items" ADD CONSTRAINT "fk_award_list_items_nomination_id" FOREIGN KEY ("nomination_id") REFERENCES "nominations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "export_jobs" ADD CONSTRAINT "fk_export_jobs_list_id" FOREIGN KEY ("list_id") REFERENCES "award_lists"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate_layouts" ADD CONSTRAINT "fk_certificate_layouts_award_type_id" FOREIGN KEY ("award_type_id") REFERENCES "award_types"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "certificate_layouts" DROP CONSTRAINT "fk_certificate_layouts_award_type_id"`,
    );
    await queryRunner.query(`ALTER TABLE "export_jobs" DROP CONSTRAINT "fk_export_jobs_list_id"`);
    await queryRunner.query(
      `ALTER TABLE "award_list_items" DROP CONSTRAINT "fk_award_list_items_nomination_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_list_items" DROP CONSTRAINT "fk_award_list_items_list_id"`,
    );
    await queryRunner.query(`ALTER TABLE "award_lists" DROP CONSTRAINT "fk_award_lists_bloc_id"`);
    await queryRunner.query(`DROP TABLE "certificate_layouts"`);
    await queryRunner.query(`DROP TABLE "export_jobs"`);
    await queryRunner.query(`DROP TABLE "award_list_items"`);
    await queryRunner.query(`DROP INDEX "public"."idx_award_lists_year"`);
    await queryRunner.query(`DROP TABLE "award_lists"`);
  }
}
