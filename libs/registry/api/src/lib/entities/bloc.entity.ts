import type { BlocKind } from '@thidua/registry/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** An emulation bloc (khối) or cluster (cụm). */
@Entity({ name: 'blocs' })
@Index('idx_blocs_search', { synchronize: false })
export class BlocEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 255, unique: true })
  name!: string;

  @Column({ type: 'varchar', length: 10 })
  kind!: BlocKind;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  managingAuthority!: string | null;

  /** How many past years a unit that was head is skipped by the rotation planner; null = members − 1. */
  @Column({ type: 'smallint', nullable: true })
  headCooldownYears!: number | null;

  @Column({ type: 'boolean', default: false })
  isArchived!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
