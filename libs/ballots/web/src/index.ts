export * from './lib/ballots-access';
export * from './lib/ballots.routes';
