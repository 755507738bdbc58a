import type { MigrationInterface, QueryRunner } from 'typeorm';

const LETTERS = ['coverLetter', 'decision', 'minutes'];
const LAWS = [...LETTERS, 'pledge'];

/**
 * The legal bases every install starts with (admin-editable afterwards): the 2003 Law as amended
 * in 2005 and 2013 with Nghị định 91/2017 until 31/12/2023; the 2022 Law with Nghị định 98/2023
 * from 1/1/2024; Nghị định 152/2025 in place of 98/2023 from 1/7/2025 (docs/configuration.md).
 */
const LEGAL_BASES: Array<[string, string, string, string | null, string[], number]> = [
  [
    'Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003',
    'law',
    '2004-04-01',
    '2023-12-31',
    LAWS,
    10,
  ],
  [
    'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 14 tháng 6 năm 2005',
    'law',
    '2005-07-01',
    '2023-12-31',
    LAWS,
    11,
  ],
  [
    'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 16 tháng 11 năm 2013',
    'law',
    '2014-06-01',
    '2023-12-31',
    LAWS,
    12,
  ],
  [
    'Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    'decree',
    '2017-10-01',
    '2023-12-31',
    LETTERS,
    20,
  ],
  ['Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022', 'law', '2024-01-01', null, LAWS, 10],
  [
    'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành Luật Thi đua, khen thưởng',
    'decree',
    '2024-01-01',
    '2025-06-30',
    LETTERS,
    20,
  ],
  [
    'Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành Luật Thi đua, khen thưởng',
    'decree',
    '2025-07-01',
    null,
    LETTERS,
    20,
  ],
];

/**
 * The organisation this install serves (one per install): its names and place, the bodies that
 * issue documents, each document kind's signers by date and default recipients; and the legal
 * documents cited by date.
 */
export class AddOrganisationProfile1732200001400 implements MigrationInterface {
  name = 'AddOrganisationProfile1732200001400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organisation_profiles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "singleton" boolean NOT NULL DEFAULT true, "full_name" character varying(255) NOT NULL, "short_name" character varying(120) NOT NULL, "header_lines" jsonb NOT NULL, "area_name" character varying(120) NOT NULL, "place" character varying(100) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "uq_organisation_profiles_singleton" UNIQUE ("singleton"), CONSTRAINT "ck_organisation_profiles_singleton" CHECK ("singleton"), CONSTRAINT "pk_organisation_profiles" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "issuing_bodies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "name" character varying(255) NOT NULL, "parent_lines" jsonb NOT NULL, "own_lines" jsonb NOT NULL, "number_symbol" character varying(20) NOT NULL, "sort_order" smallint NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_issuing_bodies_code" UNIQUE ("code"), CONSTRAINT "pk_issuing_bodies" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "document_signers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_kind" character varying(20) NOT NULL, "issuing_body_id" uuid NOT NULL, "valid_from" date NOT NULL, "capacity" character varying(5) NOT NULL, "authority" character varying(120) NOT NULL, "title" character varying(120) NOT NULL, "name" character varying(120) NOT NULL, CONSTRAINT "uq_document_signers_kind_from" UNIQUE ("document_kind", "valid_from"), CONSTRAINT "ck_document_signers_capacity" CHECK ("capacity" IN ('', 'KT.', 'TM.', 'Q.', 'TL.', 'TUQ.')), CONSTRAINT "pk_document_signers" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_signers" ADD CONSTRAINT "fk_document_signers_issuing_body_id" FOREIGN KEY ("issuing_body_id") REFERENCES "issuing_bodies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "document_recipients" ("document_kind" character varying(20) NOT NULL, "addressees" jsonb NOT NULL, "recipients" jsonb NOT NULL, CONSTRAINT "pk_document_recipients" PRIMARY KEY ("document_kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "legal_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "citation" character varying(1000) NOT NULL, "kind" character varying(20) NOT NULL, "in_force_from" date NOT NULL, "in_force_to" date, "cited_by" jsonb NOT NULL, "sort_order" smallint NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_legal_documents_in_force" CHECK ("in_force_to" IS NULL OR "in_force_to" >= "in_force_from"), CONSTRAINT "pk_legal_documents" PRIMARY KEY ("id"))`,
    );
    for (const [citation, kind, from, to, citedBy, sortOrder] of LEGAL_BASES) {
      await queryRunner.query(
        `INSERT INTO "legal_documents" ("citation", "kind", "in_force_from", "in_force_to", "cited_by", "sort_order")
         VALUES ($1, $2, $3, $4, $5::jsonb, $6)`,
        [citation, kind, from, to, JSON.stringify(citedBy), sortOrder],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "legal_documents"`);
    await queryRunner.query(`DROP TABLE "document_recipients"`);
    await queryRunner.query(
      `ALTER TABLE "document_signers" DROP CONSTRAINT "fk_document_signers_issuing_body_id"`,
    );
    await queryRunner.query(`DROP TABLE "document_signers"`);
    await queryRunner.query(`DROP TABLE "issuing_bodies"`);
    await queryRunner.query(`DROP TABLE "organisation_profiles"`);
  }
}
