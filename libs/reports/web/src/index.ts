export * from './lib/reports.paths';
export * from './lib/reports.routes';
