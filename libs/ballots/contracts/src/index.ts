export * from './lib/ballots.contracts';
