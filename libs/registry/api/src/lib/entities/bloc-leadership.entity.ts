import {
  Check,
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

import { BlocEntity } from './bloc.entity';
import { UnitEntity } from './unit.entity';

/** The head (Trưởng khối) and deputy (Phó khối) units of a bloc in one year. */
@Entity({ name: 'bloc_leaderships' })
@Unique('uq_bloc_leaderships_bloc_year', ['blocId', 'termYear'])
@Check('ck_bloc_leaderships_head_not_deputy', '"head_unit_id" <> "deputy_unit_id"')
export class BlocLeadershipEntity {
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
  headUnitId!: string | null;

  @ManyToOne(() => UnitEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'head_unit_id' })
  headUnit?: UnitEntity | null;

  @Column({ type: 'uuid', nullable: true })
  deputyUnitId!: string | null;

  @ManyToOne(() => UnitEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deputy_unit_id' })
  deputyUnit?: UnitEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
