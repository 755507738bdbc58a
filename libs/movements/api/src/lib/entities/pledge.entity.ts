import type { PledgeStatus, SignatureMethod } from '@thidua/movements/contracts';
import { BlocEntity, UnitEntity } from '@thidua/registry/api';
import { AttachmentEntity } from '@thidua/shared/api-core';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

import { MovementEntity } from './movement.entity';

/** The emulation pledge (giao ước thi đua) of a bloc for a year: one per bloc and year. */
@Entity({ name: 'pledges' })
@Unique('uq_pledges_bloc_year', ['blocId', 'termYear'])
export class PledgeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  blocId!: string;

  @ManyToOne(() => BlocEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bloc_id' })
  bloc?: BlocEntity;

  @Column({ type: 'smallint' })
  termYear!: number;

  @Column({ type: 'uuid', nullable: true })
  movementId!: string | null;

  @ManyToOne(() => MovementEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'movement_id' })
  movement?: MovementEntity | null;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ type: 'varchar', length: 100 })
  place!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  commitments!: string[];

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status!: PledgeStatus;

  @Column({ type: 'timestamptz', nullable: true })
  lockedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** A member unit's own registered targets and the titles it strives for. */
@Entity({ name: 'pledge_units' })
@Unique('uq_pledge_units_pledge_unit', ['pledgeId', 'unitId'])
export class PledgeUnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  pledgeId!: string;

  @ManyToOne(() => PledgeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pledge_id' })
  pledge?: PledgeEntity;

  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  targets!: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  titles!: string[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** A unit's signature of the pledge: once per unit (unique), in the app or from the paper original. */
@Entity({ name: 'pledge_signatures' })
@Unique('uq_pledge_signatures_pledge_unit', ['pledgeId', 'unitId'])
export class PledgeSignatureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  pledgeId!: string;

  @ManyToOne(() => PledgeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pledge_id' })
  pledge?: PledgeEntity;

  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  @Column({ type: 'varchar', length: 120 })
  signerName!: string;

  @Column({ type: 'varchar', length: 160 })
  signerPosition!: string;

  @Column({ type: 'date' })
  signedOn!: string;

  @Column({ type: 'varchar', length: 10 })
  method!: SignatureMethod;

  @Column({ type: 'uuid', nullable: true })
  scanAttachmentId!: string | null;

  @ManyToOne(() => AttachmentEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scan_attachment_id' })
  scan?: AttachmentEntity | null;

  @Column({ type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  recordedByUsername!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
