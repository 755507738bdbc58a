import { BlocEntity, UnitEntity } from '@thidua/registry/api';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';

import { ScoreSheetEntity } from './score-sheet.entity';

/**
 * The locked ranking of a bloc's year, written when the secretariat locks the table. The awards'
 * eligibility reads it: the unit ranked first leads the bloc (condition of the Emulation Flag).
 */
@Entity({ name: 'score_rankings' })
@Check('ck_score_rankings_rank', `"rank" >= 1`)
export class ScoreRankingEntity {
  @PrimaryColumn({ type: 'uuid' })
  blocId!: string;

  @ManyToOne(() => BlocEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bloc_id' })
  bloc?: BlocEntity;

  @PrimaryColumn({ type: 'smallint' })
  termYear!: number;

  @PrimaryColumn({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  @Column({ type: 'uuid' })
  sheetId!: string;

  @ManyToOne(() => ScoreSheetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sheet_id' })
  sheet?: ScoreSheetEntity;

  @Column({ type: 'smallint' })
  rank!: number;

  @Column({ type: 'numeric', precision: 8, scale: 2 })
  total!: string;

  @Column({ type: 'boolean', default: false })
  isTiedForBallot!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
