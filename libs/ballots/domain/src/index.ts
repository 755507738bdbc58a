export * from './lib/tally';
export * from './lib/crypto';
