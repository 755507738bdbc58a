import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Units that merge, split and rename (issue 22): an event with its effective date and the decision
 * that made it, the units it takes (sources) and gives (targets), the main predecessor, and for a
 * rename or a move the name or parent before and after. A unit is in an event at most once per
 * side. The rule by which a successor inherits its predecessors' history is one row of settings.
 */
export class AddUnitEvents1732200002700 implements MigrationInterface {
  name = 'AddUnitEvents1732200002700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "unit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(10) NOT NULL, "effective_date" date NOT NULL, "decision_number" character varying(60) NOT NULL, "decision_date" date NOT NULL, "decided_by" character varying(255) NOT NULL, "note" character varying(1000), "main_source_id" uuid, "previous_name" character varying(255), "new_name" character varying(255), "previous_parent_id" uuid, "new_parent_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "ck_unit_events_kind" CHECK ("kind" IN ('rename', 'merge', 'absorb', 'split', 'move', 'dissolve')),
        CONSTRAINT "ck_unit_events_rename" CHECK (("kind" = 'rename') = ("new_name" IS NOT NULL AND "previous_name" IS NOT NULL)),
        CONSTRAINT "ck_unit_events_decision" CHECK ("decision_date" <= "effective_date" + 366 AND length(btrim("decision_number")) > 0),
        CONSTRAINT "pk_unit_events" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "unit_event_units" ("event_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "side" character varying(6) NOT NULL,
        CONSTRAINT "ck_unit_event_units_side" CHECK ("side" IN ('source', 'target')),
        CONSTRAINT "pk_unit_event_units" PRIMARY KEY ("event_id", "side", "unit_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_unit_event_units_unit" ON "unit_event_units" ("unit_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_event_units" ADD CONSTRAINT "fk_unit_event_units_event" FOREIGN KEY ("event_id") REFERENCES "unit_events"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_event_units" ADD CONSTRAINT "fk_unit_event_units_unit" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT`,
    );
    for (const column of ['main_source_id', 'previous_parent_id', 'new_parent_id']) {
      await queryRunner.query(
        `ALTER TABLE "unit_events" ADD CONSTRAINT "fk_unit_events_${column}" FOREIGN KEY ("${column}") REFERENCES "units"("id") ON DELETE RESTRICT`,
      );
    }
    await queryRunner.query(
      `CREATE TABLE "lineage_settings" ("id" boolean NOT NULL DEFAULT true, "rule" character varying(4) NOT NULL DEFAULT 'main', "citation" character varying(500) NOT NULL DEFAULT '', "version" integer NOT NULL DEFAULT 1, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_lineage_settings_one" CHECK ("id"), CONSTRAINT "ck_lineage_settings_rule" CHECK ("rule" IN ('all', 'main', 'none')),
        CONSTRAINT "pk_lineage_settings" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`INSERT INTO "lineage_settings" ("id") VALUES (true)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "lineage_settings"`);
    await queryRunner.query(`DROP TABLE "unit_event_units"`);
    await queryRunner.query(`DROP TABLE "unit_events"`);
  }
}
