export * from './lib/awards-access';
export * from './lib/awards.paths';
export * from './lib/awards.routes';
export * from './lib/rule-wording';
export { beneficiaryKindLabel, nominationStatusLabel } from './lib/labels';
export { clearanceHomeGuard } from './lib/clearance/clearance.routes';
export { CLEARANCE_PATHS, clearanceStateLabel } from './lib/clearance/clearance-labels';
