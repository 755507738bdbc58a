import { BlocEntity } from '@thidua/registry/api';
import type { ScoreSheetStatus, TieBreak } from '@thidua/scoring/contracts';
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

/** A bloc's score sheet (bảng tiêu chí chấm điểm) for a year: one per bloc and year. */
@Entity({ name: 'score_sheets' })
@Unique('uq_score_sheets_bloc_year', ['blocId', 'termYear'])
@Check('ck_score_sheets_scale', `"scale" IN (100, 1000)`)
@Check('ck_score_sheets_status', `"status" IN ('draft', 'agreed', 'locked')`)
@Check('ck_score_sheets_caps', `"bonus_cap" >= 0 AND "penalty_cap" >= 0`)
export class ScoreSheetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  blocId!: string;

  @ManyToOne(() => BlocEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bloc_id' })
  bloc?: BlocEntity;

  @Column({ type: 'smallint' })
  termYear!: number;

  @Column({ type: 'smallint' })
  scale!: number;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status!: ScoreSheetStatus;

  @Column({ type: 'numeric', precision: 7, scale: 2, nullable: true })
  bonusCap!: string | null;

  @Column({ type: 'numeric', precision: 7, scale: 2, nullable: true })
  penaltyCap!: string | null;

  @Column({ type: 'jsonb', default: () => `'["firstGroup", "fewerPenalties"]'` })
  tieBreaks!: TieBreak[];

  @Column({ type: 'varchar', length: 20, default: 'blank' })
  source!: 'blank' | 'previousYear' | 'pledge';

  @Column({ type: 'timestamptz', nullable: true })
  agreedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lockedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
