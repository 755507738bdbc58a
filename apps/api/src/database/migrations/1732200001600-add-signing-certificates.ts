import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The issuing bodies' signing certificates: what each says of itself, and its PKCS#12 file with the
 * password sealed by the signing key kept outside the database (erased once it is out of use). One
 * active certificate per body.
 */
export class AddSigningCertificates1732200001600 implements MigrationInterface {
  name = 'AddSigningCertificates1732200001600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "signing_certificates" ("id" uuid NOT NULL, "body_code" character varying(50) NOT NULL, "body_name" character varying(300) NOT NULL, "signer_name" character varying(200) NOT NULL, "common_name" character varying(300) NOT NULL, "subject" text NOT NULL, "issuer" text NOT NULL, "serial_number" character varying(100) NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_to" TIMESTAMP WITH TIME ZONE NOT NULL, "fingerprint" character(64) NOT NULL, "secret" bytea, "status" character varying(10) NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "retired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_signing_certificates_status" CHECK ("status" IN ('active', 'replaced', 'removed')), CONSTRAINT "ck_signing_certificates_secret" CHECK (("status" = 'active') = ("secret" IS NOT NULL)), CONSTRAINT "pk_signing_certificates" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_signing_certificates_active_body" ON "signing_certificates" ("body_code") WHERE "status" = 'active'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_signing_certificates_active_body"`);
    await queryRunner.query(`DROP TABLE "signing_certificates"`);
  }
}
