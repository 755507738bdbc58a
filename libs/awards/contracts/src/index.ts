export * from './lib/awards.contracts';
