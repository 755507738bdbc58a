import { UnitEntity } from '@thidua/registry/api';
import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

import { MovementTargetEntity } from './movement-target.entity';
import { MovementEntity } from './movement.entity';

/** A unit's reported result against one target of a movement (one row per unit and target). */
@Entity({ name: 'movement_results' })
@Unique('uq_movement_results_target_unit', ['targetId', 'unitId'])
export class MovementResultEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  movementId!: string;

  @ManyToOne(() => MovementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'movement_id' })
  movement?: MovementEntity;

  @Column({ type: 'uuid' })
  targetId!: string;

  @ManyToOne(() => MovementTargetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_id' })
  target?: MovementTargetEntity;

  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  value!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'uuid', nullable: true })
  reportedBy!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  reportedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
