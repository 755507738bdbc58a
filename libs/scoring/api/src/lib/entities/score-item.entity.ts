import type { ScoreItemKind } from '@thidua/scoring/contracts';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { ScoreSheetEntity } from './score-sheet.entity';

/** A group of criteria (nhóm tiêu chí), e.g. "I. Thực hiện nhiệm vụ chính trị". */
@Entity({ name: 'score_groups' })
@Index('idx_score_groups_sheet', ['sheetId', 'position'])
export class ScoreGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  sheetId!: string;

  @ManyToOne(() => ScoreSheetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sheet_id' })
  sheet?: ScoreSheetEntity;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'varchar', length: 500 })
  title!: string;
}

/**
 * A criterion with its maximum (in a group), or a bonus or penalty item with its cap (no group).
 * `sourceTargetId` links a criterion started from the pledge's movement target.
 */
@Entity({ name: 'score_items' })
@Index('idx_score_items_sheet', ['sheetId', 'position'])
@Check('ck_score_items_kind', `"kind" IN ('criterion', 'bonus', 'penalty')`)
@Check('ck_score_items_group', `("kind" = 'criterion') = ("group_id" IS NOT NULL)`)
@Check('ck_score_items_max', `"max_points" > 0`)
export class ScoreItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  sheetId!: string;

  @ManyToOne(() => ScoreSheetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sheet_id' })
  sheet?: ScoreSheetEntity;

  @Column({ type: 'uuid', nullable: true })
  groupId!: string | null;

  @ManyToOne(() => ScoreGroupEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'group_id' })
  group?: ScoreGroupEntity | null;

  @Column({ type: 'varchar', length: 10 })
  kind!: ScoreItemKind;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'numeric', precision: 7, scale: 2 })
  maxPoints!: string;

  @Column({ type: 'text', nullable: true })
  guidance!: string | null;

  @Column({ type: 'uuid', nullable: true })
  sourceTargetId!: string | null;
}
