export * from './lib/scoring-access';
export * from './lib/scoring.paths';
export * from './lib/scoring.routes';
