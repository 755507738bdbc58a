export * from './lib/ballot-events';
export * from './lib/ballots.api';
export * from './lib/ballots.paths';
// For the specs of the ballots' web libs: fake event sources, ballots and API failures.
export * from './lib/testing/ballot-fixtures';
