export * from './lib/reports.contracts';
export * from './lib/tasks.contracts';
