import { ScoreGroupEntity, ScoreItemEntity } from './entities/score-item.entity';
import { ScoreRankingEntity } from './entities/score-ranking.entity';
import { ScoreSheetEntity } from './entities/score-sheet.entity';
import { ScoreEntryEntity, UnitScoreEntity } from './entities/unit-score.entity';

export const SCORING_ENTITIES = [
  ScoreSheetEntity,
  ScoreGroupEntity,
  ScoreItemEntity,
  UnitScoreEntity,
  ScoreEntryEntity,
  ScoreRankingEntity,
];
