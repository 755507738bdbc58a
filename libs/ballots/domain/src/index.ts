export * from './lib/tally';
export * from './lib/seal-params';
export * from './lib/crypto';
