import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log keeps where each change came from (the client's address was already a column;
 * now also its user agent, and whether a request or the system made it), and becomes append-only:
 * triggers refuse UPDATE, DELETE and TRUNCATE on it for every role, the owner included. Only a
 * restore (which holds triggers off) or dropping the schema replaces it.
 */
export class MakeAuditLogAppendOnly1732200001300 implements MigrationInterface {
  name = 'MakeAuditLogAppendOnly1732200001300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "audit_log" ADD "user_agent" character varying(255), ADD "origin" character varying(10),
         ADD CONSTRAINT "ck_audit_log_origin" CHECK ("origin" IN ('request', 'system'))`,
    );
    await queryRunner.query(`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is refused', TG_OP
    USING ERRCODE = 'insufficient_privilege', HINT = 'Audit entries can be added, never changed or removed.';
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_audit_log_no_change BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit_log_no_truncate BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER trg_audit_log_no_truncate ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER trg_audit_log_no_change ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
    await queryRunner.query(
      `ALTER TABLE "audit_log" DROP CONSTRAINT "ck_audit_log_origin", DROP COLUMN "origin", DROP COLUMN "user_agent"`,
    );
  }
}
