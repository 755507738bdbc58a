export * from './lib/awards.contracts';
export * from './lib/clearance.contracts';
