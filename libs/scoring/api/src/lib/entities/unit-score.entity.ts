import { UnitEntity } from '@thidua/registry/api';
import type { UnitScoreStatus } from '@thidua/scoring/contracts';
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

import { ScoreItemEntity } from './score-item.entity';
import { ScoreSheetEntity } from './score-sheet.entity';

/** A member unit's score card on the year's sheet: one per sheet and unit. */
@Entity({ name: 'unit_scores' })
@Unique('uq_unit_scores_sheet_unit', ['sheetId', 'unitId'])
@Check(
  'ck_unit_scores_status',
  `"status" IN ('draft', 'submitted', 'returned', 'checked', 'agreed', 'locked')`,
)
export class UnitScoreEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  sheetId!: string;

  @ManyToOne(() => ScoreSheetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sheet_id' })
  sheet?: ScoreSheetEntity;

  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status!: UnitScoreStatus;

  @Column({ type: 'text', nullable: true })
  returnReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  checkedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  checkedByUnitId!: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'checked_by_unit_id' })
  checkedByUnit?: UnitEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}

/**
 * The points of one item on a card: the unit's own with its explanation, and the checked points
 * where the head or deputy adjusted them, always with the reason.
 */
@Entity({ name: 'score_entries' })
@Unique('uq_score_entries_card_item', ['unitScoreId', 'itemId'])
@Check('ck_score_entries_points', `"self_points" >= 0 AND "checked_points" >= 0`)
@Check('ck_score_entries_reason', `("checked_points" IS NULL) = ("adjust_reason" IS NULL)`)
export class ScoreEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  unitScoreId!: string;

  @ManyToOne(() => UnitScoreEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_score_id' })
  unitScore?: UnitScoreEntity;

  @Column({ type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => ScoreItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: ScoreItemEntity;

  @Column({ type: 'numeric', precision: 7, scale: 2, nullable: true })
  selfPoints!: string | null;

  @Column({ type: 'text', nullable: true })
  explanation!: string | null;

  @Column({ type: 'numeric', precision: 7, scale: 2, nullable: true })
  checkedPoints!: string | null;

  @Column({ type: 'text', nullable: true })
  adjustReason!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  adjustedBy!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
