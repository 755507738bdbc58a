export * from './lib/rotation-planner';
