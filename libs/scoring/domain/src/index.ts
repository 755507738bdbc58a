export * from './lib/ranking';
export * from './lib/score-totals';
export * from './lib/unit-score-status';
