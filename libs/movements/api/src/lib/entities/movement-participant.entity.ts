import { BlocEntity, UnitEntity } from '@thidua/registry/api';
import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { MovementEntity } from './movement.entity';

/** A bloc taking part in a movement (all its members of the movement's years). */
@Entity({ name: 'movement_blocs' })
export class MovementBlocEntity {
  @PrimaryColumn({ type: 'uuid' })
  movementId!: string;

  @PrimaryColumn({ type: 'uuid' })
  blocId!: string;

  @ManyToOne(() => MovementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'movement_id' })
  movement?: MovementEntity;

  @ManyToOne(() => BlocEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bloc_id' })
  bloc?: BlocEntity;
}

/** A unit taking part in a movement on its own. */
@Entity({ name: 'movement_units' })
export class MovementUnitEntity {
  @PrimaryColumn({ type: 'uuid' })
  movementId!: string;

  @PrimaryColumn({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => MovementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'movement_id' })
  movement?: MovementEntity;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;
}
