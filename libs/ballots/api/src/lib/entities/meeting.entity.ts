import { BlocEntity, UnitEntity } from '@thidua/registry/api';
import {
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

/** A bloc's conference (hội nghị): where and when, who chairs, the counting committee. */
@Entity({ name: 'meetings' })
@Index('idx_meetings_bloc_year', ['blocId', 'termYear'])
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  blocId!: string;

  @ManyToOne(() => BlocEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bloc_id' })
  bloc?: BlocEntity;

  @Column({ type: 'smallint' })
  termYear!: number;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ type: 'date' })
  meetingDate!: string;

  @Column({ type: 'varchar', length: 255 })
  place!: string;

  @Column({ type: 'varchar', length: 255 })
  chair!: string;

  @Column({ type: 'varchar', length: 255 })
  secretary!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  countingCommittee!: string[];

  @Column({ type: 'numeric', precision: 5, scale: 2 })
  quorumPercent!: string;

  /** k: committee shares that open a secret ballot's count; null = a majority of the committee. */
  @Column({ type: 'smallint', nullable: true })
  committeeThreshold!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** A delegate entitled to vote at the meeting: one per member unit, or named delegates. */
@Entity({ name: 'meeting_voters' })
@Unique('uq_meeting_voters_meeting_unit', ['meetingId', 'unitId'])
export class MeetingVoterEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @ManyToOne(() => UnitEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity | null;

  @Column({ type: 'varchar', length: 120 })
  delegateName!: string;

  /** The user who votes for the delegate in the app (else any user of the unit, or the code). */
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  /** Absent until the secretariat marks the delegate present. */
  @Column({ type: 'boolean', default: false })
  isPresent!: boolean;

  /** SHA-256 of the one-time voting code, for delegates without an account. */
  @Column({ type: 'char', length: 64, nullable: true, unique: true })
  codeHash!: string | null;
}
