export * from './lib/entities/score-item.entity';
export * from './lib/entities/score-ranking.entity';
export * from './lib/entities/score-sheet.entity';
export * from './lib/entities/unit-score.entity';
export * from './lib/ranking.service';
export * from './lib/scoring.entities';
export * from './lib/scoring.module';
