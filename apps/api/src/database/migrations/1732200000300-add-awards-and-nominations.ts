import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The award catalogue with versioned rules, people, households, history, review flags, nominations. */
export class AddAwardsAndNominations1732200000300 implements MigrationInterface {
  name = 'AddAwardsAndNominations1732200000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "award_types" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(20) NOT NULL, "name" character varying(255) NOT NULL, "category" character varying(20) NOT NULL, "beneficiary_kinds" jsonb NOT NULL, "deciding_authority" character varying(255) NOT NULL, "kind" character varying(10) NOT NULL, "sort_order" smallint NOT NULL DEFAULT '0', "is_active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "uq_award_types_code" UNIQUE ("code"), CONSTRAINT "pk_award_types" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "award_rule_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "award_type_id" uuid NOT NULL, "effective_from" date NOT NULL, "effective_to" date, "legal_citation" text NOT NULL, "bonus_coefficient" numeric(6,2) NOT NULL, "ballot_threshold" numeric(5,2) NOT NULL, "ballot_denominator" character varying(10) NOT NULL, "ballot_comparator" character varying(3) NOT NULL, "quota_per_bloc" smallint, "prerequisites" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_award_rule_versions_dates" CHECK ("effective_to" IS NULL OR "effective_to" >= "effective_from"), CONSTRAINT "pk_award_rule_versions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "idx_award_rule_versions_type_from" ON "award_rule_versions"  ("award_type_id", "effective_from") `,
    );
    await queryRunner.query(
      `CREATE TABLE "people" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "full_name" character varying(120) NOT NULL, "birth_year" smallint, "sex" character varying(6) NOT NULL, "position" character varying(255), "unit_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "pk_people" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_people_unit" ON "people"  ("unit_id") `);
    await queryRunner.query(
      `CREATE TABLE "households" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "head_name" character varying(120) NOT NULL, "address" character varying(255) NOT NULL, "unit_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "pk_households" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "review_flags" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid, "person_id" uuid, "household_id" uuid, "kind" character varying(20) NOT NULL, "from_date" date NOT NULL, "to_date" date, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_review_flags_one_beneficiary" CHECK ((("unit_id" IS NOT NULL)::int + ("person_id" IS NOT NULL)::int + ("household_id" IS NOT NULL)::int) = 1), CONSTRAINT "pk_review_flags" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_review_flags_unit" ON "review_flags"  ("unit_id") `);
    await queryRunner.query(
      `CREATE INDEX "idx_review_flags_person" ON "review_flags"  ("person_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "person_year_records" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "term_year" smallint NOT NULL, "rating" character varying(12) NOT NULL, "initiatives" smallint NOT NULL DEFAULT '0', CONSTRAINT "uq_person_year_records_person_year" UNIQUE ("person_id", "term_year"), CONSTRAINT "pk_person_year_records" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "award_history" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "term_year" smallint NOT NULL, "award_type_id" uuid NOT NULL, "unit_id" uuid, "person_id" uuid, "household_id" uuid, "decision_number" character varying(60), "decision_date" date, "source" character varying(12) NOT NULL DEFAULT 'manual', "nomination_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_award_history_one_beneficiary" CHECK ((("unit_id" IS NOT NULL)::int + ("person_id" IS NOT NULL)::int + ("household_id" IS NOT NULL)::int) = 1), CONSTRAINT "pk_award_history" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_award_history_unit" ON "award_history"  ("unit_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_award_history_person" ON "award_history"  ("person_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_award_history_household" ON "award_history"  ("household_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_award_history_year_award" ON "award_history"  ("term_year", "award_type_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "nominations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "term_year" smallint NOT NULL, "award_type_id" uuid NOT NULL, "beneficiary_kind" character varying(12) NOT NULL, "unit_id" uuid, "person_id" uuid, "household_id" uuid, "proposing_unit_id" uuid NOT NULL, "bloc_id" uuid, "movement_id" uuid, "summary" text NOT NULL, "figures" jsonb, "report_attachment_id" uuid, "status" character varying(12) NOT NULL DEFAULT 'draft', "votes" integer, "vote_denominator" integer, "vote_passed" boolean, "return_reason" text, "decision_number" character varying(60), "decision_date" date, "override_reason" text, "timeline" jsonb NOT NULL DEFAULT '[]', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_nominations_one_beneficiary" CHECK ((("unit_id" IS NOT NULL)::int + ("person_id" IS NOT NULL)::int + ("household_id" IS NOT NULL)::int) = 1), CONSTRAINT "pk_nominations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_nominations_status" ON "nominations"  ("status") `);
    await queryRunner.query(
      `CREATE INDEX "idx_nominations_year_bloc" ON "nominations"  ("term_year", "bloc_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "bloc_award_quotas" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bloc_id" uuid NOT NULL, "award_type_id" uuid NOT NULL, "quota" smallint NOT NULL, CONSTRAINT "pk_bloc_award_quotas" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "idx_bloc_award_quotas_bloc_award" ON "bloc_award_quotas"  ("bloc_id", "award_type_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "award_rule_versions" ADD CONSTRAINT "fk_award_rule_versions_award_type_id" FOREIGN KEY ("award_type_id") REFERENCES "award_types"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "people" ADD CONSTRAINT "fk_people_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "households" ADD CONSTRAINT "fk_households_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_flags" ADD CONSTRAINT "fk_review_flags_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_flags" ADD CONSTRAINT "fk_review_flags_person_id" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_flags" ADD CONSTRAINT "fk_review_flags_household_id" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_year_records" ADD CONSTRAINT "fk_person_year_records_person_id" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_history" ADD CONSTRAINT "fk_award_history_award_type_id" FOREIGN KEY ("award_type_id") REFERENCES "award_types"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_history" ADD CONSTRAINT "fk_award_history_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_history" ADD CONSTRAINT "fk_award_history_person_id" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_history" ADD CONSTRAINT "fk_award_history_household_id" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nominations" ADD CONSTRAINT "fk_nominations_award_type_id" FOREIGN KEY ("award_type_id") REFERENCES "award_types"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nominations" ADD CONSTRAINT "fk_nominations_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nominations" ADD CONSTRAINT "fk_nominations_person_id" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nominations" ADD CONSTRAINT "fk_nominations_household_id" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nominations" ADD CONSTRAINT "fk_nominations_proposing_unit_id" FOREIGN KEY ("proposing_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nominations" ADD CONSTRAINT "fk_nominations_bloc_id" FOREIGN KEY ("bloc_id") REFERENCES "blocs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nominations" ADD CONSTRAINT "fk_nominations_movement_id" FOREIGN KEY ("movement_id") REFERENCES "movements"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nominations" ADD CONSTRAINT "fk_nominations_report_attachment_id" FOREIGN KEY ("report_attachment_id") REFERENCES "attachments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bloc_award_quotas" ADD CONSTRAINT "fk_bloc_award_quotas_bloc_id" FOREIGN KEY ("bloc_id") REFERENCES "blocs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bloc_award_quotas" ADD CONSTRAINT "fk_bloc_award_quotas_award_type_id" FOREIGN KEY ("award_type_id") REFERENCES "award_types"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_people_search" ON "people" USING gin (search_fold("full_name" || ' ' || coalesce("position", '')) gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_households_search" ON "households" USING gin (search_fold("head_name" || ' ' || "address") gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_households_search"`);
    await queryRunner.query(`DROP INDEX "idx_people_search"`);
    await queryRunner.query(
      `ALTER TABLE "bloc_award_quotas" DROP CONSTRAINT "fk_bloc_award_quotas_award_type_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "bloc_award_quotas" DROP CONSTRAINT "fk_bloc_award_quotas_bloc_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "nominations" DROP CONSTRAINT "fk_nominations_report_attachment_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "nominations" DROP CONSTRAINT "fk_nominations_movement_id"`,
    );
    await queryRunner.query(`ALTER TABLE "nominations" DROP CONSTRAINT "fk_nominations_bloc_id"`);
    await queryRunner.query(
      `ALTER TABLE "nominations" DROP CONSTRAINT "fk_nominations_proposing_unit_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "nominations" DROP CONSTRAINT "fk_nominations_household_id"`,
    );
    await queryRunner.query(`ALTER TABLE "nominations" DROP CONSTRAINT "fk_nominations_person_id"`);
    await queryRunner.query(`ALTER TABLE "nominations" DROP CONSTRAINT "fk_nominations_unit_id"`);
    await queryRunner.query(
      `ALTER TABLE "nominations" DROP CONSTRAINT "fk_nominations_award_type_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_history" DROP CONSTRAINT "fk_award_history_household_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_history" DROP CONSTRAINT "fk_award_history_person_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_history" DROP CONSTRAINT "fk_award_history_unit_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_history" DROP CONSTRAINT "fk_award_history_award_type_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_year_records" DROP CONSTRAINT "fk_person_year_records_person_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_flags" DROP CONSTRAINT "fk_review_flags_household_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_flags" DROP CONSTRAINT "fk_review_flags_person_id"`,
    );
    await queryRunner.query(`ALTER TABLE "review_flags" DROP CONSTRAINT "fk_review_flags_unit_id"`);
    await queryRunner.query(`ALTER TABLE "households" DROP CONSTRAINT "fk_households_unit_id"`);
    await queryRunner.query(`ALTER TABLE "people" DROP CONSTRAINT "fk_people_unit_id"`);
    await queryRunner.query(
      `ALTER TABLE "award_rule_versions" DROP CONSTRAINT "fk_award_rule_versions_award_type_id"`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_bloc_award_quotas_bloc_award"`);
    await queryRunner.query(`DROP TABLE "bloc_award_quotas"`);
    await queryRunner.query(`DROP INDEX "public"."idx_nominations_year_bloc"`);
    await queryRunner.query(`DROP INDEX "public"."idx_nominations_status"`);
    await queryRunner.query(`DROP TABLE "nominations"`);
    await queryRunner.query(`DROP INDEX "public"."idx_award_history_year_award"`);
    await queryRunner.query(`DROP INDEX "public"."idx_award_history_household"`);
    await queryRunner.query(`DROP INDEX "public"."idx_award_history_person"`);
    await queryRunner.query(`DROP INDEX "public"."idx_award_history_unit"`);
    await queryRunner.query(`DROP TABLE "award_history"`);
    await queryRunner.query(`DROP TABLE "person_year_records"`);
    await queryRunner.query(`DROP INDEX "public"."idx_review_flags_person"`);
    await queryRunner.query(`DROP INDEX "public"."idx_review_flags_unit"`);
    await queryRunner.query(`DROP TABLE "review_flags"`);
    await queryRunner.query(`DROP TABLE "households"`);
    await queryRunner.query(`DROP INDEX "public"."idx_people_unit"`);
    await queryRunner.query(`DROP TABLE "people"`);
    await queryRunner.query(`DROP INDEX "public"."idx_award_rule_versions_type_from"`);
    await queryRunner.query(`DROP TABLE "award_rule_versions"`);
    await queryRunner.query(`DROP TABLE "award_types"`);
  }
}
