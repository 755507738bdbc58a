import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Units' activity reports per movement and year; the unit each award counts for (kept by a
 * trigger); counts kept by triggers so that the dashboards read a handful of rows (awards per
 * year and award, awards and members per year and bloc, each movement's yearly activity totals);
 * and the indexes the reports read.
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
    await queryRunner.query(
      `CREATE TABLE "award_year_counts" ("term_year" smallint NOT NULL, "award_type_id" uuid NOT NULL, "collective" integer NOT NULL DEFAULT '0', "individual" integer NOT NULL DEFAULT '0', "household" integer NOT NULL DEFAULT '0', CONSTRAINT "pk_award_year_counts" PRIMARY KEY ("term_year", "award_type_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "award_bloc_counts" ("term_year" smallint NOT NULL, "bloc_id" uuid NOT NULL, "collective" integer NOT NULL DEFAULT '0', "individual" integer NOT NULL DEFAULT '0', "household" integer NOT NULL DEFAULT '0', CONSTRAINT "pk_award_bloc_counts" PRIMARY KEY ("term_year", "bloc_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_year_counts" ADD CONSTRAINT "fk_award_year_counts_award_type_id" FOREIGN KEY ("award_type_id") REFERENCES "award_types"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_bloc_counts" ADD CONSTRAINT "fk_award_bloc_counts_bloc_id" FOREIGN KEY ("bloc_id") REFERENCES "blocs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Adds (or, with negative counts, removes) awards of a year to a bloc's counts.
    await queryRunner.query(
      `CREATE FUNCTION award_bloc_counts_add(y smallint, bloc uuid, c bigint, i bigint, h bigint)
       RETURNS void LANGUAGE sql AS $$
         INSERT INTO award_bloc_counts (term_year, bloc_id, collective, individual, household)
         VALUES (y, bloc, c, i, h)
         ON CONFLICT (term_year, bloc_id) DO UPDATE SET
           collective = award_bloc_counts.collective + EXCLUDED.collective,
           individual = award_bloc_counts.individual + EXCLUDED.individual,
           household = award_bloc_counts.household + EXCLUDED.household;
       $$`,
    );
    // … and to the province's counts and those of the bloc the unit belongs to that year.
    await queryRunner.query(
      `CREATE FUNCTION award_counts_add(y smallint, award uuid, unit uuid, c integer, i integer, h integer)
       RETURNS void LANGUAGE plpgsql AS $$
       BEGIN
         INSERT INTO award_year_counts (term_year, award_type_id, collective, individual, household)
         VALUES (y, award, c, i, h)
         ON CONFLICT (term_year, award_type_id) DO UPDATE SET
           collective = award_year_counts.collective + EXCLUDED.collective,
           individual = award_year_counts.individual + EXCLUDED.individual,
           household = award_year_counts.household + EXCLUDED.household;
         PERFORM award_bloc_counts_add(y, m.bloc_id, c, i, h)
            FROM bloc_memberships m WHERE m.unit_id = unit AND m.term_year = y;
       END $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION award_history_counts() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP IN ('UPDATE', 'DELETE') THEN
           PERFORM award_counts_add(OLD.term_year, OLD.award_type_id, OLD.beneficiary_unit_id,
             -(OLD.unit_id IS NOT NULL)::int, -(OLD.person_id IS NOT NULL)::int, -(OLD.household_id IS NOT NULL)::int);
         END IF;
         IF TG_OP IN ('UPDATE', 'INSERT') THEN
           PERFORM award_counts_add(NEW.term_year, NEW.award_type_id, NEW.beneficiary_unit_id,
             (NEW.unit_id IS NOT NULL)::int, (NEW.person_id IS NOT NULL)::int, (NEW.household_id IS NOT NULL)::int);
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER award_history_counts AFTER INSERT OR UPDATE OR DELETE ON award_history
         FOR EACH ROW EXECUTE FUNCTION award_history_counts()`,
    );
    // A unit joining, leaving or changing bloc takes its awards of that year with it.
    await queryRunner.query(
      `CREATE FUNCTION bloc_memberships_award_counts() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP IN ('UPDATE', 'DELETE') THEN
           PERFORM award_bloc_counts_add(OLD.term_year, OLD.bloc_id, -count(h.unit_id), -count(h.person_id), -count(h.household_id))
              FROM award_history h WHERE h.term_year = OLD.term_year AND h.beneficiary_unit_id = OLD.unit_id
             HAVING count(*) > 0;
         END IF;
         IF TG_OP IN ('UPDATE', 'INSERT') THEN
           PERFORM award_bloc_counts_add(NEW.term_year, NEW.bloc_id, count(h.unit_id), count(h.person_id), count(h.household_id))
              FROM award_history h WHERE h.term_year = NEW.term_year AND h.beneficiary_unit_id = NEW.unit_id
             HAVING count(*) > 0;
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER bloc_memberships_award_counts AFTER INSERT OR UPDATE OR DELETE ON bloc_memberships
         FOR EACH ROW EXECUTE FUNCTION bloc_memberships_award_counts()`,
    );
    // Members per bloc and year, and each movement's yearly activity totals, kept by triggers too.
    await queryRunner.query(
      `CREATE TABLE "bloc_member_counts" ("term_year" smallint NOT NULL, "bloc_id" uuid NOT NULL, "members" integer NOT NULL DEFAULT '0', CONSTRAINT "pk_bloc_member_counts" PRIMARY KEY ("term_year", "bloc_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "bloc_member_counts" ADD CONSTRAINT "fk_bloc_member_counts_bloc_id" FOREIGN KEY ("bloc_id") REFERENCES "blocs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "activity_report_totals" ("movement_id" uuid NOT NULL, "term_year" smallint NOT NULL, "reports" integer NOT NULL DEFAULT '0', "sessions_held" bigint NOT NULL DEFAULT '0', "conferences_held" bigint NOT NULL DEFAULT '0', "attendees" bigint NOT NULL DEFAULT '0', "member_count" bigint NOT NULL DEFAULT '0', "participant_count" bigint NOT NULL DEFAULT '0', "models_built" bigint NOT NULL DEFAULT '0', CONSTRAINT "pk_activity_report_totals" PRIMARY KEY ("movement_id", "term_year"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_report_totals" ADD CONSTRAINT "fk_activity_report_totals_movement_id" FOREIGN KEY ("movement_id") REFERENCES "movements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE FUNCTION bloc_member_counts_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP IN ('UPDATE', 'DELETE') THEN
           UPDATE bloc_member_counts SET members = members - 1
            WHERE term_year = OLD.term_year AND bloc_id = OLD.bloc_id;
         END IF;
         IF TG_OP IN ('UPDATE', 'INSERT') THEN
           INSERT INTO bloc_member_counts (term_year, bloc_id, members) VALUES (NEW.term_year, NEW.bloc_id, 1)
           ON CONFLICT (term_year, bloc_id) DO UPDATE SET members = bloc_member_counts.members + 1;
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER bloc_member_counts_change AFTER INSERT OR UPDATE OR DELETE ON bloc_memberships
         FOR EACH ROW EXECUTE FUNCTION bloc_member_counts_change()`,
    );
    await queryRunner.query(
      `CREATE FUNCTION activity_report_totals_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP IN ('UPDATE', 'DELETE') THEN
           UPDATE activity_report_totals SET reports = reports - 1,
                  sessions_held = sessions_held - OLD.sessions_held, conferences_held = conferences_held - OLD.conferences_held,
                  attendees = attendees - OLD.attendees, member_count = member_count - OLD.member_count,
                  participant_count = participant_count - OLD.participant_count, models_built = models_built - OLD.models_built
            WHERE movement_id = OLD.movement_id AND term_year = OLD.term_year;
         END IF;
         IF TG_OP IN ('UPDATE', 'INSERT') THEN
           INSERT INTO activity_report_totals (movement_id, term_year, reports, sessions_held, conferences_held,
                  attendees, member_count, participant_count, models_built)
           VALUES (NEW.movement_id, NEW.term_year, 1, NEW.sessions_held, NEW.conferences_held, NEW.attendees,
                  NEW.member_count, NEW.participant_count, NEW.models_built)
           ON CONFLICT (movement_id, term_year) DO UPDATE SET reports = activity_report_totals.reports + 1,
                  sessions_held = activity_report_totals.sessions_held + EXCLUDED.sessions_held,
                  conferences_held = activity_report_totals.conferences_held + EXCLUDED.conferences_held,
                  attendees = activity_report_totals.attendees + EXCLUDED.attendees,
                  member_count = activity_report_totals.member_count + EXCLUDED.member_count,
                  participant_count = activity_report_totals.participant_count + EXCLUDED.participant_count,
                  models_built = activity_report_totals.models_built + EXCLUDED.models_built;
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER activity_report_totals_change AFTER INSERT OR UPDATE OR DELETE ON activity_reports
         FOR EACH ROW EXECUTE FUNCTION activity_report_totals_change()`,
    );
    // Late reports of a movement and year are counted from an index range.
    await queryRunner.query(
      `CREATE INDEX "idx_activity_reports_movement_year_submitted" ON "activity_reports"  ("movement_id", "term_year", "submitted_at") `,
    );
    // Recounts every kept count from the rows (after a bulk load with the triggers set aside).
    await queryRunner.query(
      `CREATE FUNCTION refresh_report_counts() RETURNS void LANGUAGE sql AS $$
         DELETE FROM award_year_counts;
         DELETE FROM award_bloc_counts;
         DELETE FROM bloc_member_counts;
         DELETE FROM activity_report_totals;
         INSERT INTO award_year_counts (term_year, award_type_id, collective, individual, household)
         SELECT term_year, award_type_id, count(unit_id), count(person_id), count(household_id)
           FROM award_history GROUP BY term_year, award_type_id;
         INSERT INTO award_bloc_counts (term_year, bloc_id, collective, individual, household)
         SELECT h.term_year, m.bloc_id, count(h.unit_id), count(h.person_id), count(h.household_id)
           FROM award_history h
           JOIN bloc_memberships m ON m.unit_id = h.beneficiary_unit_id AND m.term_year = h.term_year
          GROUP BY h.term_year, m.bloc_id;
         INSERT INTO bloc_member_counts (term_year, bloc_id, members)
         SELECT term_year, bloc_id, count(*) FROM bloc_memberships GROUP BY term_year, bloc_id;
         INSERT INTO activity_report_totals (movement_id, term_year, reports, sessions_held, conferences_held,
                attendees, member_count, participant_count, models_built)
         SELECT movement_id, term_year, count(*), sum(sessions_held), sum(conferences_held), sum(attendees),
                sum(member_count), sum(participant_count), sum(models_built)
           FROM activity_reports GROUP BY movement_id, term_year;
       $$`,
    );
    await queryRunner.query(`SELECT refresh_report_counts()`);
    await queryRunner.query(
      `CREATE INDEX "idx_nominations_year_status" ON "nominations"  ("term_year", "status") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_nominations_year_status"`);
    await queryRunner.query(`DROP FUNCTION refresh_report_counts()`);
    await queryRunner.query(`DROP INDEX "public"."idx_activity_reports_movement_year_submitted"`);
    await queryRunner.query(`DROP TRIGGER activity_report_totals_change ON activity_reports`);
    await queryRunner.query(`DROP FUNCTION activity_report_totals_change()`);
    await queryRunner.query(`DROP TRIGGER bloc_member_counts_change ON bloc_memberships`);
    await queryRunner.query(`DROP FUNCTION bloc_member_counts_change()`);
    await queryRunner.query(`DROP TABLE "activity_report_totals"`);
    await queryRunner.query(`DROP TABLE "bloc_member_counts"`);
    await queryRunner.query(`DROP TRIGGER bloc_memberships_award_counts ON bloc_memberships`);
    await queryRunner.query(`DROP FUNCTION bloc_memberships_award_counts()`);
    await queryRunner.query(`DROP TRIGGER award_history_counts ON award_history`);
    await queryRunner.query(`DROP FUNCTION award_history_counts()`);
    await queryRunner.query(
      `DROP FUNCTION award_counts_add(smallint, uuid, uuid, integer, integer, integer)`,
    );
    await queryRunner.query(`DROP TABLE "award_bloc_counts"`);
    await queryRunner.query(`DROP TABLE "award_year_counts"`);
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
