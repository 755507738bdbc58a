import type { PerformanceRating, ReviewFlagKind, Sex } from '@thidua/awards/contracts';
import { UnitEntity } from '@thidua/registry/api';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A person who can be nominated (cá nhân). */
@Entity({ name: 'people' })
@Index('idx_people_search', { synchronize: false })
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  fullName!: string;

  @Column({ type: 'smallint', nullable: true })
  birthYear!: number | null;

  @Column({ type: 'varchar', length: 6 })
  sex!: Sex;

  @Column({ type: 'varchar', length: 255, nullable: true })
  position!: string | null;

  /** The searched text folded (search_fold), kept by a trigger (migration KeepFoldedSearchText). */
  @Column({ type: 'text', select: false, insert: false, update: false })
  searchText!: string;

  @Index('idx_people_unit')
  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @ManyToOne(() => UnitEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** A household (hộ gia đình): its head and address. */
@Entity({ name: 'households' })
@Index('idx_households_search', { synchronize: false })
export class HouseholdEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  headName!: string;

  @Column({ type: 'varchar', length: 255 })
  address!: string;

  /** The searched text folded (search_fold), kept by a trigger (migration KeepFoldedSearchText). */
  @Column({ type: 'text', select: false, insert: false, update: false })
  searchText!: string;

  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @ManyToOne(() => UnitEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}

/**
 * A beneficiary reference: exactly one of unit, person or household (check constraint), shared by
 * award history, nominations, yearly records and review flags.
 */
export const ONE_BENEFICIARY_CHECK =
  '(("unit_id" IS NOT NULL)::int + ("person_id" IS NOT NULL)::int + ("household_id" IS NOT NULL)::int) = 1';

/** A dated review (kỷ luật, điều tra, thanh tra, khiếu nại): no award while it lasts. */
@Entity({ name: 'review_flags' })
@Check('ck_review_flags_one_beneficiary', ONE_BENEFICIARY_CHECK)
export class ReviewFlagEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('idx_review_flags_unit')
  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @Index('idx_review_flags_person')
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  householdId!: string | null;

  @ManyToOne(() => UnitEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity | null;

  @ManyToOne(() => PersonEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity | null;

  @ManyToOne(() => HouseholdEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'household_id' })
  household?: HouseholdEntity | null;

  @Column({ type: 'varchar', length: 20 })
  kind!: ReviewFlagKind;

  @Column({ type: 'date' })
  fromDate!: string;

  @Column({ type: 'date', nullable: true })
  toDate!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A person's yearly assessment (xếp loại) and recognised initiatives: the basis of several chains. */
@Entity({ name: 'person_year_records' })
@Unique('uq_person_year_records_person_year', ['personId', 'termYear'])
export class PersonYearRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'smallint' })
  termYear!: number;

  @Column({ type: 'varchar', length: 12 })
  rating!: PerformanceRating;

  @Column({ type: 'smallint', default: 0 })
  initiatives!: number;

  @VersionColumn({ default: 1 })
  version!: number;
}
