import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { MovementEntity } from './movement.entity';

/** One target of a movement's content, with its measure and value where it has one. */
@Entity({ name: 'movement_targets' })
@Index('idx_movement_targets_movement', ['movementId', 'position'])
export class MovementTargetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  movementId!: string;

  @ManyToOne(() => MovementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'movement_id' })
  movement?: MovementEntity;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  measure!: string | null;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  targetValue!: string | null;
}
