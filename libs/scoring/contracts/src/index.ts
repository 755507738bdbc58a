export * from './lib/scoring.contracts';
