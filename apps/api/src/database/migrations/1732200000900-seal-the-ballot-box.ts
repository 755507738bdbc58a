import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sealed ballot box. A secret ballot gets a public key when it opens (the secret key is split
 * among the counting committee and never stored: only a digest of each share, to recognise it),
 * its votes are ciphertexts with proofs (no choice in clear), its count is kept with the bulletin
 * board and its fingerprint. A participation keeps a digest of the phone's vote id (a retry gets
 * its receipt again) and whether the seat voted by account or by code. Lost codes reissued while a
 * ballot is open are recorded with the chair's reason.
 *
 * Secret ballots voted before this migration kept their choices in clear: their counts are kept
 * (ballots.tally) and the clear choices are deleted, so that none stays in the database.
 */
export class SealTheBallotBox1732200000900 implements MigrationInterface {
  name = 'SealTheBallotBox1732200000900';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "ballots" ADD "public_key" character(64), ADD "committee_size" smallint, ADD "committee_threshold" smallint,
         ADD "share_digests" jsonb, ADD "tally" jsonb, ADD "tallied_at" TIMESTAMP WITH TIME ZONE, ADD "board" text,
         ADD "board_sha256" character(64)`,
    );
    await queryRunner.query(`ALTER TABLE "meetings" ADD "committee_threshold" smallint`);
    await queryRunner.query(
      `ALTER TABLE "ballot_participations" ADD "vote_key" character(64), ADD "via" character varying(10) NOT NULL DEFAULT 'account'`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot_votes" ALTER COLUMN "receipt" TYPE character varying(64), ALTER COLUMN "choices" DROP NOT NULL,
         ADD "ciphertext" jsonb, ADD "alphas" character(64) array`,
    );
    // Legacy secret ballots: keep the counts, delete the clear choices.
    await queryRunner.query(
      `UPDATE ballots b SET tally = x.tally,
              tallied_at = CASE WHEN b.status = 'closed' THEN coalesce(b.closed_at, now()) END
         FROM (SELECT b2.id, jsonb_build_object(
                 'cast', (SELECT count(*) FROM ballot_votes v WHERE v.ballot_id = b2.id),
                 'counts', (SELECT coalesce(jsonb_object_agg(c.nomination_id, (
                     SELECT count(*) FROM ballot_votes v WHERE v.ballot_id = b2.id AND (
                       (jsonb_typeof(v.choices) = 'array' AND v.choices ? c.nomination_id::text)
                       OR (jsonb_typeof(v.choices) = 'object' AND v.choices->>c.nomination_id::text = 'agree')))),
                   '{}'::jsonb) FROM ballot_candidates c WHERE c.ballot_id = b2.id)) AS tally
                 FROM ballots b2 WHERE b2.mode = 'secret' AND b2.status <> 'draft') x
        WHERE x.id = b.id`,
    );
    await queryRunner.query(
      `DELETE FROM ballot_votes v USING ballots b WHERE b.id = v.ballot_id AND b.mode = 'secret'`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot_votes" ADD CONSTRAINT "ck_ballot_votes_one_form" CHECK (("choices" IS NULL) <> ("ciphertext" IS NULL))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_ballot_votes_alphas" ON "ballot_votes" USING gin ("alphas")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_ballot_votes_ballot" ON "ballot_votes" ("ballot_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "voting_code_reissues" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL,
         "voter_id" uuid NOT NULL, "reason" character varying(500) NOT NULL, "actor_id" uuid,
         "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "pk_voting_code_reissues" PRIMARY KEY ("id"),
         CONSTRAINT "fk_voting_code_reissues_meeting_id" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE,
         CONSTRAINT "fk_voting_code_reissues_voter_id" FOREIGN KEY ("voter_id") REFERENCES "meeting_voters"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_voting_code_reissues_meeting" ON "voting_code_reissues" ("meeting_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "voting_code_reissues"`);
    await queryRunner.query(`DROP INDEX "idx_ballot_votes_ballot"`);
    await queryRunner.query(`DROP INDEX "idx_ballot_votes_alphas"`);
    await queryRunner.query(
      `ALTER TABLE "ballot_votes" DROP CONSTRAINT "ck_ballot_votes_one_form"`,
    );
    // Encrypted votes cannot go back to clear choices: they are removed with their columns.
    await queryRunner.query(`DELETE FROM ballot_votes WHERE choices IS NULL`);
    await queryRunner.query(
      `ALTER TABLE "ballot_votes" DROP COLUMN "alphas", DROP COLUMN "ciphertext", ALTER COLUMN "choices" SET NOT NULL,
         ALTER COLUMN "receipt" TYPE character varying(20)`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot_participations" DROP COLUMN "via", DROP COLUMN "vote_key"`,
    );
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "committee_threshold"`);
    await queryRunner.query(
      `ALTER TABLE "ballots" DROP COLUMN "board_sha256", DROP COLUMN "board", DROP COLUMN "tallied_at", DROP COLUMN "tally",
         DROP COLUMN "share_digests", DROP COLUMN "committee_threshold", DROP COLUMN "committee_size", DROP COLUMN "public_key"`,
    );
  }
}
