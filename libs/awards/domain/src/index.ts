export * from './lib/eligibility';
export * from './lib/nomination-flow';
export * from './lib/tie-priority';
export * from './lib/eligibility.messages';
export * from './lib/clearance-state';
