import type { MovementKind, MovementStatus } from '@thidua/movements/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A movement (phong trào thi đua): regular yearly, thematic, or a special campaign. */
@Entity({ name: 'movements' })
@Index('idx_movements_search', { synchronize: false })
@Check('ck_movements_dates', '"end_date" >= "start_date"')
export class MovementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 10 })
  kind!: MovementKind;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  slogan!: string | null;

  @Column({ type: 'varchar', length: 255 })
  launchingAuthority!: string;

  @Column({ type: 'date', nullable: true })
  launchDate!: string | null;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  anniversaries!: string[];

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status!: MovementStatus;

  @Column({ type: 'date', nullable: true })
  midYearReviewDate!: string | null;

  @Column({ type: 'date', nullable: true })
  yearEndReviewDate!: string | null;

  /** The unit of the user who created it; its secretariat may manage it. */
  @Column({ type: 'uuid', nullable: true })
  ownerUnitId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
