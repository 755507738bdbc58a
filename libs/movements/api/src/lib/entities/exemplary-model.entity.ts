import { UnitEntity } from '@thidua/registry/api';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { MovementEntity } from './movement.entity';

/** An exemplary model (mô hình, điển hình tiên tiến) recognised in a movement. */
@Entity({ name: 'exemplary_models' })
@Index('idx_exemplary_models_movement', ['movementId'])
export class ExemplaryModelEntity {
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

  @Column({ type: 'varchar', length: 500 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'date' })
  recognizedOn!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
