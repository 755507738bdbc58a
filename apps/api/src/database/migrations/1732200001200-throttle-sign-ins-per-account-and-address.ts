import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in counters instead of a list of failures: one row per account and address and one per
 * address (`username` ''), locked while an attempt is counted, so a burst of simultaneous sign-ins
 * cannot get past the limit, and a stranger's failures no longer lock an account everywhere. The
 * old failures are dropped: at worst an address gets its full allowance again once.
 */
export class ThrottleSignInsPerAccountAndAddress1732200001200 implements MigrationInterface {
  name = 'ThrottleSignInsPerAccountAndAddress1732200001200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_throttles" ("username" character varying(100) NOT NULL, "ip" character varying(64) NOT NULL,
         "attempts" integer NOT NULL DEFAULT '0', "lockouts" integer NOT NULL DEFAULT '0',
         "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE,
         "last_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_login_throttles" PRIMARY KEY ("username", "ip"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_login_throttles_last_attempt" ON "login_throttles" ("last_attempt_at")`,
    );
    await queryRunner.query(`DROP TABLE "login_failures"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_failures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(100) NOT NULL, "ip" character varying(64) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_login_failures" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_login_failures_ip_at" ON "login_failures" ("ip", "at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_login_failures_username_at" ON "login_failures" ("username", "at")`,
    );
    await queryRunner.query(`DROP TABLE "login_throttles"`);
  }
}
