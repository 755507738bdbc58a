export * from './lib/award-lists.contracts';
