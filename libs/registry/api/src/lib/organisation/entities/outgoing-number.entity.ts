import type { NumberedKind } from '@thidua/registry/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

/** A number taken from an issuing body's register of a year: never two of one body, year and number. */
@Entity({ name: 'outgoing_numbers' })
@Unique('uq_outgoing_numbers_body_year_number', ['bodyCode', 'year', 'number'])
@Check('ck_outgoing_numbers_kind', `"document_kind" IN ('coverLetter', 'decision', 'minutes')`)
@Check('ck_outgoing_numbers_number', `"number" > 0`)
export class OutgoingNumberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 60 })
  bodyCode!: string;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 80 })
  symbol!: string;

  @Column({ type: 'varchar', length: 20 })
  documentKind!: NumberedKind;

  @Column({ type: 'date' })
  documentDate!: string;

  @Column({ type: 'varchar', length: 500 })
  subject!: string;

  @Column({ type: 'uuid', nullable: true })
  takenBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** The last number a body handed out in a year: the row `UPDATE … RETURNING` locks and counts on. */
@Entity({ name: 'outgoing_number_counters' })
export class OutgoingNumberCounterEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  bodyCode!: string;

  @PrimaryColumn({ type: 'smallint' })
  year!: number;

  @Column({ type: 'integer' })
  lastNumber!: number;
}
