import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, sessions, sign-in failures, the audit log, and the registry's units and blocs. */
export class CreateFoundation1732200000100 implements MigrationInterface {
  name = 'CreateFoundation1732200000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_username" character varying(100), "action" character varying(40) NOT NULL, "entity" character varying(60) NOT NULL, "entity_id" uuid, "before" jsonb, "after" jsonb, "reason" text, "ip" character varying(64), CONSTRAINT "pk_audit_log" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_audit_log_at" ON "audit_log"  ("at") `);
    await queryRunner.query(
      `CREATE INDEX "idx_audit_log_entity" ON "audit_log"  ("entity", "entity_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "login_failures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(100) NOT NULL, "ip" character varying(64) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_login_failures" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_login_failures_ip_at" ON "login_failures"  ("ip", "at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_login_failures_username_at" ON "login_failures"  ("username", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "blocs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(255) NOT NULL, "kind" character varying(10) NOT NULL, "description" text, "managing_authority" character varying(255), "head_cooldown_years" smallint, "is_archived" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "uq_blocs_name" UNIQUE ("name"), CONSTRAINT "pk_blocs" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "unit_kinds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "name" character varying(120) NOT NULL, "sort_order" smallint NOT NULL DEFAULT '0', "is_active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_unit_kinds_code" UNIQUE ("code"), CONSTRAINT "pk_unit_kinds" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "name" character varying(255) NOT NULL, "short_name" character varying(80), "kind_id" uuid, "parent_id" uuid, "address" character varying(255), "head_name" character varying(120), "head_position" character varying(120), "phone" character varying(40), "email" character varying(120), "is_archived" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "uq_units_code" UNIQUE ("code"), CONSTRAINT "pk_units" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_units_parent" ON "units"  ("parent_id") `);
    await queryRunner.query(
      `CREATE TABLE "bloc_leaderships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bloc_id" uuid NOT NULL, "term_year" smallint NOT NULL, "head_unit_id" uuid, "deputy_unit_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "uq_bloc_leaderships_bloc_year" UNIQUE ("bloc_id", "term_year"), CONSTRAINT "ck_bloc_leaderships_head_not_deputy" CHECK ("head_unit_id" <> "deputy_unit_id"), CONSTRAINT "pk_bloc_leaderships" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "bloc_memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bloc_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "term_year" smallint NOT NULL, "rotation_order" smallint NOT NULL, "joined_on" date, "left_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_bloc_memberships_unit_year" UNIQUE ("unit_id", "term_year"), CONSTRAINT "pk_bloc_memberships" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_bloc_memberships_bloc_year" ON "bloc_memberships"  ("bloc_id", "term_year") `,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(50) NOT NULL, "full_name" character varying(120) NOT NULL, "email" character varying(120), "role" character varying(20) NOT NULL, "unit_id" uuid, "password_hash" character varying(255) NOT NULL, "is_active" boolean NOT NULL DEFAULT true, "must_change_password" boolean NOT NULL DEFAULT false, "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "uq_users_username" UNIQUE ("username"), CONSTRAINT "pk_users" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_users_unit" ON "users"  ("unit_id") `);
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "ip" character varying(64), "user_agent" character varying(255), CONSTRAINT "uq_sessions_token_hash" UNIQUE ("token_hash"), CONSTRAINT "pk_sessions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_sessions_user" ON "sessions"  ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "units" ADD CONSTRAINT "fk_units_kind_id" FOREIGN KEY ("kind_id") REFERENCES "unit_kinds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "units" ADD CONSTRAINT "fk_units_parent_id" FOREIGN KEY ("parent_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bloc_leaderships" ADD CONSTRAINT "fk_bloc_leaderships_bloc_id" FOREIGN KEY ("bloc_id") REFERENCES "blocs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bloc_leaderships" ADD CONSTRAINT "fk_bloc_leaderships_head_unit_id" FOREIGN KEY ("head_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bloc_leaderships" ADD CONSTRAINT "fk_bloc_leaderships_deputy_unit_id" FOREIGN KEY ("deputy_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bloc_memberships" ADD CONSTRAINT "fk_bloc_memberships_bloc_id" FOREIGN KEY ("bloc_id") REFERENCES "blocs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bloc_memberships" ADD CONSTRAINT "fk_bloc_memberships_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "fk_users_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "fk_sessions_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // Diacritic-insensitive search (see EnableVietnameseSearch): trigram indexes over the
    // expressions the list endpoints search.
    await queryRunner.query(
      `CREATE INDEX "idx_units_search" ON "units" USING gin (search_fold("name" || ' ' || coalesce("short_name", '') || ' ' || "code") gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_blocs_search" ON "blocs" USING gin (search_fold("name" || ' ' || coalesce("managing_authority", '')) gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_users_search" ON "users" USING gin (search_fold("username" || ' ' || "full_name" || ' ' || coalesce("email", '')) gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX "idx_sessions_expires" ON "sessions" ("expires_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_sessions_expires"`);
    await queryRunner.query(`DROP INDEX "idx_users_search"`);
    await queryRunner.query(`DROP INDEX "idx_blocs_search"`);
    await queryRunner.query(`DROP INDEX "idx_units_search"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "fk_sessions_user_id"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "fk_users_unit_id"`);
    await queryRunner.query(
      `ALTER TABLE "bloc_memberships" DROP CONSTRAINT "fk_bloc_memberships_unit_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "bloc_memberships" DROP CONSTRAINT "fk_bloc_memberships_bloc_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "bloc_leaderships" DROP CONSTRAINT "fk_bloc_leaderships_deputy_unit_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "bloc_leaderships" DROP CONSTRAINT "fk_bloc_leaderships_head_unit_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "bloc_leaderships" DROP CONSTRAINT "fk_bloc_leaderships_bloc_id"`,
    );
    await queryRunner.query(`ALTER TABLE "units" DROP CONSTRAINT "fk_units_parent_id"`);
    await queryRunner.query(`ALTER TABLE "units" DROP CONSTRAINT "fk_units_kind_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_sessions_user"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."idx_users_unit"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."idx_bloc_memberships_bloc_year"`);
    await queryRunner.query(`DROP TABLE "bloc_memberships"`);
    await queryRunner.query(`DROP TABLE "bloc_leaderships"`);
    await queryRunner.query(`DROP INDEX "public"."idx_units_parent"`);
    await queryRunner.query(`DROP TABLE "units"`);
    await queryRunner.query(`DROP TABLE "unit_kinds"`);
    await queryRunner.query(`DROP TABLE "blocs"`);
    await queryRunner.query(`DROP INDEX "public"."idx_login_failures_username_at"`);
    await queryRunner.query(`DROP INDEX "public"."idx_login_failures_ip_at"`);
    await queryRunner.query(`DROP TABLE "login_failures"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_log_entity"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_log_at"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
