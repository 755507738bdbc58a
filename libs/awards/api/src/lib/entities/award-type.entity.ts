import type {
  AwardKind,
  BallotComparator,
  BallotDenominator,
  BeneficiaryKind,
  Prerequisite,
} from '@thidua/awards/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** An award of the catalogue (danh hiệu thi đua or hình thức khen thưởng). */
@Entity({ name: 'award_types' })
export class AwardTypeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 20, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  category!: 'title' | 'commendation';

  @Column({ type: 'jsonb' })
  beneficiaryKinds!: BeneficiaryKind[];

  @Column({ type: 'varchar', length: 255 })
  decidingAuthority!: string;

  @Column({ type: 'varchar', length: 10 })
  kind!: AwardKind;

  @Column({ type: 'smallint', default: 0 })
  sortOrder!: number;

  @Column({ type: 'boolean', default: true })
  isActive!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}

/**
 * The rules of an award from a date (Nghị định 98/2023 gave way to 152/2025 on 1/7/2025): each
 * year's nominations are checked against the version in force at the end of that year.
 */
@Entity({ name: 'award_rule_versions' })
@Index('idx_award_rule_versions_type_from', ['awardTypeId', 'effectiveFrom'], { unique: true })
@Check(
  'ck_award_rule_versions_dates',
  '"effective_to" IS NULL OR "effective_to" >= "effective_from"',
)
export class AwardRuleVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  awardTypeId!: string;

  @ManyToOne(() => AwardTypeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'award_type_id' })
  awardType?: AwardTypeEntity;

  @Column({ type: 'date' })
  effectiveFrom!: string;

  @Column({ type: 'date', nullable: true })
  effectiveTo!: string | null;

  @Column({ type: 'text' })
  legalCitation!: string;

  @Column({ type: 'numeric', precision: 6, scale: 2 })
  bonusCoefficient!: string;

  @Column({ type: 'numeric', precision: 5, scale: 2 })
  ballotThreshold!: string;

  @Column({ type: 'varchar', length: 10 })
  ballotDenominator!: BallotDenominator;

  @Column({ type: 'varchar', length: 3 })
  ballotComparator!: BallotComparator;

  @Column({ type: 'smallint', nullable: true })
  quotaPerBloc!: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  prerequisites!: Prerequisite[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
