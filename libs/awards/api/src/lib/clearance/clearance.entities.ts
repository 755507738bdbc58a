import type { ClearanceAnswer, ClearanceKind, ReviewFlagKind } from '@thidua/awards/contracts';
import { UnitEntity } from '@thidua/registry/api';
import { AttachmentEntity } from '@thidua/shared/api-core';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  VersionColumn,
} from 'typeorm';

import { ReviewFlagEntity } from '../entities/beneficiaries.entity';
import { NominationEntity } from '../entities/nomination.entity';

/** A clearance round (xác nhận) or a concurrence request (hiệp y) about a list or batch of nominees. */
@Entity({ name: 'clearance_requests' })
@Index('idx_clearance_requests_kind_year', ['kind', 'termYear'])
export class ClearanceRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 12 })
  kind!: ClearanceKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'smallint' })
  termYear!: number;

  /** The award list it was opened for (the documents domain's; no foreign key across domains). */
  @Column({ type: 'uuid', nullable: true })
  awardListId!: string | null;

  @Column({ type: 'date' })
  dueDate!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** What one office was asked about one nominee, and its answer (null until it answers). */
@Entity({ name: 'clearance_answers' })
@Unique('uq_clearance_answers_request_office_nomination', ['requestId', 'officeId', 'nominationId'])
@Index('idx_clearance_answers_office', ['officeId'])
@Index('idx_clearance_answers_nomination', ['nominationId'])
export class ClearanceAnswerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => ClearanceRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: ClearanceRequestEntity;

  @Column({ type: 'uuid' })
  officeId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: UnitEntity;

  @Column({ type: 'uuid' })
  nominationId!: string;

  @ManyToOne(() => NominationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'nomination_id' })
  nomination?: NominationEntity;

  @Column({ type: 'varchar', length: 12, nullable: true })
  answer!: ClearanceAnswer | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  flagKind!: ReviewFlagKind | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  attachmentId!: string | null;

  @ManyToOne(() => AttachmentEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'attachment_id' })
  attachment?: AttachmentEntity | null;

  /** The review flag an objection opened (closed by a later "no objection"). */
  @Column({ type: 'uuid', nullable: true })
  reviewFlagId!: string | null;

  @ManyToOne(() => ReviewFlagEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'review_flag_id' })
  reviewFlag?: ReviewFlagEntity | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  answeredBy!: string | null;

  @VersionColumn({ default: 0 })
  version!: number;
}

/** The council lets a nominee through the clearance gate, with its recorded reason. */
@Entity({ name: 'clearance_overrides' })
export class ClearanceOverrideEntity {
  @PrimaryColumn({ type: 'uuid' })
  nominationId!: string;

  @ManyToOne(() => NominationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'nomination_id' })
  nomination?: NominationEntity;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

export const CLEARANCE_ENTITIES = [
  ClearanceRequestEntity,
  ClearanceAnswerEntity,
  ClearanceOverrideEntity,
];
