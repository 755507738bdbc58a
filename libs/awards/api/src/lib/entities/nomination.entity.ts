import type {
  BeneficiaryKind,
  CollectiveFigures,
  NominationEvent,
  NominationStatus,
} from '@thidua/awards/contracts';
import { MovementEntity } from '@thidua/movements/api';
import { BlocEntity, UnitEntity } from '@thidua/registry/api';
import { AttachmentEntity } from '@thidua/shared/api-core';
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

import { AwardTypeEntity } from './award-type.entity';
import { HouseholdEntity, ONE_BENEFICIARY_CHECK, PersonEntity } from './beneficiaries.entity';

/** A nomination (đề nghị khen thưởng) of a collective, individual or household for an award. */
@Entity({ name: 'nominations' })
@Check('ck_nominations_one_beneficiary', ONE_BENEFICIARY_CHECK)
@Index('idx_nominations_year_bloc', ['termYear', 'blocId'])
@Index('idx_nominations_status', ['status'])
@Index('idx_nominations_proposing_unit', ['proposingUnitId'])
@Index('idx_nominations_year_status', ['termYear', 'status'])
export class NominationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'smallint' })
  termYear!: number;

  @Column({ type: 'uuid' })
  awardTypeId!: string;

  @ManyToOne(() => AwardTypeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'award_type_id' })
  awardType?: AwardTypeEntity;

  @Column({ type: 'varchar', length: 12 })
  beneficiaryKind!: BeneficiaryKind;

  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  householdId!: string | null;

  @ManyToOne(() => UnitEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity | null;

  @ManyToOne(() => PersonEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity | null;

  @ManyToOne(() => HouseholdEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id' })
  household?: HouseholdEntity | null;

  @Column({ type: 'uuid' })
  proposingUnitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposing_unit_id' })
  proposingUnit?: UnitEntity;

  @Column({ type: 'uuid', nullable: true })
  blocId!: string | null;

  @ManyToOne(() => BlocEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bloc_id' })
  bloc?: BlocEntity | null;

  @Column({ type: 'uuid', nullable: true })
  movementId!: string | null;

  @ManyToOne(() => MovementEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'movement_id' })
  movement?: MovementEntity | null;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'jsonb', nullable: true })
  figures!: CollectiveFigures | null;

  @Column({ type: 'uuid', nullable: true })
  reportAttachmentId!: string | null;

  @ManyToOne(() => AttachmentEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'report_attachment_id' })
  report?: AttachmentEntity | null;

  @Column({ type: 'varchar', length: 12, default: 'draft' })
  status!: NominationStatus;

  @Column({ type: 'integer', nullable: true })
  votes!: number | null;

  @Column({ type: 'integer', nullable: true })
  voteDenominator!: number | null;

  @Column({ type: 'boolean', nullable: true })
  votePassed!: boolean | null;

  @Column({ type: 'text', nullable: true })
  returnReason!: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  decisionNumber!: string | null;

  @Column({ type: 'date', nullable: true })
  decisionDate!: string | null;

  @Column({ type: 'text', nullable: true })
  overrideReason!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  timeline!: NominationEvent[];

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** A bloc's own cap on nominations for an award (overrides the catalogue's quota per bloc). */
@Entity({ name: 'bloc_award_quotas' })
@Index('idx_bloc_award_quotas_bloc_award', ['blocId', 'awardTypeId'], { unique: true })
export class BlocAwardQuotaEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  blocId!: string;

  @ManyToOne(() => BlocEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bloc_id' })
  bloc?: BlocEntity;

  @Column({ type: 'uuid' })
  awardTypeId!: string;

  @ManyToOne(() => AwardTypeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'award_type_id' })
  awardType?: AwardTypeEntity;

  @Column({ type: 'smallint' })
  quota!: number;
}
