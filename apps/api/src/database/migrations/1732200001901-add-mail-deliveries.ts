import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The daily digest and deadline reminders by e-mail: a user may opt out (`users.mail_opt_out`),
 * and each mail sent is a row, unique per user, kind and day (the digest's day, or the deadline a
 * reminder is for), so a restart or a second API instance never sends it twice.
 */
export class AddMailDeliveries1732200001901 implements MigrationInterface {
  name = 'AddMailDeliveries1732200001901';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "users" ADD "mail_opt_out" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `CREATE TABLE "mail_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "day" date NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'sending', "attempts" smallint NOT NULL DEFAULT '1', "item_count" smallint NOT NULL DEFAULT '0', "error" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_mail_deliveries_user_kind_day" UNIQUE ("user_id", "kind", "day"), CONSTRAINT "ck_mail_deliveries_kind" CHECK ("kind" IN ('digest', 'reminder')), CONSTRAINT "ck_mail_deliveries_status" CHECK ("status" IN ('sending', 'sent', 'failed')), CONSTRAINT "pk_mail_deliveries" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_deliveries" ADD CONSTRAINT "fk_mail_deliveries_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mail_deliveries"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "mail_opt_out"`);
  }
}
