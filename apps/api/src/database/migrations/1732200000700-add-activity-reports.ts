import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Units' activity reports per movement and year; the unit each award counts for (kept by a
 * trigger), and the indexes the dashboards and reports read.
 */
export class AddActivityReports1732200000700 implements MigrationInterface {
  name = 'AddActivityReports1732200000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "activity_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "movement_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "term_year" smallint NOT NULL, "sessions_held" integer NOT NULL, "conferences_held" integer NOT NULL, "attendees" integer NOT NULL, "member_count" integer NOT NULL, "participant_count" integer NOT NULL, "models_built" integer NOT NULL, "summary" text, "submitted_by" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "uq_activity_reports_movement_unit_year" UNIQUE ("movement_id", "unit_id", "term_year"), CONSTRAINT "ck_activity_reports_figures" CHECK ("sessions_held" >= 0 AND "conferences_held" >= 0 AND "attendees" >= 0 AND "models_built" >= 0 AND "participant_count" >= 0 AND "participant_count" <= "member_count"), CONSTRAINT "pk_activity_reports" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_activity_reports_year_unit" ON "activity_reports"  ("term_year", "unit_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_reports" ADD CONSTRAINT "fk_activity_reports_movement_id" FOREIGN KEY ("movement_id") REFERENCES "movements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_reports" ADD CONSTRAINT "fk_activity_reports_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(`ALTER TABLE "award_history" ADD "beneficiary_unit_id" uuid`);
    await queryRunner.query(
      `CREATE FUNCTION award_history_beneficiary_unit() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         NEW.beneficiary_unit_id := COALESCE(
           NEW.unit_id,
           (SELECT unit_id FROM people WHERE id = NEW.person_id),
           (SELECT unit_id FROM households WHERE id = NEW.household_id));
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER award_history_beneficiary_unit BEFORE INSERT OR UPDATE OF unit_id, person_id, household_id
         ON award_history FOR EACH ROW EXECUTE FUNCTION award_history_beneficiary_unit()`,
    );
    await queryRunner.query(
      `UPDATE award_history h SET beneficiary_unit_id = COALESCE(h.unit_id,
         (SELECT unit_id FROM people WHERE id = h.person_id),
         (SELECT unit_id FROM households WHERE id = h.household_id))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_award_history_year_beneficiary_unit" ON "award_history" ("term_year", "beneficiary_unit_id") INCLUDE ("award_type_id", "unit_id", "person_id", "household_id")`,
    );
    // A year's members without scanning every year (dashboards count them per bloc).
    await queryRunner.query(
      `CREATE INDEX "idx_bloc_memberships_year_bloc" ON "bloc_memberships"  ("term_year", "bloc_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_nominations_proposing_unit" ON "nominations"  ("proposing_unit_id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_nominations_proposing_unit"`);
    await queryRunner.query(`DROP INDEX "public"."idx_bloc_memberships_year_bloc"`);
    await queryRunner.query(`DROP INDEX "public"."idx_award_history_year_beneficiary_unit"`);
    await queryRunner.query(`DROP TRIGGER award_history_beneficiary_unit ON award_history`);
    await queryRunner.query(`DROP FUNCTION award_history_beneficiary_unit()`);
    await queryRunner.query(`ALTER TABLE "award_history" DROP COLUMN "beneficiary_unit_id"`);
    await queryRunner.query(
      `ALTER TABLE "activity_reports" DROP CONSTRAINT "fk_activity_reports_unit_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_reports" DROP CONSTRAINT "fk_activity_reports_movement_id"`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_activity_reports_year_unit"`);
    await queryRunner.query(`DROP TABLE "activity_reports"`);
  }
}
