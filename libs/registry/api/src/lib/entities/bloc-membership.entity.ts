import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

import { BlocEntity } from './bloc.entity';
import { UnitEntity } from './unit.entity';

/**
 * A unit's membership of a bloc in one emulation year. A unit belongs to at most one bloc a
 * year (unique `unit_id, term_year`). `joinedOn`/`leftOn` date changes during the year, so a
 * ballot counts the members on the day of the vote.
 */
@Entity({ name: 'bloc_memberships' })
@Unique('uq_bloc_memberships_unit_year', ['unitId', 'termYear'])
@Index('idx_bloc_memberships_bloc_year', ['blocId', 'termYear'])
@Index('idx_bloc_memberships_year_bloc', ['termYear', 'blocId'])
export class BlocMembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  blocId!: string;

  @ManyToOne(() => BlocEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bloc_id' })
  bloc?: BlocEntity;

  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  @Column({ type: 'smallint' })
  termYear!: number;

  /** Place in the bloc's agreed rotation order (1 = first). */
  @Column({ type: 'smallint' })
  rotationOrder!: number;

  @Column({ type: 'date', nullable: true })
  joinedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  leftOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
