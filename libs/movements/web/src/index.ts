export * from './lib/movements-access';
export * from './lib/movements.paths';
export * from './lib/movements.routes';
export { activityReportStateLabel } from './lib/labels';
