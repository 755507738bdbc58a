import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register of outgoing documents (sổ văn bản đi): the numbers each issuing body took in a year,
 * one number once (unique body, year, number), and a counter row per body and year that hands out
 * the next one under a row lock.
 */
export class AddOutgoingNumberRegister1732200001700 implements MigrationInterface {
  name = 'AddOutgoingNumberRegister1732200001700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outgoing_numbers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_code" character varying(40) NOT NULL, "year" smallint NOT NULL, "number" integer NOT NULL, "symbol" character varying(80) NOT NULL, "document_kind" character varying(20) NOT NULL, "document_date" date NOT NULL, "subject" character varying(500) NOT NULL, "taken_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_outgoing_numbers_body_year_number" UNIQUE ("body_code", "year", "number"), CONSTRAINT "ck_outgoing_numbers_number" CHECK ("number" > 0), CONSTRAINT "ck_outgoing_numbers_kind" CHECK ("document_kind" IN ('coverLetter', 'decision', 'minutes')), CONSTRAINT "pk_outgoing_numbers" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "outgoing_number_counters" ("body_code" character varying(40) NOT NULL, "year" smallint NOT NULL, "last_number" integer NOT NULL, CONSTRAINT "pk_outgoing_number_counters" PRIMARY KEY ("body_code", "year"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "outgoing_number_counters"`);
    await queryRunner.query(`DROP TABLE "outgoing_numbers"`);
  }
}
