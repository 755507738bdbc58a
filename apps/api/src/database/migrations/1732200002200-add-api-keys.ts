import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Integrations' API keys: the public prefix (unique, to find a key), the SHA-256 of the key (never
 * the key), scopes, an optional unit, expiry, revocation, and the per-minute request counter shared
 * by every API instance. Names are unique (in any case, Vietnamese letters included): the audit log names a key's changes.
 */
export class AddApiKeys1732200002200 implements MigrationInterface {
  name = 'AddApiKeys1732200002200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(80) NOT NULL, "prefix" character varying(16) NOT NULL, "secret_hash" character(64) NOT NULL, "scopes" character varying(40) array NOT NULL, "unit_id" uuid, "rate_limit_per_minute" integer NOT NULL DEFAULT '600', "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by" uuid NOT NULL, "created_by_username" character varying(50) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by_username" character varying(50), "window_started_at" TIMESTAMP WITH TIME ZONE, "window_requests" integer NOT NULL DEFAULT '0', CONSTRAINT "uq_api_keys_prefix" UNIQUE ("prefix"), CONSTRAINT "ck_api_keys_prefix" CHECK ("prefix" ~ '^td_live_[a-z0-9]{8}$'), CONSTRAINT "ck_api_keys_secret_hash" CHECK ("secret_hash" ~ '^[0-9a-f]{64}$'), CONSTRAINT "ck_api_keys_name" CHECK (length(btrim("name")) BETWEEN 1 AND 80), CONSTRAINT "ck_api_keys_scopes" CHECK (cardinality("scopes") >= 1 AND "scopes" <@ ARRAY['registry:read', 'awards:read', 'nominations:write', 'documents:read']::varchar[]), CONSTRAINT "ck_api_keys_rate_limit" CHECK ("rate_limit_per_minute" BETWEEN 1 AND 100000), CONSTRAINT "ck_api_keys_expiry" CHECK ("expires_at" > "created_at"), CONSTRAINT "ck_api_keys_window" CHECK ("window_requests" >= 0), CONSTRAINT "ck_api_keys_revoked" CHECK (("revoked_at" IS NULL) = ("revoked_by_username" IS NULL)), CONSTRAINT "pk_api_keys" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_api_keys_unit" ON "api_keys" ("unit_id")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_api_keys_name" ON "api_keys" (lower("name" COLLATE "vietnamese"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "fk_api_keys_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "api_keys"`);
  }
}
