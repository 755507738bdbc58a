import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Score sheets (criteria groups, criteria, bonus and penalty items), the units' score cards and
 * entries, and the locked ranking `score_rankings` the awards' eligibility reads. Triggers keep
 * points within each item's maximum and a locked card unchanged.
 */
export class AddScoreSheets1732200000600 implements MigrationInterface {
  name = 'AddScoreSheets1732200000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "score_sheets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bloc_id" uuid NOT NULL, "term_year" smallint NOT NULL, "scale" smallint NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'draft', "bonus_cap" numeric(7,2), "penalty_cap" numeric(7,2), "tie_breaks" jsonb NOT NULL DEFAULT '["firstGroup", "fewerPenalties"]', "source" character varying(20) NOT NULL DEFAULT 'blank', "agreed_at" TIMESTAMP WITH TIME ZONE, "locked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "uq_score_sheets_bloc_year" UNIQUE ("bloc_id", "term_year"), CONSTRAINT "ck_score_sheets_caps" CHECK ("bonus_cap" >= 0 AND "penalty_cap" >= 0), CONSTRAINT "ck_score_sheets_status" CHECK ("status" IN ('draft', 'agreed', 'locked')), CONSTRAINT "ck_score_sheets_scale" CHECK ("scale" IN (100, 1000)), CONSTRAINT "pk_score_sheets" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "score_groups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sheet_id" uuid NOT NULL, "position" smallint NOT NULL, "title" character varying(500) NOT NULL, CONSTRAINT "pk_score_groups" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_score_groups_sheet" ON "score_groups"  ("sheet_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "score_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sheet_id" uuid NOT NULL, "group_id" uuid, "kind" character varying(10) NOT NULL, "position" smallint NOT NULL, "content" text NOT NULL, "max_points" numeric(7,2) NOT NULL, "guidance" text, "source_target_id" uuid, CONSTRAINT "ck_score_items_max" CHECK ("max_points" > 0), CONSTRAINT "ck_score_items_group" CHECK (("kind" = 'criterion') = ("group_id" IS NOT NULL)), CONSTRAINT "ck_score_items_kind" CHECK ("kind" IN ('criterion', 'bonus', 'penalty')), CONSTRAINT "pk_score_items" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_score_items_sheet" ON "score_items"  ("sheet_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "score_rankings" ("bloc_id" uuid NOT NULL, "term_year" smallint NOT NULL, "unit_id" uuid NOT NULL, "sheet_id" uuid NOT NULL, "rank" smallint NOT NULL, "total" numeric(8,2) NOT NULL, "is_tied_for_ballot" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_score_rankings_rank" CHECK ("rank" >= 1), CONSTRAINT "pk_score_rankings" PRIMARY KEY ("bloc_id", "term_year", "unit_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "unit_scores" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sheet_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'draft', "return_reason" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "checked_at" TIMESTAMP WITH TIME ZONE, "checked_by_unit_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "uq_unit_scores_sheet_unit" UNIQUE ("sheet_id", "unit_id"), CONSTRAINT "ck_unit_scores_status" CHECK ("status" IN ('draft', 'submitted', 'returned', 'checked', 'agreed', 'locked')), CONSTRAINT "pk_unit_scores" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "score_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_score_id" uuid NOT NULL, "item_id" uuid NOT NULL, "self_points" numeric(7,2), "explanation" text, "checked_points" numeric(7,2), "adjust_reason" text, "adjusted_by" character varying(100), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_score_entries_card_item" UNIQUE ("unit_score_id", "item_id"), CONSTRAINT "ck_score_entries_reason" CHECK (("checked_points" IS NULL) = ("adjust_reason" IS NULL)), CONSTRAINT "ck_score_entries_points" CHECK ("self_points" >= 0 AND "checked_points" >= 0), CONSTRAINT "pk_score_entries" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "score_sheets" ADD CONSTRAINT "fk_score_sheets_bloc_id" FOREIGN KEY ("bloc_id") REFERENCES "blocs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "score_groups" ADD CONSTRAINT "fk_score_groups_sheet_id" FOREIGN KEY ("sheet_id") REFERENCES "score_sheets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "score_items" ADD CONSTRAINT "fk_score_items_sheet_id" FOREIGN KEY ("sheet_id") REFERENCES "score_sheets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "score_items" ADD CONSTRAINT "fk_score_items_group_id" FOREIGN KEY ("group_id") REFERENCES "score_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "score_rankings" ADD CONSTRAINT "fk_score_rankings_bloc_id" FOREIGN KEY ("bloc_id") REFERENCES "blocs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "score_rankings" ADD CONSTRAINT "fk_score_rankings_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "score_rankings" ADD CONSTRAINT "fk_score_rankings_sheet_id" FOREIGN KEY ("sheet_id") REFERENCES "score_sheets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_scores" ADD CONSTRAINT "fk_unit_scores_sheet_id" FOREIGN KEY ("sheet_id") REFERENCES "score_sheets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_scores" ADD CONSTRAINT "fk_unit_scores_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_scores" ADD CONSTRAINT "fk_unit_scores_checked_by_unit_id" FOREIGN KEY ("checked_by_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "score_entries" ADD CONSTRAINT "fk_score_entries_unit_score_id" FOREIGN KEY ("unit_score_id") REFERENCES "unit_scores"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "score_entries" ADD CONSTRAINT "fk_score_entries_item_id" FOREIGN KEY ("item_id") REFERENCES "score_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE FUNCTION score_entries_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE max_points numeric; card_status text;
BEGIN
  SELECT i.max_points INTO max_points FROM score_items i WHERE i.id = NEW.item_id;
  IF NEW.self_points > max_points OR NEW.checked_points > max_points THEN
    RAISE EXCEPTION 'points above the maximum of the item' USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_score_entries_max';
  END IF;
  SELECT s.status INTO card_status FROM unit_scores s WHERE s.id = NEW.unit_score_id;
  IF card_status = 'locked' THEN
    RAISE EXCEPTION 'the score card is locked' USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_score_entries_locked';
  END IF;
  RETURN NEW;
END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_score_entries_guard BEFORE INSERT OR UPDATE ON "score_entries" FOR EACH ROW EXECUTE FUNCTION score_entries_guard()`,
    );
    await queryRunner.query(
      `CREATE FUNCTION unit_scores_locked_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'locked' THEN
    RAISE EXCEPTION 'the score card is locked' USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_unit_scores_locked';
  END IF;
  RETURN NEW;
END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_unit_scores_locked_guard BEFORE UPDATE ON "unit_scores" FOR EACH ROW EXECUTE FUNCTION unit_scores_locked_guard()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_unit_scores_locked_guard" ON "unit_scores"`);
    await queryRunner.query(`DROP FUNCTION unit_scores_locked_guard()`);
    await queryRunner.query(`DROP TRIGGER "trg_score_entries_guard" ON "score_entries"`);
    await queryRunner.query(`DROP FUNCTION score_entries_guard()`);
    await queryRunner.query(
      `ALTER TABLE "score_entries" DROP CONSTRAINT "fk_score_entries_item_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "score_entries" DROP CONSTRAINT "fk_score_entries_unit_score_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_scores" DROP CONSTRAINT "fk_unit_scores_checked_by_unit_id"`,
    );
    await queryRunner.query(`ALTER TABLE "unit_scores" DROP CONSTRAINT "fk_unit_scores_unit_id"`);
    await queryRunner.query(`ALTER TABLE "unit_scores" DROP CONSTRAINT "fk_unit_scores_sheet_id"`);
    await queryRunner.query(
      `ALTER TABLE "score_rankings" DROP CONSTRAINT "fk_score_rankings_sheet_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "score_rankings" DROP CONSTRAINT "fk_score_rankings_unit_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "score_rankings" DROP CONSTRAINT "fk_score_rankings_bloc_id"`,
    );
    await queryRunner.query(`ALTER TABLE "score_items" DROP CONSTRAINT "fk_score_items_group_id"`);
    await queryRunner.query(`ALTER TABLE "score_items" DROP CONSTRAINT "fk_score_items_sheet_id"`);
    await queryRunner.query(
      `ALTER TABLE "score_groups" DROP CONSTRAINT "fk_score_groups_sheet_id"`,
    );
    await queryRunner.query(`ALTER TABLE "score_sheets" DROP CONSTRAINT "fk_score_sheets_bloc_id"`);
    await queryRunner.query(`DROP TABLE "score_entries"`);
    await queryRunner.query(`DROP TABLE "unit_scores"`);
    await queryRunner.query(`DROP TABLE "score_rankings"`);
    await queryRunner.query(`DROP INDEX "public"."idx_score_items_sheet"`);
    await queryRunner.query(`DROP TABLE "score_items"`);
    await queryRunner.query(`DROP INDEX "public"."idx_score_groups_sheet"`);
    await queryRunner.query(`DROP TABLE "score_groups"`);
    await queryRunner.query(`DROP TABLE "score_sheets"`);
  }
}
