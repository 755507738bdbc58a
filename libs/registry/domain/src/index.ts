export * from './lib/rotation-planner';
export * from './lib/organisation-profile';
export * from './lib/lineage';
