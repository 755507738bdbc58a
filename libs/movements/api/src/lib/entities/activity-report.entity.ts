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

import { MovementEntity } from './movement.entity';

/**
 * A unit's report of its emulation activities in a movement for one year: sessions and
 * conferences held, attendances, members taking part, models built. One per movement, unit, year.
 */
@Entity({ name: 'activity_reports' })
@Unique('uq_activity_reports_movement_unit_year', ['movementId', 'unitId', 'termYear'])
@Index('idx_activity_reports_year_unit', ['termYear', 'unitId'])
@Index('idx_activity_reports_movement_year_submitted', ['movementId', 'termYear', 'submittedAt'])
@Check(
  'ck_activity_reports_figures',
  `"sessions_held" >= 0 AND "conferences_held" >= 0 AND "attendees" >= 0 AND "models_built" >= 0 AND "participant_count" >= 0 AND "participant_count" <= "member_count"`,
)
export class ActivityReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  movementId!: string;

  @ManyToOne(() => MovementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'movement_id' })
  movement?: MovementEntity;

  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  @Column({ type: 'smallint' })
  termYear!: number;

  @Column({ type: 'integer' })
  sessionsHeld!: number;

  @Column({ type: 'integer' })
  conferencesHeld!: number;

  @Column({ type: 'integer' })
  attendees!: number;

  @Column({ type: 'integer' })
  memberCount!: number;

  @Column({ type: 'integer' })
  participantCount!: number;

  @Column({ type: 'integer' })
  modelsBuilt!: number;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  submittedAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
