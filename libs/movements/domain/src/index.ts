export * from './lib/movement-status';
export * from './lib/pledge-progress';
export * from './lib/activity-reports';
export * from './lib/pledge-readiness';
