export * from './lib/award-list';
export * from './lib/clearance-text';
