import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

import { UnitKindEntity } from './unit-kind.entity';

/** A unit (đơn vị): an agency, with its sub-units as a tree. Archived, never deleted. */
@Entity({ name: 'units' })
@Index('idx_units_search', { synchronize: false })
export class UnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 40, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'varchar', length: 80, nullable: true })
  shortName!: string | null;

  /** The searched text folded (search_fold), kept by a trigger (migration KeepFoldedSearchText). */
  @Column({ type: 'text', select: false, insert: false, update: false })
  searchText!: string;

  @Column({ type: 'uuid', nullable: true })
  kindId!: string | null;

  @ManyToOne(() => UnitKindEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kind_id' })
  kind?: UnitKindEntity | null;

  @Index('idx_units_parent')
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => UnitEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: UnitEntity | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  address!: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  headName!: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  headPosition!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  email!: string | null;

  @Column({ type: 'boolean', default: false })
  isArchived!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
