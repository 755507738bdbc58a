import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Attachments; movements with targets, participants, results and exemplary models; pledges. */
export class AddMovementsAndPledges1732200000200 implements MigrationInterface {
  name = 'AddMovementsAndPledges1732200000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_type" character varying(40), "owner_id" uuid, "purpose" character varying(40) NOT NULL, "file_name" character varying(255) NOT NULL, "content_type" character varying(100) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, "uploaded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_attachments" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_attachments_owner" ON "attachments"  ("owner_type", "owner_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "movements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(10) NOT NULL, "title" character varying(500) NOT NULL, "slogan" character varying(500), "launching_authority" character varying(255) NOT NULL, "launch_date" date, "start_date" date NOT NULL, "end_date" date NOT NULL, "anniversaries" jsonb NOT NULL DEFAULT '[]', "status" character varying(10) NOT NULL DEFAULT 'draft', "mid_year_review_date" date, "year_end_review_date" date, "owner_unit_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_movements_dates" CHECK ("end_date" >= "start_date"), CONSTRAINT "pk_movements" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "exemplary_models" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "movement_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "name" character varying(500) NOT NULL, "description" text, "recognized_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_exemplary_models" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_exemplary_models_movement" ON "exemplary_models"  ("movement_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "movement_blocs" ("movement_id" uuid NOT NULL, "bloc_id" uuid NOT NULL, CONSTRAINT "pk_movement_blocs" PRIMARY KEY ("movement_id", "bloc_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "movement_units" ("movement_id" uuid NOT NULL, "unit_id" uuid NOT NULL, CONSTRAINT "pk_movement_units" PRIMARY KEY ("movement_id", "unit_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "movement_targets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "movement_id" uuid NOT NULL, "position" smallint NOT NULL, "content" text NOT NULL, "measure" character varying(100), "target_value" numeric(14,2), CONSTRAINT "pk_movement_targets" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_movement_targets_movement" ON "movement_targets"  ("movement_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "movement_results" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "movement_id" uuid NOT NULL, "target_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "value" numeric(14,2), "note" text, "reported_by" uuid, "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_movement_results_target_unit" UNIQUE ("target_id", "unit_id"), CONSTRAINT "pk_movement_results" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "pledges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bloc_id" uuid NOT NULL, "term_year" smallint NOT NULL, "movement_id" uuid, "title" character varying(500) NOT NULL, "place" character varying(100) NOT NULL, "commitments" jsonb NOT NULL DEFAULT '[]', "status" character varying(10) NOT NULL DEFAULT 'open', "locked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "uq_pledges_bloc_year" UNIQUE ("bloc_id", "term_year"), CONSTRAINT "pk_pledges" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "pledge_units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "pledge_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "targets" jsonb NOT NULL DEFAULT '[]', "titles" jsonb NOT NULL DEFAULT '[]', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_pledge_units_pledge_unit" UNIQUE ("pledge_id", "unit_id"), CONSTRAINT "pk_pledge_units" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "pledge_signatures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "pledge_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "signer_name" character varying(120) NOT NULL, "signer_position" character varying(160) NOT NULL, "signed_on" date NOT NULL, "method" character varying(10) NOT NULL, "scan_attachment_id" uuid, "recorded_by" uuid, "recorded_by_username" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_pledge_signatures_pledge_unit" UNIQUE ("pledge_id", "unit_id"), CONSTRAINT "pk_pledge_signatures" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "exemplary_models" ADD CONSTRAINT "fk_exemplary_models_movement_id" FOREIGN KEY ("movement_id") REFERENCES "movements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "exemplary_models" ADD CONSTRAINT "fk_exemplary_models_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "movement_blocs" ADD CONSTRAINT "fk_movement_blocs_movement_id" FOREIGN KEY ("movement_id") REFERENCES "movements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "movement_blocs" ADD CONSTRAINT "fk_movement_blocs_bloc_id" FOREIGN KEY ("bloc_id") REFERENCES "blocs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "movement_units" ADD CONSTRAINT "fk_movement_units_movement_id" FOREIGN KEY ("movement_id") REFERENCES "movements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "movement_units" ADD CONSTRAINT "fk_movement_units_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "movement_targets" ADD CONSTRAINT "fk_movement_targets_movement_id" FOREIGN KEY ("movement_id") REFERENCES "movements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "movement_results" ADD CONSTRAINT "fk_movement_results_movement_id" FOREIGN KEY ("movement_id") REFERENCES "movements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "movement_results" ADD CONSTRAINT "fk_movement_results_target_id" FOREIGN KEY ("target_id") REFERENCES "movement_targets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "movement_results" ADD CONSTRAINT "fk_movement_results_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pledges" ADD CONSTRAINT "fk_pledges_bloc_id" FOREIGN KEY ("bloc_id") REFERENCES "blocs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pledges" ADD CONSTRAINT "fk_pledges_movement_id" FOREIGN KEY ("movement_id") REFERENCES "movements"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pledge_units" ADD CONSTRAINT "fk_pledge_units_pledge_id" FOREIGN KEY ("pledge_id") REFERENCES "pledges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pledge_units" ADD CONSTRAINT "fk_pledge_units_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pledge_signatures" ADD CONSTRAINT "fk_pledge_signatures_pledge_id" FOREIGN KEY ("pledge_id") REFERENCES "pledges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pledge_signatures" ADD CONSTRAINT "fk_pledge_signatures_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pledge_signatures" ADD CONSTRAINT "fk_pledge_signatures_scan_attachment_id" FOREIGN KEY ("scan_attachment_id") REFERENCES "attachments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_movements_search" ON "movements" USING gin (search_fold("title" || ' ' || coalesce("slogan", '') || ' ' || "launching_authority") gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_movements_search"`);
    await queryRunner.query(
      `ALTER TABLE "pledge_signatures" DROP CONSTRAINT "fk_pledge_signatures_scan_attachment_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "pledge_signatures" DROP CONSTRAINT "fk_pledge_signatures_unit_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "pledge_signatures" DROP CONSTRAINT "fk_pledge_signatures_pledge_id"`,
    );
    await queryRunner.query(`ALTER TABLE "pledge_units" DROP CONSTRAINT "fk_pledge_units_unit_id"`);
    await queryRunner.query(
      `ALTER TABLE "pledge_units" DROP CONSTRAINT "fk_pledge_units_pledge_id"`,
    );
    await queryRunner.query(`ALTER TABLE "pledges" DROP CONSTRAINT "fk_pledges_movement_id"`);
    await queryRunner.query(`ALTER TABLE "pledges" DROP CONSTRAINT "fk_pledges_bloc_id"`);
    await queryRunner.query(
      `ALTER TABLE "movement_results" DROP CONSTRAINT "fk_movement_results_unit_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "movement_results" DROP CONSTRAINT "fk_movement_results_target_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "movement_results" DROP CONSTRAINT "fk_movement_results_movement_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "movement_targets" DROP CONSTRAINT "fk_movement_targets_movement_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "movement_units" DROP CONSTRAINT "fk_movement_units_unit_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "movement_units" DROP CONSTRAINT "fk_movement_units_movement_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "movement_blocs" DROP CONSTRAINT "fk_movement_blocs_bloc_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "movement_blocs" DROP CONSTRAINT "fk_movement_blocs_movement_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "exemplary_models" DROP CONSTRAINT "fk_exemplary_models_unit_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "exemplary_models" DROP CONSTRAINT "fk_exemplary_models_movement_id"`,
    );
    await queryRunner.query(`DROP TABLE "pledge_signatures"`);
    await queryRunner.query(`DROP TABLE "pledge_units"`);
    await queryRunner.query(`DROP TABLE "pledges"`);
    await queryRunner.query(`DROP TABLE "movement_results"`);
    await queryRunner.query(`DROP INDEX "public"."idx_movement_targets_movement"`);
    await queryRunner.query(`DROP TABLE "movement_targets"`);
    await queryRunner.query(`DROP TABLE "movement_units"`);
    await queryRunner.query(`DROP TABLE "movement_blocs"`);
    await queryRunner.query(`DROP INDEX "public"."idx_exemplary_models_movement"`);
    await queryRunner.query(`DROP TABLE "exemplary_models"`);
    await queryRunner.query(`DROP TABLE "movements"`);
    await queryRunner.query(`DROP INDEX "public"."idx_attachments_owner"`);
    await queryRunner.query(`DROP TABLE "attachments"`);
  }
}
