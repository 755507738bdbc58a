import { AwardTypeEntity, NominationEntity } from '@thidua/awards/api';
import type {
  AwardListOrder,
  AwardListStatus,
  CertificateLayoutResponse,
  CoverLetter,
  ExportFormat,
  ExportJobKind,
  ExportJobStatus,
} from '@thidua/documents/contracts';
import { BlocEntity } from '@thidua/registry/api';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** An award list (danh sách đề nghị khen thưởng) sent to the province with its cover letter. */
@Entity({ name: 'award_lists' })
@Index('idx_award_lists_year', ['termYear'])
export class AwardListEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ type: 'smallint' })
  termYear!: number;

  @Column({ type: 'uuid', nullable: true })
  blocId!: string | null;

  @ManyToOne(() => BlocEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bloc_id' })
  bloc?: BlocEntity | null;

  @Column({ type: 'varchar', length: 10, default: 'units' })
  sortOrder!: AwardListOrder;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status!: AwardListStatus;

  @Column({ type: 'jsonb' })
  coverLetter!: CoverLetter;

  @Column({ type: 'jsonb', nullable: true })
  decision!: { number: string; date: string; signer: string; rejected: string[] } | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** A nomination on a list; a nomination is on one list at most (unique). */
@Entity({ name: 'award_list_items' })
@Unique('uq_award_list_items_nomination', ['nominationId'])
export class AwardListItemEntity {
  @PrimaryColumn({ type: 'uuid' })
  listId!: string;

  @PrimaryColumn({ type: 'uuid' })
  nominationId!: string;

  @ManyToOne(() => AwardListEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'list_id' })
  list?: AwardListEntity;

  @ManyToOne(() => NominationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'nomination_id' })
  nomination?: NominationEntity;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;
}

/** A long export rendered in the background; its progress and file are kept here for any instance. */
@Entity({ name: 'export_jobs' })
@Check('ck_export_jobs_kind', `"kind" IN ('list', 'coverLetter', 'certificates')`)
@Check('ck_export_jobs_format', `"format" IN ('pdf', 'docx', 'xlsx')`)
export class ExportJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  listId!: string;

  @ManyToOne(() => AwardListEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'list_id' })
  list?: AwardListEntity;

  @Column({ type: 'varchar', length: 20 })
  kind!: ExportJobKind;

  @Column({ type: 'varchar', length: 5 })
  format!: ExportFormat;

  @Column({ type: 'varchar', length: 10, default: 'queued' })
  status!: ExportJobStatus;

  @Column({ type: 'smallint', default: 0 })
  progress!: number;

  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'bytea', nullable: true, select: false })
  content!: Buffer | null;

  @Column({ type: 'smallint', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** Field positions (mm) for printing an award's certificates onto pre-printed blanks. */
@Entity({ name: 'certificate_layouts' })
export class CertificateLayoutEntity {
  @PrimaryColumn({ type: 'uuid' })
  awardTypeId!: string;

  @ManyToOne(() => AwardTypeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'award_type_id' })
  awardType?: AwardTypeEntity;

  @Column({ type: 'varchar', length: 10 })
  orientation!: 'portrait' | 'landscape';

  @Column({ type: 'jsonb' })
  fields!: CertificateLayoutResponse['fields'];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}

export const DOCUMENTS_ENTITIES = [
  AwardListEntity,
  AwardListItemEntity,
  ExportJobEntity,
  CertificateLayoutEntity,
];
