import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A bloc numbers its own papers (cover letters, minutes) in its own register: the register's key
 * widens to hold `bloc:<uuid>` beside the profile's body codes. A ballot's vote-count minutes keep
 * the number and symbol they were given (số …/BB-KTĐ), taken from the register or typed.
 */
export class NumberBlocPapersAndMinutes1732200002300 implements MigrationInterface {
  name = 'NumberBlocPapersAndMinutes1732200002300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "outgoing_numbers" ALTER COLUMN "body_code" TYPE character varying(60)`,
    );
    await queryRunner.query(
      `ALTER TABLE "outgoing_number_counters" ALTER COLUMN "body_code" TYPE character varying(60)`,
    );
    await queryRunner.query(`ALTER TABLE "ballots" ADD "minutes_number" character varying(80)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ballots" DROP COLUMN "minutes_number"`);
    await queryRunner.query(
      `ALTER TABLE "outgoing_number_counters" ALTER COLUMN "body_code" TYPE character varying(40)`,
    );
    await queryRunner.query(
      `ALTER TABLE "outgoing_numbers" ALTER COLUMN "body_code" TYPE character varying(40)`,
    );
  }
}
