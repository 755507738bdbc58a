import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meetings, delegates and ballots. Who voted (ballot_participations) and what was voted
 * (ballot_votes) are separate tables with nothing linking them.
 */
export class AddMeetingsAndBallots1732200000400 implements MigrationInterface {
  name = 'AddMeetingsAndBallots1732200000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bloc_id" uuid NOT NULL, "term_year" smallint NOT NULL, "title" character varying(500) NOT NULL, "meeting_date" date NOT NULL, "place" character varying(255) NOT NULL, "chair" character varying(255) NOT NULL, "secretary" character varying(255) NOT NULL, "counting_committee" jsonb NOT NULL DEFAULT '[]', "quorum_percent" numeric(5,2) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "pk_meetings" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_meetings_bloc_year" ON "meetings"  ("bloc_id", "term_year") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_voters" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "unit_id" uuid, "delegate_name" character varying(120) NOT NULL, "user_id" uuid, "is_present" boolean NOT NULL DEFAULT true, "code_hash" character(64), CONSTRAINT "uq_meeting_voters_code_hash" UNIQUE ("code_hash"), CONSTRAINT "uq_meeting_voters_meeting_unit" UNIQUE ("meeting_id", "unit_id"), CONSTRAINT "pk_meeting_voters" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "ballots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "title" character varying(500) NOT NULL, "award_type_id" uuid NOT NULL, "method" character varying(10) NOT NULL, "mode" character varying(10) NOT NULL, "threshold" numeric(5,2) NOT NULL, "denominator" character varying(10) NOT NULL, "comparator" character varying(3) NOT NULL, "max_winners" smallint NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'draft', "round" smallint NOT NULL DEFAULT '1', "parent_ballot_id" uuid, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "eligible_count" smallint, "present_count" smallint, "paper_counts" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "pk_ballots" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_ballots_meeting" ON "ballots"  ("meeting_id") `);
    await queryRunner.query(
      `CREATE TABLE "ballot_candidates" ("ballot_id" uuid NOT NULL, "nomination_id" uuid NOT NULL, "position" smallint NOT NULL, CONSTRAINT "pk_ballot_candidates" PRIMARY KEY ("ballot_id", "nomination_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "ballot_participations" ("ballot_id" uuid NOT NULL, "voter_id" uuid NOT NULL, CONSTRAINT "pk_ballot_participations" PRIMARY KEY ("ballot_id", "voter_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "ballot_votes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ballot_id" uuid NOT NULL, "receipt" character varying(20) NOT NULL, "choices" jsonb NOT NULL, CONSTRAINT "uq_ballot_votes_receipt" UNIQUE ("receipt"), CONSTRAINT "pk_ballot_votes" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "ballot_named_votes" ("ballot_id" uuid NOT NULL, "voter_id" uuid NOT NULL, "choices" jsonb NOT NULL, CONSTRAINT "pk_ballot_named_votes" PRIMARY KEY ("ballot_id", "voter_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "fk_meetings_bloc_id" FOREIGN KEY ("bloc_id") REFERENCES "blocs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_voters" ADD CONSTRAINT "fk_meeting_voters_meeting_id" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_voters" ADD CONSTRAINT "fk_meeting_voters_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballots" ADD CONSTRAINT "fk_ballots_meeting_id" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballots" ADD CONSTRAINT "fk_ballots_award_type_id" FOREIGN KEY ("award_type_id") REFERENCES "award_types"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballots" ADD CONSTRAINT "fk_ballots_parent_ballot_id" FOREIGN KEY ("parent_ballot_id") REFERENCES "ballots"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot_candidates" ADD CONSTRAINT "fk_ballot_candidates_ballot_id" FOREIGN KEY ("ballot_id") REFERENCES "ballots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot_candidates" ADD CONSTRAINT "fk_ballot_candidates_nomination_id" FOREIGN KEY ("nomination_id") REFERENCES "nominations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot_participations" ADD CONSTRAINT "fk_ballot_participations_ballot_id" FOREIGN KEY ("ballot_id") REFERENCES "ballots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot_participations" ADD CONSTRAINT "fk_ballot_participations_voter_id" FOREIGN KEY ("voter_id") REFERENCES "meeting_voters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot_votes" ADD CONSTRAINT "fk_ballot_votes_ballot_id" FOREIGN KEY ("ballot_id") REFERENCES "ballots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot_named_votes" ADD CONSTRAINT "fk_ballot_named_votes_ballot_id" FOREIGN KEY ("ballot_id") REFERENCES "ballots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot_named_votes" ADD CONSTRAINT "fk_ballot_named_votes_voter_id" FOREIGN KEY ("voter_id") REFERENCES "meeting_voters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "ballot_named_votes" DROP CONSTRAINT "fk_ballot_named_votes_voter_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot_named_votes" DROP CONSTRAINT "fk_ballot_named_votes_ballot_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot_votes" DROP CONSTRAINT "fk_ballot_votes_ballot_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot_participations" DROP CONSTRAINT "fk_ballot_participations_voter_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot_participations" DROP CONSTRAINT "fk_ballot_participations_ballot_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot_candidates" DROP CONSTRAINT "fk_ballot_candidates_nomination_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot_candidates" DROP CONSTRAINT "fk_ballot_candidates_ballot_id"`,
    );
    await queryRunner.query(`ALTER TABLE "ballots" DROP CONSTRAINT "fk_ballots_parent_ballot_id"`);
    await queryRunner.query(`ALTER TABLE "ballots" DROP CONSTRAINT "fk_ballots_award_type_id"`);
    await queryRunner.query(`ALTER TABLE "ballots" DROP CONSTRAINT "fk_ballots_meeting_id"`);
    await queryRunner.query(
      `ALTER TABLE "meeting_voters" DROP CONSTRAINT "fk_meeting_voters_unit_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_voters" DROP CONSTRAINT "fk_meeting_voters_meeting_id"`,
    );
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "fk_meetings_bloc_id"`);
    await queryRunner.query(`DROP TABLE "ballot_named_votes"`);
    await queryRunner.query(`DROP TABLE "ballot_votes"`);
    await queryRunner.query(`DROP TABLE "ballot_participations"`);
    await queryRunner.query(`DROP TABLE "ballot_candidates"`);
    await queryRunner.query(`DROP INDEX "public"."idx_ballots_meeting"`);
    await queryRunner.query(`DROP TABLE "ballots"`);
    await queryRunner.query(`DROP TABLE "meeting_voters"`);
    await queryRunner.query(`DROP INDEX "public"."idx_meetings_bloc_year"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
  }
}
